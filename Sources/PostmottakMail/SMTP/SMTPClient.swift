import CCurl
public import Foundation

/// Where acknowledgements are sent: an SMTP server, with TLS (`smtps://`), STARTTLS or
/// (explicitly allowed) plain, and an optional login.
public struct SMTPEndpoint: Sendable, Equatable {
    public enum Security: String, Sendable, Equatable { case tls, starttls, plain }

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

/// Sends one message over SMTP with libcurl.
public struct SMTPClient: Sendable {
    public let endpoint: SMTPEndpoint

    public init(endpoint: SMTPEndpoint) {
        self.endpoint = endpoint
    }

    /// Sends `message` (a complete RFC 5322 message, CRLF line ends) from `sender` to
    /// `recipients`. Throws what the server or the connection said.
    public func send(_ message: Data, from sender: String, to recipients: [String]) throws(CurlError) {
        let easy = try CurlEasy(operation: "SMTP send")
        let scheme = endpoint.security == .tls ? "smtps" : "smtp"
        easy.set(CURLOPT_URL, "\(scheme)://\(endpoint.host):\(endpoint.port)/postmottak")
        switch endpoint.security {
        case .tls, .starttls: easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        case .plain: easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_NONE.rawValue))
        }
        if let ca = endpoint.caFile { easy.set(CURLOPT_CAINFO, ca) }
        if let user = endpoint.username {
            easy.set(CURLOPT_USERNAME, user)
            easy.set(CURLOPT_PASSWORD, endpoint.password ?? "")
        }
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(endpoint.timeoutSeconds * 1000))
        easy.set(CURLOPT_TIMEOUT_MS, Int(endpoint.timeoutSeconds * 4000))
        easy.set(CURLOPT_MAIL_FROM, "<\(sender)>")
        easy.set(CURLOPT_MAIL_RCPT, list: recipients.map { "<\($0)>" })
        easy.uploadBody([UInt8](message))
        try easy.perform("SMTP send to \(endpoint.host):\(endpoint.port)")
    }
}
