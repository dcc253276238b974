/// Why an attachment's text could not be read. It is a defect of the message, never a
/// reason to stop: the message is still read and classified on the rest.
public enum AttachmentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Over a limit (size, entries, unpacked size, compression ratio, text length).
    case tooLarge(String)
    /// Damaged or not what it claims to be.
    case unreadable(String)
    /// Encrypted or password-protected.
    case encrypted

    public var description: String {
        switch self {
        case .tooLarge(let why): "too large: \(why)"
        case .unreadable(let why): "cannot be read: \(why)"
        case .encrypted: "it is encrypted"
        }
    }
}
