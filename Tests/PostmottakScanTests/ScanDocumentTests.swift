import Foundation
import PostmottakScan
import Testing

@Suite struct ScanDocumentTests {
    @Test(.enabled(if: Shared.root != nil, Comment(rawValue: Shared.skipReason)))
    func everyFormatIsRead() throws {
        let png = try #require(Shared.form("MK-2.png"))
        let fromPNG = try ScanDocument(data: png)
        #expect(try fromPNG.format == .png && fromPNG.pages.count == 1 && fromPNG.pages[0].width == 2480)

        let jpeg = try #require(Encode.jpeg(fromPNG: png))
        #expect(try ScanDocument(data: jpeg).format == .jpeg)

        let tiff = try #require(Encode.multipageG4(fromPNG: png, pages: 3))
        let multi = try ScanDocument(data: tiff)
        #expect(try multi.format == .tiff && multi.pages.count == 3, "every page of a Group 4 TIFF")

        let pdf = try ScanDocument(data: try #require(Shared.form("MK-2.pdf")))
        #expect(try pdf.format == .pdf && pdf.pages.count == 1)
        #expect(try abs(pdf.pages[0].width - 2480) <= 2 && abs(pdf.pages[0].height - 3508) <= 2, "rendered at 300 dpi")
        #expect(pdf.textLayer(at: 0)?.contains("Meldekort") == true, "a PDF with text keeps its text layer")
    }

    @Test func badFilesAreRefusedWithAReason() {
        #expect(throws: ScanError.unsupportedFormat("the file is empty")) { try ScanDocument(data: Data()) }
        #expect(throws: ScanError.self) { try ScanDocument(data: Data("hello, not a picture".utf8)) }
        var truncatedPNG = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        truncatedPNG.append(Data(repeating: 0x41, count: 200))
        do {
            _ = try ScanDocument(data: truncatedPNG)
            Issue.record("a corrupt PNG was read")
        } catch {
            if case .corrupt(let format, _) = error { #expect(format == "png") } else { Issue.record("\(error)") }
        }
        #expect(throws: ScanError.self) { try ScanDocument(data: Data("%PDF-1.4\n garbage".utf8)) }
    }

    @Test(.enabled(if: Shared.root != nil, Comment(rawValue: Shared.skipReason)))
    func aPageTurnedInTheScannerIsTurnedBack() throws {
        let page = try ScanDocument(data: try #require(Shared.form("SB-1.png"))).page(at: 0)
        #expect(page.uprightQuarterTurns() == 0)
        for turns in 1...3 {
            let turned = try #require(page.rotated(quarterTurns: turns))
            #expect((turns + turned.uprightQuarterTurns()) % 4 == 0, "turned \(turns * 90)°")
        }
    }
}

@Suite struct OCRTests {
    @Test(.enabled(if: Shared.root != nil, Comment(rawValue: Shared.skipReason)))
    func readsAPageAndKnowsTheForm() throws {
        let templates = try FormTemplate.load(directory: repositoryForms)
        #expect(templates.map(\.form) == ["MK-2", "SB-1"])
        let reader = ScanReader(pool: OCRPool(size: 1), templates: templates)
        let doc = try ScanDocument(data: try #require(Shared.form("MK-2.png")))
        let turned = try #require(try doc.page(at: 0).rotated(quarterTurns: 2))
        let upsideDown = try ScanDocument(data: try #require(turned.pngData()))
        let reading = try #require(try reader.read(upsideDown).first)
        #expect(reading.form == "MK-2" && reading.rotation == 180 && reading.source == .ocr)
        #expect(reading.marksFound == 4 && (reading.residualMM ?? 99) < 1)
        // A blank form: every box empty, every field empty, nothing for a person to check.
        #expect(reading.checkboxes?.count == 16 && reading.checkboxes?.allSatisfy { $0.mark == .empty } == true)
        let fields = try #require(reading.fields)
        #expect(Set(fields.keys).isSuperset(of: FormReader.fieldNames))
        #expect(fields.filter { $0.key != "kind" && $0.key != "service_area" }.values.allSatisfy { $0.value == .none && !$0.needsReview })
        // A page that is no form is read as a whole.
        let letter = try ScanDocument(data: try #require(Shared.form("SB-1.png")))
        #expect(try reader.read(letter).first?.form == "SB-1")
    }

    @Test func formsAreIdentifiedByTheirPrintedPhrases() throws {
        let json = #"{"form":"XX-9","title":"Skjema for prøve","municipality":"","language":"nb","page_width_mm":210,"page_height_mm":297,"identify":["XX-9","Skjema for prøve"],"registration_marks":[],"checkboxes":[],"text_fields":[],"combs":[],"printed":[]}"#
        let t = try JSONDecoder().decode(FormTemplate.self, from: Data(json.utf8))
        let reader = ScanReader(pool: OCRPool(size: 1), templates: [t])
        #expect(reader.identify("... skjema   FOR prøve ...") == "XX-9")
        #expect(reader.identify("XX—9 utgave 2") == "XX-9")
        #expect(reader.identify("et brev") == "none")
    }
}

@Suite struct FormTemplateTests {
    @Test(.enabled(if: Shared.root != nil, Comment(rawValue: Shared.skipReason)))
    func theShippedTemplatesAreMadeFromTheDesignFiles() throws {
        for code in ["MK-2", "SB-1"] {
            let made = try FormTemplate(design: try #require(Shared.form("\(code).design.json")))
            let shipped = try JSONDecoder().decode(FormTemplate.self, from: Data(contentsOf: repositoryForms.appendingPathComponent("\(code).json")))
            #expect(made == shipped, "Config/forms/\(code).json is `postmottak forms import` of the design file")
            #expect(made.registrationMarks.count == 4 && made.checkboxes.count == 16)
            #expect(made.checkboxes.filter { $0.field == "kind" }.count == 4)
            #expect(made.combs.contains { $0.field == "postal_code" && $0.characters == "0123456789" })
        }
    }

    @Test func aDesignWithoutFourMarksIsRefused() {
        let design = #"{"form":"X","elements":[{"type":"registration_mark","corner":"tl","x":1,"y":1,"width":8,"height":8}]}"#
        #expect(throws: FormTemplateError.self) { try FormTemplate(design: Data(design.utf8)) }
    }
}
