import Foundation
import Hummingbird
import PostmottakConfig

extension Workbench {
    /// A year, how long the language chosen is kept.
    static let languageCookieSeconds = 365 * 24 * 3600

    /// `GET /language/{nb|sv|en}?back=PATH`: keeps the language chosen in a cookie and goes back
    /// to the page it was chosen on (a path on this site only). Open before sign-in too.
    func addLanguageRoutes(to router: Router<WorkbenchContext>) {
        router.get("/language/:code") { request, context in
            guard let language = context.parameters.get("code").flatMap(UILanguage.init(rawValue:)) else {
                throw WorkbenchError.notFound
            }
            var response = Response.redirect(to: Self.safeBack(Self.query(request)["back"]))
            response.setCookie(Cookie(name: UILanguage.cookieName, value: language.rawValue, maxAge: Self.languageCookieSeconds,
                                      path: "/", secure: web.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }
    }

    /// Where the language switch goes back to: a local path as `safeNext` allows, and the
    /// sign-in page with its query too (the sign-in route checks its own `next`).
    static func safeBack(_ back: String?) -> String {
        guard let back else { return "/" }
        if back == "/login" || back.hasPrefix("/login?"), !back.contains("\\") { return back }
        return safeNext(back)
    }
}
