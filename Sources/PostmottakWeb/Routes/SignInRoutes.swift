import Foundation
import Hummingbird
import PostmottakStore
import HTTPTypes
import Logging
import PostmottakConfig
import PostmottakCore

extension Workbench {
    /// The cookie that pairs the sign-in form with the browser that asked for it.
    static let loginCookie = "postmottak_login"
    /// Failed sign-ins are counted over this window.
    static let failureWindow: TimeInterval = 15 * 60

    func addSignInRoutes(to router: Router<WorkbenchContext>) {
        router.get("/login") { request, context in
            if context.signedIn != nil { return Response.redirect(to: "/") }
            return loginPage(next: request.uri.queryParameters["next"].map(String.init) ?? "/",
                             token: request.cookies[Self.loginCookie]?.value, in: context)
        }

        router.post("/login") { request, context in
            let fields = try await Self.fields(request, context)
            let texts = Texts(context.language)
            guard let token = fields["csrf"], let cookie = request.cookies[Self.loginCookie]?.value,
                  SessionToken.equal(token, cookie)
            else {
                return loginPage(next: Self.safeNext(fields["next"]), failure: texts("login.expired"), status: .forbidden,
                                 in: context)
            }
            let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            let next = Self.safeNext(fields["next"])
            let password = fields["password"] ?? ""
            let address = clientAddress(request, context)
            let failures = try store.loginFailures(name: name, address: address,
                                                   since: Date().addingTimeInterval(-Self.failureWindow))
            if failures.name >= web.maxFailuresPerName || failures.address >= web.maxFailuresPerAddress {
                logger.notice("sign-in refused: too many failures", metadata: ["address": "\(address)"])
                return loginPage(next: next, name: name, failure: texts("login.too_many"), status: .tooManyRequests, token: cookie,
                                 in: context)
            }
            let account = Store.isValidAccountName(name) ? try store.account(named: name) : nil
            let stored = account?.passwordHash
            let matches = await withTaskExecutorPreference(Self.blockingThreads) { PasswordHasher.verify(password, hash: stored) }
            guard matches, let account, !account.disabled else {
                try store.recordLoginFailure(name: String(name.prefix(64)), address: address)
                return loginPage(next: next, name: name, failure: texts("login.wrong"), status: .unauthorized, token: cookie,
                                 in: context)
            }
            try store.clearLoginFailures(name: name)
            var response = try openSession(for: account, address: address, method: "password")
            response.headers[.location] = next
            return response
        }

        router.post("/logout") { request, context in
            guard let person = context.signedIn else { return Response.redirect(to: "/login") }
            _ = try await form(request, context, of: person)
            try store.closeSession(tokenHash: person.session.tokenHash, actor: person.name)
            var response = Response.redirect(to: "/login")
            response.setCookie(Cookie(name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: web.secureCookies,
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// A new session for `account`: recorded with how the person signed in, its cookie set, and
    /// a redirect home (the caller may send the browser elsewhere).
    func openSession(for account: Account, address: String, method: String) throws -> Response {
        try store.removeExpiredSessions(idle: web.idleMinutes * 60)
        let sessionToken = SessionToken.random()
        let now = Date()
        guard let accountID = account.id else { throw WorkbenchError(.internalServerError, "error.account_without_id") }
        let session = WebSession(tokenHash: SessionToken.digest(sessionToken), accountId: accountID, csrfToken: SessionToken.random(),
                                 createdAt: now, expiresAt: now.addingTimeInterval(web.sessionHours * 3600))
        try store.openSession(session, account: account, address: address + ", by " + method)
        var response = Response.redirect(to: "/")
        response.setCookie(Cookie(name: SessionMiddleware.cookieName, value: sessionToken, maxAge: Int(web.sessionHours * 3600), path: "/",
                                  secure: web.secureCookies, httpOnly: true, sameSite: .strict))
        response.setCookie(Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/login", secure: web.secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    /// The sign-in page with its form token in a cookie: the browser's own when it has one
    /// (another tab, or a picture's request sent here, must not spoil an open form), else a new one.
    func loginPage(next: String, name: String = "", failure: String? = nil, status: HTTPResponse.Status = .ok,
                   token existing: String? = nil, in context: WorkbenchContext) -> Response {
        let token = existing.flatMap { $0.count == 43 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? $0 : nil }
            ?? SessionToken.random()
        var view: [String: Any] = ["csrf": token, "next": Self.safeNext(next), "name": name]
        if let settings = web.openID, openID != nil {
            view["openid"] = ["label": settings.label ?? Texts(context.language)("login.openid"),
                              "href": "/login/openid?next=" + (Self.safeNext(next).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "%2F")]
        }
        if let failure { view["failure"] = failure }
        var response = Page.response("login", title: Texts(context.language)("login.title"), view: view, for: nil, in: context,
                                     status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, path: "/login", secure: web.secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    /// The client's address: the peer's, or behind a proxy on loopback (`[web] behind_proxy`)
    /// the last address the proxy added to `X-Forwarded-For`.
    func clientAddress(_ request: Request, _ context: WorkbenchContext) -> String {
        guard web.behindProxy, ["127.0.0.1", "::1"].contains(context.address),
              let name = HTTPField.Name("X-Forwarded-For"), let forwarded = request.headers[name],
              let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        else { return context.address }
        return String(last.prefix(64))
    }

    /// Where to go after signing in: a path on this site only (never `//host` or a full URL).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.hasPrefix("/login") else { return "/" }
        return next
    }
}
