/// The language of the sender's own text.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    /// Norwegian bokmål.
    case nb
    /// Norwegian nynorsk.
    case nn
    /// Swedish.
    case sv
    /// English.
    case en
    /// Anything else.
    case other
}
