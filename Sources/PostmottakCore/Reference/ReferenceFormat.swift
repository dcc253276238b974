/// The shape of the municipality's reference numbers: `PREFIX-YYYY-SEQUENCE-C`.
///
/// `C` is the ISO 7064 MOD 11-2 check character over the year and the zero-padded sequence,
/// for example `FJV-2026-000042-7`. The sequence restarts every year. When a year's count
/// outgrows `sequenceDigits`, the number simply gets longer; it is never truncated.
public struct ReferenceFormat: Sendable, Hashable, Codable {
    /// The municipality's prefix: 1 to 8 letters A–Z.
    public let prefix: String
    /// How many digits the sequence is padded to (3 to 9).
    public let sequenceDigits: Int

    /// Creates a format after checking the prefix and the padding width.
    public init(prefix: String, sequenceDigits: Int) throws(ReferenceFormatError) {
        guard (1...8).contains(prefix.count),
              prefix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })
        else { throw .invalidPrefix(prefix) }
        guard (3...9).contains(sequenceDigits) else { throw .invalidSequenceDigits(sequenceDigits) }
        self.prefix = prefix
        self.sequenceDigits = sequenceDigits
    }

    /// The reference number for `sequence` (1-based) in `year`.
    public func reference(year: Int, sequence: Int) -> ReferenceNumber {
        ReferenceNumber(prefix: prefix, year: year, sequence: sequence, sequenceDigits: sequenceDigits)
    }

    /// Parses one reference number that stands alone in `text` (spacing and OCR confusions
    /// tolerated), or returns nil when there is none or its check character is wrong.
    public func parse(_ text: String) -> ReferenceNumber? {
        let matches = ReferenceNumberScanner(format: self).matches(in: text)
        return matches.count == 1 ? matches[0].reference : nil
    }
}

/// A reference-number format that the configuration cannot use.
public enum ReferenceFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidPrefix(String)
    case invalidSequenceDigits(Int)

    public var description: String {
        switch self {
        case .invalidPrefix(let p): "reference prefix \"\(p)\" must be 1 to 8 capital letters A-Z"
        case .invalidSequenceDigits(let n): "sequence_digits \(n) must be from 3 to 9"
        }
    }
}
