public import PostmottakTransport
/// Why an IMAP exchange failed, with what to do about it.
public enum IMAPError: Error, Sendable, CustomStringConvertible {
    /// The connection could not be made, or broke (network, TLS, login).
    case connection(CurlError)
    /// The server answered a command with NO or BAD.
    case refused(command: String, status: IMAPStatus, code: String?, text: String)
    /// The server closed the connection (`BYE`, or end of stream).
    case closed(String)
    /// The server's answer could not be read.
    case protocolViolation(String)
    /// A folder name or value that cannot be sent.
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .connection(let e):
            if e.isLoginDenied { return "\(e). Check the user name and the password or token." }
            if e.isConnectFailure { return "\(e). Check the host, the port, the network and the certificate (ca_file)." }
            return e.description
        case .refused(let command, let status, let code, let text):
            return "the server answered \(status.rawValue)\(code.map { " [\($0)]" } ?? "") to \(command): \(text)"
        case .closed(let why): return "the server closed the connection: \(why)"
        case .protocolViolation(let why): return "the server's answer could not be read: \(why)"
        case .invalidArgument(let why): return why
        }
    }

    /// True when the connection cannot be used any more and must be opened again.
    public var breaksConnection: Bool {
        switch self {
        case .refused, .invalidArgument: false
        case .connection, .closed, .protocolViolation: true
        }
    }
}
