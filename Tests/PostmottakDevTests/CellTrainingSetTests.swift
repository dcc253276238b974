import Foundation
@testable import PostmottakDev
import PostmottakScan
import Testing

@Suite struct CellTrainingSetTests {
    @Test func aDateIsLabelledInTheOrderItIsWrittenOnTheCard() {
        let truth: [String: Any] = ["date": "2026-03-09", "postal_code": "473 96", "phone": "41234567"]
        #expect(CellTrainingSet.labels(field: "date", format: "DD.MM.YYYY", truth: truth, cells: 8) == Array("09032026"))
        #expect(CellTrainingSet.labels(field: "date", format: "YYYY-MM-DD", truth: truth, cells: 8) == Array("20260309"))
        #expect(CellTrainingSet.labels(field: "postal_code", format: "NNN NN", truth: truth, cells: 5) == Array("47396"))
        #expect(CellTrainingSet.labels(field: "phone", format: "NNNNNNNN", truth: truth, cells: 8) == Array("41234567"))
    }

    @Test func aValueThatDoesNotFillTheCombIsNotUsed() {
        #expect(CellTrainingSet.labels(field: "postal_code", format: "NNNN", truth: ["postal_code": "123"], cells: 4) == nil)
        #expect(CellTrainingSet.labels(field: "postal_code", format: "NNNN", truth: ["postal_code": NSNull()], cells: 4) == nil)
        #expect(CellTrainingSet.labels(field: "date", format: "DD.MM.YYYY", truth: ["date": "9.3.2026"], cells: 8) == nil)
    }

    static func set(cards: Int) -> CellTrainingSet {
        var set = CellTrainingSet()
        for card in 0..<cards {
            var glyphs: [GlyphImage] = []
            for i in 0..<4 {
                let pixels: [Float] = (0..<(GlyphImage.side * GlyphImage.side)).map { (p: Int) -> Float in Float((p * 7 + i + card) % 11) / 10 }
                glyphs.append(GlyphImage(pixels: pixels, aspect: 1.5 + Float(i), relativeHeight: 0.5))
            }
            let comb = ScanReader.CombGlyphs(form: "f", field: "postal_code", format: "NNNN", glyphs: [glyphs[0], glyphs[1], nil, glyphs[3]])
            let full = ScanReader.CombGlyphs(form: "f", field: "phone", format: "NNNN", glyphs: glyphs)
            set.add([comb, full], truth: ["postal_code": "12\(card % 10)4", "phone": "5678"], card: set.cards)
        }
        return set
    }

    @Test func aReadSetSurvivesItsFileAndAnythingElseIsRefused() throws {
        let set = Self.set(cards: 3)
        #expect(set.examples.count == 3 * 7 && set.missedCells == 3 && set.combs.count == 3)
        let data = set.encoded()
        let read = try #require(CellTrainingSet(encoded: data))
        #expect(read.examples.map(\.glyph) == set.examples.map(\.glyph))
        #expect(read.examples.map(\.label) == set.examples.map(\.label))
        #expect(read.examples.map(\.card) == set.examples.map(\.card))
        #expect(read.combs == set.combs && read.cards == 3 && read.missedCells == 3)
        #expect(CellTrainingSet(encoded: data.dropLast(3)) == nil)
        #expect(CellTrainingSet(encoded: Data("postmottak-cells-0\n".utf8) + data.dropFirst(19)) == nil)
    }

    @Test func setsAppendedKeepTheirCardsAndCombsApart() throws {
        var all = Self.set(cards: 2)
        let second = Self.set(cards: 3)
        all.append(second)
        #expect(all.cards == 5 && all.examples.count == 5 * 7)
        #expect(Set(all.examples.map(\.card)) == Set(0..<5))
        let last = try #require(all.combs.last)
        #expect(last.allSatisfy { all.examples[$0].card == 4 })
        #expect(last.map { all.examples[$0].label } == Array("5678"))
    }
}
