/// A field's value as read from a card: text, yes/no, or nothing written.
public enum FieldValue: Sendable, Equatable, Codable {
    case text(String)
    case flag(Bool)
    case none

    public var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .none } else if let b = try? c.decode(Bool.self) { self = .flag(b) } else { self = .text(try c.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .flag(let b): try c.encode(b)
        case .none: try c.encodeNil()
        }
    }
}

/// One field of a card: its value, how sure the machine is (0…1), and whether a person must
/// look at it (low confidence, a failed validation, an ambiguous tick), with the reason.
public struct FieldReading: Sendable, Equatable, Codable {
    public var value: FieldValue
    public var confidence: Double
    public var needsReview: Bool
    public var reason: String?

    public init(value: FieldValue, confidence: Double, needsReview: Bool, reason: String? = nil) {
        self.value = value
        self.confidence = confidence
        self.needsReview = needsReview
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case value, confidence, reason
        case needsReview = "needs_review"
    }
}
