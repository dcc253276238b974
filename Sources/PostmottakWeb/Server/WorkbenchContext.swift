public import Hummingbird
import NIOCore

/// The request context of the workbench: who is signed in (set by `SessionMiddleware`) and
/// the address the request came from (for rate limiting sign-ins).
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Nil until `SessionMiddleware` finds a live session.
    public var signedIn: SignedIn?
    /// The peer's IP address, or "unknown" (the reverse proxy's address in production).
    public let address: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Forms are small: 1 MB is plenty and bounds what a request may make the server read.
    public var maxUploadSize: Int { 1 << 20 }
}
