import Foundation
import Hummingbird
import PostmottakConfig
import PostmottakStore
import Logging
import PostmottakCore

/// Finds the live session of a request's cookie. Every route but sign-in, the language switch,
/// health and the static files needs one: a page request without one is sent to sign in, anything else refused.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    let store: Store
    let web: PostmottakConfiguration.Web

    /// The cookie that carries the session token.
    static let cookieName = "postmottak_session"

    /// Paths open without a session.
    static func isPublic(_ path: String) -> Bool {
        path == "/login" || path == "/login/openid" || path == "/login/openid/callback" || path == "/favicon.ico" || path.hasPrefix("/health/") || path.hasPrefix("/static/")
            || path.hasPrefix("/language/")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, !token.isEmpty,
           let (session, account) = try store.liveSession(tokenHash: SessionToken.digest(token), idle: web.idleMinutes * 60) {
            context.signedIn = SignedIn(account: account, session: session)
        }
        let path = request.uri.path
        if context.signedIn == nil, !Self.isPublic(path) {
            if request.method == .get || request.method == .head {
                let target = request.uri.description
                return .redirect(to: "/login?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
            }
            throw WorkbenchError(.unauthorized, "error.not_signed_in")
        }
        // A form sent from another site is refused before any handler reads it.
        if request.method == .post, let origin = request.headers[.origin], origin != Self.origin(of: web.baseURL) {
            throw WorkbenchError(.forbidden, "error.foreign_form", ["origin": origin])
        }
        return try await next(request, context)
    }

    /// `scheme://host[:port]` of `url`, as a browser sends it in `Origin`.
    static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "http"
        let host = url.host ?? ""
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(shownHost)" + (url.port.map { ":\($0)" } ?? "")
    }
}
