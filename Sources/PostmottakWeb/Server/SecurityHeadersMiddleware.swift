import Hummingbird
import Foundation
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakStore
import HTTPTypes

/// Headers on every response: no framing, no sniffing, no scripts or styles but the
/// workbench's own, no caching of pages with personal data.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as WorkbenchError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        if let referrerPolicy = HTTPField.Name("Referrer-Policy") { response.headers[referrerPolicy] = "same-origin" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
