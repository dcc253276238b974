import Foundation

/// Reads the pages of a scan: a PDF's text layer where it has one, else the page image turned
/// upright, deskewed and OCRed as a whole (a segmentation that keeps columns), and tells
/// which known form, if any, each page is.
public struct ScanReader: Sendable {
    public let pool: OCRPool
    public let templates: [FormTemplate]
    /// Reads handwritten comb cells beside Tesseract; nil: Tesseract alone.
    public let cellClassifier: CellClassifier?

    public init(pool: OCRPool, templates: [FormTemplate], cellClassifier: CellClassifier? = nil) {
        self.pool = pool
        self.templates = templates
        self.cellClassifier = cellClassifier
    }

    /// Every page of `document`, in order.
    public func read(_ document: ScanDocument) throws -> [PageReading] {
        var readings: [PageReading] = []
        // One page decoded at a time, and let go before the next.
        for index in 0..<document.pageCount {
            if let layer = document.textLayer(at: index) {
                readings.append(PageReading(page: index + 1, form: identify(layer), rotation: 0, text: layer, confidence: 1,
                                            source: .textLayer, dpi: Int(document.limits.pdfDPI.rounded())))
                continue
            }
            let page = try document.page(at: index)
            let deadline = Date().addingTimeInterval(document.limits.pageTimeBudget)
            let turns = page.uprightQuarterTurns()
            let upright = (turns == 0 ? page : page.rotated(quarterTurns: turns) ?? page).deskewed()
            let rotation = (4 - turns) % 4 * 90
            var reading: PageReading
            if let (template, geometry) = try recognise(upright, deadline: deadline) {
                // A known form: read its zones, not the whole page (a fraction of the time).
                let form = FormReader(template: template, geometry: geometry, cellClassifier: cellClassifier)
                let boxes = form.checkboxes(on: upright)
                let fields = try form.fields(on: upright, pool: pool, boxes: boxes, deadline: deadline)
                let text = FormReader.fieldNames.compactMap { fields[$0]?.value.text }.filter { !$0.isEmpty }.joined(separator: "\n")
                // Summed in the fields' order by name, so every process gets the same number.
                let confidences = fields.sorted { $0.key < $1.key }.map(\.value).filter { $0.value != .none }.map(\.confidence)
                reading = PageReading(page: index + 1, form: template.form, rotation: rotation, text: text,
                                      confidence: confidences.isEmpty ? 1 : confidences.reduce(0, +) / Double(confidences.count),
                                      source: .ocr, dpi: page.dpi)
                reading.marksFound = geometry.marksFound
                reading.residualMM = (geometry.residualMM * 100).rounded() / 100
                reading.checkboxes = boxes
                reading.fields = fields
                for (name, field) in fields where field.needsReview {
                    if let zone = form.zone(of: name), let png = upright.cropped(zone)?.pngData() { reading.reviewCrops[name] = png }
                }
            } else {
                let ocr = try pool.withEngine { try $0.recognize(upright, mode: .block, deadline: deadline) }
                reading = PageReading(page: index + 1, form: identify(ocr.text), rotation: rotation, text: ocr.text,
                                      confidence: ocr.confidence, source: .ocr, dpi: page.dpi)
            }
            readings.append(reading)
        }
        return readings
    }

    /// The template whose registration marks are on the page and whose printed form code (or
    /// title) its zone reads, with the page's geometry; nil for a page that is no known form.
    func recognise(_ page: PageImage, deadline: Date? = nil) throws -> (FormTemplate, PageGeometry)? {
        for template in templates {
            guard let geometry = PageGeometry.locate(template, on: page), geometry.residualMM < 4 else { continue }
            for printed in template.printed where printed.role == "form_code" || printed.role == "title" {
                let zone = geometry.rect(printed.box, inset: -1.5)
                let read = try pool.withEngine { try $0.recognize(page, region: zone, mode: .line, deadline: deadline) }
                if template.identify.contains(where: { Self.normalised(read.text).contains(Self.normalised($0)) }) {
                    return (template, geometry)
                }
            }
        }
        return nil
    }

    /// The form whose identifying phrases (its printed code, its title) the text holds.
    public func identify(_ text: String) -> String {
        let haystack = Self.normalised(text)
        for template in templates {
            if template.identify.contains(where: { haystack.contains(Self.normalised($0)) }) { return template.form }
        }
        return "none"
    }

    /// Lower case, one kind of dash, single spaces: how printed phrases are compared with OCR.
    static func normalised(_ s: String) -> String {
        let dashes: Set<Character> = ["–", "—", "‐", "‑", "−"]
        let mapped = String(s.lowercased().map { dashes.contains($0) ? "-" : $0 })
        return mapped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
