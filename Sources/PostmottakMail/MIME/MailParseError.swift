/// Why bytes could not be read as a message. Each is a reason for quarantine, not a crash.
public enum MailParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not an Internet message at all (a picture, a document, an empty file).
    case notAMessage(String)
    /// The message stops part-way (a transfer cut off).
    case truncated(String)
    /// The MIME library could not construct a message from the bytes.
    case unparseable(String)

    public var description: String {
        switch self {
        case .notAMessage(let why): "not an e-mail message: \(why)"
        case .truncated(let why): "truncated message: \(why)"
        case .unparseable(let why): "message cannot be parsed: \(why)"
        }
    }
}
