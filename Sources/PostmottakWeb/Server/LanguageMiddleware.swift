import Hummingbird

/// Resolves the language of a request once, before anything else runs (so an error page made
/// anywhere below is in it too): the `postmottak_lang` cookie, else `[web] language`.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    /// The workbench's language until a person chooses another.
    let standard: UILanguage

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.language = UILanguage.chosen(cookie: request.cookies[UILanguage.cookieName]?.value, standard: standard)
        if request.method == .get || request.method == .head { context.back = request.uri.description }
        return try await next(request, context)
    }
}
