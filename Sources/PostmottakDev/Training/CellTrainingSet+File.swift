public import Foundation
import PostmottakScan

/// A read set of cells kept in a file, so that a second training on the same cards skips
/// reading them again (reading is the slow part: about a second a card). Little-endian:
/// the magic, the counts, then per example its label, card, the two shape values and the
/// pixels as Float32, then the combs. The file names the cards' folder it came from; a
/// file of another layout or version is not read.
extension CellTrainingSet {
    static let magic = Array("postmottak-cells-1\n".utf8)

    /// The set as bytes.
    public func encoded() -> Data {
        var out = Data(Self.magic)
        func put(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func put(_ v: Float) { put(v.bitPattern) }
        for v in [cards, unplaced, missedCells, extraCells, examples.count, GlyphImage.side] { put(UInt32(v)) }
        for e in examples {
            put(e.label.unicodeScalars.first.map(\.value) ?? 0)
            put(UInt32(e.card))
            put(e.glyph.aspect)
            put(e.glyph.relativeHeight)
            for p in e.glyph.pixels { put(p) }
        }
        put(UInt32(combs.count))
        for comb in combs {
            put(UInt32(comb.count))
            for i in comb { put(UInt32(i)) }
        }
        return out
    }

    /// Reads what `encoded()` wrote; nil for anything else.
    public init?(encoded data: Data) {
        let bytes = [UInt8](data)
        guard bytes.starts(with: Self.magic) else { return nil }
        var at = Self.magic.count
        func word() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            defer { at += 4 }
            return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        func float() -> Float? { word().map(Float.init(bitPattern:)) }
        guard let cards = word(), let unplaced = word(), let missed = word(), let extra = word(), let count = word(),
              let side = word(), side == GlyphImage.side else { return nil }
        self.init()
        self.cards = Int(cards)
        self.unplaced = Int(unplaced)
        self.missedCells = Int(missed)
        self.extraCells = Int(extra)
        let pixelCount = GlyphImage.side * GlyphImage.side
        for _ in 0..<count {
            guard let label = word().flatMap(Unicode.Scalar.init), let card = word(), let aspect = float(),
                  let height = float() else { return nil }
            var pixels = [Float](repeating: 0, count: pixelCount)
            for i in 0..<pixelCount {
                guard let p = float() else { return nil }
                pixels[i] = p
            }
            examples.append(CellExample(glyph: GlyphImage(pixels: pixels, aspect: aspect, relativeHeight: height),
                                        label: Character(label), card: Int(card)))
        }
        guard let combCount = word() else { return nil }
        for _ in 0..<combCount {
            guard let n = word() else { return nil }
            var comb: [Int] = []
            for _ in 0..<n {
                guard let i = word(), Int(i) < examples.count else { return nil }
                comb.append(Int(i))
            }
            combs.append(comb)
        }
        guard at == bytes.count else { return nil }
    }
}

extension CellTrainingSet {
    /// Adds another set's cells after this one's (its cards and combs numbered on).
    public mutating func append(_ other: CellTrainingSet) {
        let cardOffset = cards, exampleOffset = examples.count
        examples += other.examples.map { CellExample(glyph: $0.glyph, label: $0.label, card: $0.card + cardOffset) }
        combs += other.combs.map { $0.map { $0 + exampleOffset } }
        cards += other.cards
        unplaced += other.unplaced
        missedCells += other.missedCells
        extraCells += other.extraCells
    }
}
