import Foundation

/// Where acknowledgements are sent: an SMTP server, with TLS (`smtps://`), STARTTLS or
/// (explicitly allowed) plain, and an optional login.
public struct SMTPEndpoint: Sendable, Equatable {
    public typealias Security = ConnectionSecurity

    public var host: String
    public var port: Int
    public var security: Security
    public var caFile: String?
    public var username: String?
    public var password: String?
    public var timeoutSeconds: Double

    public init(host: String, port: Int, security: Security, caFile: String? = nil, username: String? = nil,
                password: String? = nil, timeoutSeconds: Double = 30) {
        self.host = host
        self.port = port
        self.security = security
        self.caFile = caFile
        self.username = username
        self.password = password
        self.timeoutSeconds = timeoutSeconds
    }
}
