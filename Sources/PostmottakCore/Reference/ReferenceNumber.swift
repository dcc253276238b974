/// A citizen-facing reference number, such as `FJV-2026-000042-7`.
public struct ReferenceNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The municipality's prefix.
    public let prefix: String
    /// The year whose sequence the number belongs to.
    public let year: Int
    /// The position in that year's sequence, from 1.
    public let sequence: Int
    /// The width the sequence is zero-padded to.
    public let sequenceDigits: Int

    /// Creates a reference number; the check character is derived.
    public init(prefix: String, year: Int, sequence: Int, sequenceDigits: Int) {
        self.prefix = prefix
        self.year = year
        self.sequence = sequence
        self.sequenceDigits = sequenceDigits
    }

    /// The year and the padded sequence, as the digits the check character covers.
    public var paddedSequence: String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, sequenceDigits - digits.count)) + digits
    }

    /// The check character (ISO 7064 MOD 11-2 over year and padded sequence).
    public var checkCharacter: Character {
        let digits = (String(year) + paddedSequence).utf8.map { $0 - UInt8(ascii: "0") }
        return ISO7064Mod11_2.checkCharacter(for: digits)
    }

    /// The canonical written form, `PREFIX-YYYY-SEQUENCE-C`.
    public var formatted: String { "\(prefix)-\(year)-\(paddedSequence)-\(checkCharacter)" }

    public var description: String { formatted }
}
