import Foundation
import Hummingbird
import HTTPTypes
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakOpenID
import PostmottakStore
import PostmottakTransport

extension Workbench {
    /// The cookie that ties a sign-in at the identity provider to the browser that began it
    /// (SameSite=Lax: it must come back with the provider's redirect).
    static let openIDCookie = "postmottak_openid"

    /// Where the provider sends the browser back.
    var openIDRedirectURI: String { web.baseURL.absoluteString + "/login/openid/callback" }

    func addOpenIDRoutes(to router: Router<WorkbenchContext>) {
        router.get("/login/openid") { request, context in
            guard let client = openID else { throw WorkbenchError.notFound }
            let next = Self.safeNext(request.uri.queryParameters["next"].map(String.init))
            let redirect = openIDRedirectURI
            let start: OpenIDClient.Start
            do {
                start = try await withTaskExecutorPreference(Self.blockingThreads) { try client.start(redirectURI: redirect) }
            } catch {
                logger.error("sign-in through the identity provider cannot begin", metadata: ["error": "\(error)"])
                return loginPage(next: next, failure: Texts(context.language)("login.openid_unavailable"), status: .badGateway, in: context)
            }
            try store.beginOpenIDLogin(stateHash: SessionToken.digest(start.state),
                                       .init(nonce: start.nonce, verifier: start.pkce.verifier, next: next))
            var response = Response.redirect(to: start.url)
            response.setCookie(Cookie(name: Self.openIDCookie, value: start.state, maxAge: Int(Store.openIDLoginLifetime), path: "/login/openid",
                                      secure: web.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }

        router.get("/login/openid/callback") { request, context in
            guard let client = openID, let settings = web.openID else { throw WorkbenchError.notFound }
            let texts = Texts(context.language)
            let query = request.uri.queryParameters
            let address = clientAddress(request, context)
            func refuse(_ key: String, _ status: HTTPResponse.Status, audit detail: String) throws -> Response {
                try store.audit(AuditEvent(at: Date(), actor: "openid", action: "login_refused", detail: "\(detail), from \(address)"))
                var response = loginPage(next: "/", failure: texts(key), status: status, in: context)
                response.setCookie(Cookie(name: Self.openIDCookie, value: "", maxAge: 0, path: "/login/openid", secure: web.secureCookies,
                                          httpOnly: true, sameSite: .lax))
                return response
            }
            // The state must be this browser's own sign-in, and is used once.
            guard let state = query["state"].map(String.init), let cookie = request.cookies[Self.openIDCookie]?.value,
                  SessionToken.equal(state, cookie), let pending = try store.takeOpenIDLogin(stateHash: SessionToken.digest(state))
            else { return try refuse("login.expired", .forbidden, audit: "no sign-in under way for this browser") }
            if let error = query["error"] {
                return try refuse("login.openid_refused", .unauthorized, audit: "the provider said \(String(error.prefix(80)))")
            }
            guard let code = query["code"].map(String.init), !code.isEmpty else {
                return try refuse("login.openid_refused", .badRequest, audit: "the provider sent no code")
            }
            let redirect = openIDRedirectURI
            let token: IDToken
            do {
                token = try await withTaskExecutorPreference(Self.blockingThreads) {
                    try client.finish(code: code, verifier: pending.verifier, nonce: pending.nonce, redirectURI: redirect)
                }
            } catch {
                logger.warning("sign-in through the identity provider failed", metadata: ["error": "\(error)"])
                return try refuse("login.openid_refused", .unauthorized, audit: "\(error)")
            }
            let name = token.strings(settings.nameClaim).first?.lowercased() ?? ""
            guard let role = settings.role(for: token.strings(settings.roleClaim)) else {
                return try refuse("login.openid_no_role", .forbidden, audit: "\(name.prefix(64)) has no role for Postmottak in \(settings.roleClaim)")
            }
            let account: Account
            do {
                account = try store.openIDAccount(externalID: client.issuer + "#" + token.subject, name: name, role: role)
            } catch Store.AccountError.nameTaken(let taken) {
                return try refuse("login.openid_name_taken", .conflict, audit: "a local account is named \(taken)")
            } catch Store.AccountError.invalidName(let bad) {
                return try refuse("login.openid_name_taken", .conflict, audit: "\"\(bad.prefix(64))\" in \(settings.nameClaim) is no usable name")
            }
            guard !account.disabled else { return try refuse("login.openid_disabled", .forbidden, audit: "\(account.name) is disabled") }
            var response = try openSession(for: account, address: address, method: "the identity provider")
            // A page, not a redirect: the browser came here from the provider's site, and a
            // SameSite=Strict session cookie is sent only on a navigation this site begins.
            let html = "<!doctype html><html lang=\"\(context.language.rawValue)\"><head><meta charset=\"utf-8\"><title>\(texts("login.title"))</title></head>"
                + "<body><p><a href=\"\(Self.escape(pending.next))\">\(texts("login.continue"))</a></p></body></html>"
            response.status = .ok
            response.headers[.location] = nil
            response.headers[.contentType] = "text/html; charset=utf-8"
            if let refresh = HTTPField.Name("Refresh") { response.headers[refresh] = "0; url=\(pending.next)" }
            response.body = .init(byteBuffer: ByteBuffer(string: html))
            response.setCookie(Cookie(name: Self.openIDCookie, value: "", maxAge: 0, path: "/login/openid", secure: web.secureCookies,
                                      httpOnly: true, sameSite: .lax))
            return response
        }
    }

    /// HTML-escaped text (for the one page written without a template).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
