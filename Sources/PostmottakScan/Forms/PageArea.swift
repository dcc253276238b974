/// A rectangle on an upright page as fractions of its width and height (0…1), so that it
/// still fits the page drawn at another size (a reviewer's preview).
public struct PageArea: Sendable, Codable, Equatable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// `rect` on a page of `pageWidth` × `pageHeight` pixels, rounded to 1/10,000.
    public init(_ rect: PixelRect, pageWidth: Int, pageHeight: Int) {
        let w = Double(max(1, pageWidth)), h = Double(max(1, pageHeight))
        func r(_ v: Double) -> Double { (v * 10_000).rounded() / 10_000 }
        self.init(x: r(Double(rect.x) / w), y: r(Double(rect.y) / h), width: r(Double(rect.width) / w), height: r(Double(rect.height) / h))
    }
}
