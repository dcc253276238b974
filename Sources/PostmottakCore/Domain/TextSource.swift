/// Where an item's readable text came from.
public enum TextSource: String, Sendable, Codable, Equatable, CaseIterable {
    /// A mail's text/plain part.
    case plain
    /// A mail's HTML, converted to text.
    case html
    /// Recognised from scanned pages.
    case ocr
    /// There was no readable text.
    case none
}
