public import PostmottakTransport

/// Where and how to reach one IMAP server.
public struct IMAPEndpoint: Sendable, Equatable {
    /// How the connection is protected.
    public typealias Security = ConnectionSecurity

    public var host: String
    public var port: Int
    public var security: Security
    /// A CA bundle (PEM) to verify the server with, instead of the system's.
    public var caFile: String?
    public var connectTimeout: Double
    /// How long any one answer may take.
    public var commandTimeout: Double

    public init(host: String, port: Int, security: Security, caFile: String? = nil,
                connectTimeout: Double = 30, commandTimeout: Double = 120) {
        self.host = host
        self.port = port
        self.security = security
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
    }

    /// The URL libcurl connects to.
    var url: String {
        let scheme = security == .tls ? "imaps" : "imap"
        let h = host.contains(":") ? "[\(host)]" : host
        return "\(scheme)://\(h):\(port)/"
    }

    /// For logs: scheme, host and port (never a user or a secret).
    public var display: String { url }
}

/// How to log in.
public enum IMAPCredential: Sendable {
    /// LOGIN / AUTHENTICATE PLAIN with a password.
    case password(user: String, password: String)
    /// SASL XOAUTH2 with an OAuth2 bearer token (Microsoft 365, Google).
    case bearer(user: String, token: String)

    var user: String {
        switch self { case .password(let u, _), .bearer(let u, _): u }
    }
}
