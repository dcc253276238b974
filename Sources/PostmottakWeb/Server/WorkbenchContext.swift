public import Hummingbird
import NIOCore

/// The request context of the workbench: who is signed in (set by `SessionMiddleware`), the
/// language the pages are shown in (set by `LanguageMiddleware`) and the address the request
/// came from (for rate limiting sign-ins).
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Nil until `SessionMiddleware` finds a live session.
    public var signedIn: SignedIn?
    /// The peer's IP address, or "unknown" (the reverse proxy's address in production).
    public let address: String
    /// The language of the pages and messages; bokmål until `LanguageMiddleware` resolves it.
    var language: UILanguage = .standard
    /// Where the language switch returns to: this page's path and query for a GET, else "/".
    var back = "/"

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Forms are small: 1 MB is plenty and bounds what a request may make the server read.
    public var maxUploadSize: Int { 1 << 20 }
}
