import Foundation
import PostmottakCore
@testable import PostmottakScan
import Testing

/// Cells drawn in memory: a printed border and simple strokes of ink.
enum Cells {
    static let width = 60, height = 70

    /// A white cell with a 2-pixel printed border, then `ink` strokes (rectangles) at gray 30.
    static func cell(border: Bool = true, strokes: [PixelRect], noise seed: UInt64 = 0) -> [UInt8] {
        var g = [UInt8](repeating: 235, count: width * height)
        var random = SplitMix64(seed: seed)
        if seed != 0 { for i in g.indices { g[i] = UInt8(225 + Int(random.next() % 20)) } }
        func paint(_ r: PixelRect, _ v: UInt8) {
            for y in max(0, r.y)..<min(height, r.y + r.height) { for x in max(0, r.x)..<min(width, r.x + r.width) { g[y * width + x] = v } }
        }
        if border {
            paint(PixelRect(x: 0, y: 0, width: width, height: 2), 60)
            paint(PixelRect(x: 0, y: height - 2, width: width, height: 2), 60)
            paint(PixelRect(x: 0, y: 0, width: 2, height: height), 60)
            paint(PixelRect(x: width - 2, y: 0, width: 2, height: height), 60)
        }
        for s in strokes { paint(s, 30) }
        return g
    }

    static func glyph(_ gray: [UInt8]) -> GlyphImage? {
        GlyphImage.normalised(gray: gray, width: width, height: height, dpi: 300, threshold: 130, ink: 30, paper: 235)
    }

    /// Three shapes, moved about: a bar (`1`), a ring (`0`), a cross (`+`).
    static func shape(_ label: Character, dx: Int, dy: Int, seed: UInt64) -> [UInt8] {
        let x = 20 + dx, y = 15 + dy
        switch label {
        case "1": return cell(strokes: [PixelRect(x: x + 8, y: y, width: 5, height: 38)], noise: seed)
        case "0": return cell(strokes: [PixelRect(x: x, y: y, width: 22, height: 5), PixelRect(x: x, y: y + 33, width: 22, height: 5),
                                       PixelRect(x: x, y: y, width: 5, height: 38), PixelRect(x: x + 17, y: y, width: 5, height: 38)], noise: seed)
        default: return cell(strokes: [PixelRect(x: x, y: y + 16, width: 22, height: 5), PixelRect(x: x + 8, y: y + 5, width: 5, height: 28)], noise: seed)
        }
    }
}

@Suite struct GlyphImageTests {
    @Test func aPrintedBorderIsNotACharacter() {
        #expect(Cells.glyph(Cells.cell(strokes: [])) == nil ? true : false)
        #expect(Cells.glyph(Cells.cell(strokes: [PixelRect(x: 30, y: 30, width: 1, height: 1)])) == nil ? true : false, "a speck of dust")
    }

    @Test func aTallBarStaysTallAndFillsTheMiddle() throws {
        let glyph = try #require(Cells.glyph(Cells.cell(strokes: [PixelRect(x: 28, y: 15, width: 5, height: 40)])))
        #expect(glyph.aspect == 8)
        #expect(abs(glyph.relativeHeight - 40.0 / 70.0) < 0.01)
        let side = GlyphImage.side
        #expect(glyph.pixels[14 * side + 14] > 0.9, "the middle is ink")
        #expect(glyph.pixels[14 * side + 2] == 0, "left of the bar is paper: the border was dropped")
        #expect(glyph.pixels[1 * side + 14] == 0, "the bar is scaled to 20 of 28 rows, centred")
    }

    @Test func whereInTheCellItIsWrittenDoesNotMatter() throws {
        let a = try #require(Cells.glyph(Cells.shape("0", dx: -10, dy: -8, seed: 0)))
        let b = try #require(Cells.glyph(Cells.shape("0", dx: 12, dy: 9, seed: 0)))
        let largest = zip(a.pixels, b.pixels).map { abs($0 - $1) }.max() ?? 1
        #expect(largest < 1e-4)
    }
}

@Suite struct CellClassifierTests {
    static func examples(count: Int, seed: UInt64) -> [CellExample] {
        var random = SplitMix64(seed: seed)
        return (0..<count).compactMap { i in
            let label: Character = ["1", "0", "+"][i % 3]
            let dx = Int(random.next() % 15) - 7, dy = Int(random.next() % 11) - 5
            return Cells.glyph(Cells.shape(label, dx: dx, dy: dy, seed: random.next() | 1)).map { CellExample(glyph: $0, label: label, card: i / 3) }
        }
    }

    static func trainer() -> CellClassifierTrainer {
        var t = CellClassifierTrainer()
        t.hidden = 12
        t.epochs = 3
        return t
    }

