/// How a mail connection (IMAP, SMTP) is protected.
public enum ConnectionSecurity: String, Sendable, Equatable, CaseIterable {
    /// TLS from the first byte (IMAPS on 993, SMTPS on 465).
    case tls
    /// A plain connection upgraded with STARTTLS before login; refused if the server cannot.
    case starttls
    /// No TLS at all. Only for loopback tests, and only when explicitly allowed.
    case plain
}
