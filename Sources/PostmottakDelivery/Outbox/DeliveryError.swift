/// Why a delivery attempt failed, and whether trying again can help.
public enum DeliveryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Worth retrying later (the destination is down, a disk is full, a timeout).
    case transient(String)
    /// Retrying cannot help until a person changes something; the entry is parked.
    case permanent(String)

    public var description: String {
        switch self {
        case .transient(let s): s
        case .permanent(let s): s
        }
    }
}
