/// An identity number found in text.
///
/// Its `description` never shows the number: matches may be logged, numbers may not.
public struct IdentityNumberMatch: Sendable, Hashable, CustomStringConvertible {
    /// What kind of number it is.
    public let kind: IdentityNumberKind
    /// Where it stands in the text that was scanned.
    public let range: Range<String.Index>

    public var description: String { "\(kind.rawValue) (number withheld)" }
}
