import Foundation
import PostmottakScan
import Testing

/// Decompression and CPU bombs: refused from their headers, or given up at their deadline.
@Suite struct ScanBombTests {
    @Test func aTiffOfManyHugePagesIsRefusedBeforeAnyPageIsDecoded() throws {
        let bomb = try #require(Encode.whiteG4(pages: 51, width: 8000, height: 10000))
        #expect(bomb.count < 200_000, "kilobytes on disk")
        #expect(throws: ScanError.self) { try ScanDocument(data: bomb) }
        // Under the page limit, the document budget still holds: 6 × 80 MP is over 400 MP.
        let six = try #require(Encode.whiteG4(pages: 6, width: 8000, height: 10000))
        do {
            _ = try ScanDocument(data: six)
            Issue.record("six 80-megapixel pages were accepted")
        } catch {
            guard case .tooLarge(let why) = error else { Issue.record("\(error)"); return }
            #expect(why.contains("per document"))
        }
    }

    @Test func pagesAreDecodedOneAtATimeOnDemand() throws {
        let tiff = try #require(Encode.whiteG4(pages: 3, width: 1000, height: 1400))
        let document = try ScanDocument(data: tiff)
        #expect(document.pageCount == 3)
        #expect(document.pageSizes.allSatisfy { $0 == ScanDocument.PageSize(width: 1000, height: 1400) })
        #expect(document.totalPixels == 3 * 1_400_000)
        let last = try document.page(at: 2)
        #expect(last.width == 1000 && last.height == 1400)
        #expect(throws: ScanError.self) { try document.page(at: 3) }
    }

    @Test func aPDFOfHugePagesIsRefusedFromItsPageTree() {
        // Ten pages just under 80 megapixels each at 300 dpi: 1.3 KB that rendered to 1.1 GB.
        let side = (80_000_000.0).squareRoot() * 72 / 300 * 0.999
        let pdf = MinimalPDF.pages(10, width: side, height: side)
        do {
            _ = try ScanDocument(data: pdf)
            Issue.record("the PDF bomb was accepted")
        } catch {
            guard case .tooLarge(let why) = error else { Issue.record("\(error)"); return }
            #expect(why.contains("per document"))
        }
        // One such page alone is within the limits.
        #expect((try? ScanDocument(data: MinimalPDF.pages(1, width: side, height: side)))?.pageCount == 1)
    }

    @Test(.enabled(if: BoundedProcess.locate("pdftocairo") != nil, "poppler-utils is not installed"))
    func aPDFThatRendersForEverIsGivenUpAtItsDeadline() throws {
        let bomb = MinimalPDF.fillingThePage(times: 200_000)
        let document = try ScanDocument(data: bomb, limits: ScanDocument.Limits(pageTimeBudget: 2))
        let started = ContinuousClock.now
        do {
            _ = try document.page(at: 0)
            Issue.record("the CPU bomb rendered")
        } catch {
            guard case .tooSlow = error else { Issue.record("\(error)"); return }
        }
        #expect(ContinuousClock.now - started < .seconds(30), "killed at its deadline, not run to the end")
    }

    @Test(.enabled(if: BoundedProcess.locate("pdftocairo") != nil, "poppler-utils is not installed"))
    func aPageTurnedByItsRotateKeyIsMeasuredAndRenderedTurned() throws {
        let pdf = MinimalPDF.pages(2, width: 595, height: 842, rotate: 90)
        let document = try ScanDocument(data: pdf)
        #expect(document.pageCount == 2)
        #expect(document.pageSizes.allSatisfy { $0.width > $0.height }, "landscape once turned")
        let page = try document.page(at: 1)
        #expect(abs(page.width - 3508) <= 2 && abs(page.height - 2479) <= 2)
    }

    @Test(.enabled(if: BoundedProcess.locate("pdftocairo") != nil, "poppler-utils is not installed"))
    func anOrdinaryPDFPageRendersInTheChild() throws {
        let pdf = MinimalPDF.pages(1, width: 595, height: 842)
        let page = try ScanDocument(data: pdf).page(at: 0)
        #expect(abs(page.width - 2479) <= 2 && abs(page.height - 3508) <= 2)
        #expect(page.dpi == 300)
    }
}

/// Small PDFs written by the tests themselves.
enum MinimalPDF {
    static func document(_ objects: [String]) -> Data {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let start = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for at in offsets { out += String(format: "%010d 00000 n \n", at) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(start)\n%%EOF\n"
        return Data(out.utf8)
    }

    static func pages(_ count: Int, width: Double, height: Double, rotate: Int = 0) -> Data {
        let kids = (0..<count).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [\(kids)] /Count \(count) >>"]
        for _ in 0..<count {
            objects.append(String(format: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Rotate %d >>", width, height, rotate))
        }
        return document(objects)
    }

    /// One A4 page that fills itself `times` times (uncompressed: a few megabytes).
    static func fillingThePage(times: Int) -> Data {
        let content = String(repeating: "0.2 g 0 0 595 842 re f 0.8 g 0 0 595 842 re f\n", count: times / 2)
        return document([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ])
    }
}
