import Foundation
public import PostmottakScan

/// Labelled comb cells from rendered cards with their truth files: what trains and checks the
/// cell classifier. A comb is used only when its truth has one character per cell.
public struct CellTrainingSet: Sendable {
    public var examples: [CellExample] = []
    /// Cards read, and cards that were no known form (the reader could not place them).
    public var cards = 0, unplaced = 0
    /// Written cells the reader found empty, and empty cells it found written.
    public var missedCells = 0, extraCells = 0
    /// Per comb whose every cell was found written: the indices of its examples.
    public var combs: [[Int]] = []

    public init() {}

    /// The characters `truth` says are in the cells of the comb `field` printed as `format`,
    /// in cell order; nil when the field is empty or does not fill the comb.
    public static func labels(field: String, format: String, truth: [String: Any], cells: Int) -> [Character]? {
        guard let value = truth[field] as? String, !value.isEmpty else { return nil }
        let digits = value.filter { $0.isLetter || $0.isNumber }
        var ordered = digits
        if field == "date" {
            // The truth is ISO (YYYY-MM-DD); the comb is written in its printed order.
            let parts = value.split(separator: "-")
            guard parts.count == 3 else { return nil }
            ordered = format.hasPrefix("DD") ? String(parts[2] + parts[1] + parts[0]) : String(parts[0] + parts[1] + parts[2])
        }
        guard ordered.count == cells else { return nil }
        return Array(ordered)
    }

    /// Adds the combs of one card.
    public mutating func add(_ combs: [ScanReader.CombGlyphs], truth: [String: Any], card: Int) {
        cards += 1
        guard !combs.isEmpty else { unplaced += 1; return }
        for comb in combs {
            guard let labels = Self.labels(field: comb.field, format: comb.format, truth: truth, cells: comb.glyphs.count) else {
                if (truth[comb.field] as? String ?? "").isEmpty { extraCells += comb.glyphs.compactMap { $0 }.count }
                continue
            }
            var indices: [Int] = []
            for (glyph, label) in zip(comb.glyphs, labels) {
                if let glyph {
                    indices.append(examples.count)
                    examples.append(CellExample(glyph: glyph, label: label, card: card))
                } else {
                    missedCells += 1
                }
            }
            if indices.count == labels.count { self.combs.append(indices) }
        }
    }
}
