import Foundation
@testable import PostmottakScan
import Testing

@Suite struct PagePreviewTests {
    /// The ring just inside an area's edge, in pixels of `page` (where a printed box's border is).
    func borderInk(_ area: PageArea, on page: PageImage) -> Double {
        let x = Int(area.x * Double(page.width)), y = Int(area.y * Double(page.height))
        let w = max(1, Int(area.width * Double(page.width))), h = max(1, Int(area.height * Double(page.height)))
        let whole = page.darkFraction(in: PixelRect(x: x - 1, y: y - 1, width: w + 2, height: h + 2))
        let inside = page.darkFraction(in: PixelRect(x: x + w / 4, y: y + h / 4, width: max(1, w / 2), height: max(1, h / 2)))
        return whole - inside
    }

    @Test(.enabled(if: Shared.root != nil, Comment(rawValue: Shared.skipReason)))
    func thePreviewIsUprightAndTheBoxesFallOnThePrintedBoxes() throws {
        let templates = try FormTemplate.load(directory: repositoryForms)
        let reader = ScanReader(pool: OCRPool(size: 1), templates: templates)
        let blank = try ScanDocument(data: try #require(Shared.form("MK-2.png"))).page(at: 0)
        let turned = try #require(blank.rotated(quarterTurns: 2))
        let upsideDown = try #require(turned.pngData())
        let reading = try #require(try reader.read(try ScanDocument(data: upsideDown)).first)
        #expect(reading.rotation == 180)
        let boxes = try #require(reading.checkboxes)
        let areas = boxes.compactMap(\.area)
        #expect(areas.count == boxes.count && boxes.allSatisfy { $0.label?.isEmpty == false }, "every box has its place and label")

        let png = try PagePreview.png(of: upsideDown, page: reading.page, rotation: reading.rotation, maxWidth: 1000)
        let preview = try ScanDocument(data: png).page(at: 0)
        #expect(preview.width == 1000 && preview.height > 1300, "scaled to the width asked for, portrait")
        #expect(preview.uprightQuarterTurns() == 0, "drawn upright")
        for area in areas {
            #expect(borderInk(area, on: preview) > 0.05, "a printed border lies where the box is said to be (\(area))")
            // Half a box off, the ring misses the border and the middle holds it.
            let off = PageArea(x: area.x + area.width / 2, y: area.y + area.height / 2, width: area.width, height: area.height)
            #expect(borderInk(off, on: preview) < borderInk(area, on: preview) / 2, "and not half a box off")
        }
        #expect(throws: ScanError.self) { try PagePreview.png(of: upsideDown, page: 2, rotation: 180) }
        #expect(throws: ScanError.self) { try PagePreview.png(of: Data("not a scan".utf8), page: 1, rotation: 0) }
    }
}