    @Test func itLearnsShapesAndSaysHowSureItIs() throws {
        let (model, check) = Self.trainer().train(Self.examples(count: 240, seed: 7), classes: ["0", "1", "+"], version: "test-1")
        #expect(check.examples > 20)
        #expect(check.accuracy > 0.95)
        let unseen = Self.examples(count: 30, seed: 99)
        let right = unseen.filter { model.best($0.glyph).character == $0.label }.count
        #expect(right >= 28)
        let guesses = model.classify(try #require(unseen.first).glyph)
        #expect(guesses.count == 3)
        #expect(abs(guesses.map(\.probability).reduce(0, +) - 1) < 1e-4)
        #expect(guesses[0].probability >= guesses[1].probability)
    }

    @Test func theSameExamplesGiveTheSameModelFile() throws {
        let examples = Self.examples(count: 90, seed: 3)
        let a = try Self.trainer().train(examples, classes: ["0", "1", "+"], version: "v").0.encoded()
        let b = try Self.trainer().train(examples, classes: ["0", "1", "+"], version: "v").0.encoded()
        #expect(a == b)
    }

    @Test func aModelFileReadsBackToTheSameAnswers() throws {
        let (model, _) = Self.trainer().train(Self.examples(count: 90, seed: 5), classes: ["0", "1", "+"], version: "cells-t")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cells-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.encoded(notes: ["why": "test"]).write(to: url)
        let read = try CellClassifier(contentsOf: url)
        #expect(read.version == "cells-t")
        #expect(read.classes == model.classes)
        for example in Self.examples(count: 12, seed: 11) {
            #expect(read.classify(example.glyph) == model.classify(example.glyph))
        }
    }

    @Test func aBrokenModelFileSaysWhatToDo() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cells-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(#"{"format":"postmottak-cell-classifier-1","version":"x","classes":"01","inputs":2,"hidden":1,"temperature":1,"w1":"AAAA","b1":"","w2":"","b2":""}"#.utf8).write(to: url)
        let error = #expect(throws: CellClassifierError.self) { try CellClassifier(contentsOf: url) }
        #expect(error?.description.contains("scan.cell_model") == true)
        #expect(error?.description.contains("do not match") == true)
    }

    @Test func anotherHandChangesTheShapeButKeepsItsInkAndIsSeeded() throws {
        let glyph = try #require(Cells.glyph(Cells.shape("1", dx: 0, dy: 0, seed: 0)))
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        var changed = 0
        for _ in 0..<24 {
            let x = CellClassifierTrainer.augmented(glyph, random: &a)
            #expect(x == CellClassifierTrainer.augmented(glyph, random: &b))
            #expect(x.features.count == GlyphImage.featureCount)
            let ink = x.pixels.reduce(0, +), original = glyph.pixels.reduce(0, +)
            // Turned, slanted or scaled, a bar keeps most of its ink and stays on the square.
            #expect(ink > 0.45 * original && ink < 1.8 * original)
            #expect(x.pixels.allSatisfy { $0 >= 0 && $0 <= 1.0001 })
            if zip(x.pixels, glyph.pixels).contains(where: { abs($0 - $1) > 0.05 }) { changed += 1 }
        }
        #expect(changed >= 15)
    }

    @Test func strokeDirectionsTellAStandingBarFromALyingOne() {
        let side = GlyphImage.side
        let standing = (0..<(side * side)).map { i in (12..<16).contains(i % side) && (4..<24).contains(i / side) ? Float(1) : 0 }
        let lying = (0..<(side * side)).map { i in (12..<16).contains(i / side) && (4..<24).contains(i % side) ? Float(1) : 0 }
        let a = GlyphImage.strokeDirections(standing), b = GlyphImage.strokeDirections(lying)
        #expect(a.count == GlyphImage.featureCount - side * side - 2)
        #expect(a.max() == 1 && b.max() == 1)
        // Edges across x (a standing bar) vote for directions 0 and π; across y for ±π/2.
        func share(_ h: [Float], bins: Set<Int>) -> Float {
            let total = h.reduce(0, +)
            return h.enumerated().filter { bins.contains($0.offset % GlyphImage.directions) }.map(\.element).reduce(0, +) / total
        }
        #expect(share(a, bins: [0, 3, 4, 7]) > 0.8)
        #expect(share(b, bins: [1, 2, 5, 6]) > 0.8)
    }

    @Test func aThickerPenDarkensAndAThinnerOneLightens() throws {
        let glyph = try #require(Cells.glyph(Cells.shape("0", dx: 0, dy: 0, seed: 0)))
        let thick = CellClassifierTrainer.morphed(glyph.pixels, thicker: true).reduce(0, +)
        let thin = CellClassifierTrainer.morphed(glyph.pixels, thicker: false).reduce(0, +)
        let ink = glyph.pixels.reduce(0, +)
        #expect(thick > ink && thin < ink)
    }
}
