import Foundation

/// Reads the pages of a scan: a PDF's text layer where it has one, else the page image turned
/// upright, deskewed and OCRed as a whole (a segmentation that keeps columns), and tells
/// which known form, if any, each page is.
public struct ScanReader: Sendable {
    public let pool: OCRPool
    public let templates: [FormTemplate]

    public init(pool: OCRPool, templates: [FormTemplate]) {
        self.pool = pool
        self.templates = templates
    }

    /// Every page of `document`, in order.
    public func read(_ document: ScanDocument) throws -> [PageReading] {
        var readings: [PageReading] = []
        for (index, page) in document.pages.enumerated() {
            if let layer = document.textLayers[index] {
                readings.append(PageReading(page: index + 1, form: identify(layer), rotation: 0, text: layer, confidence: 1,
                                            source: .textLayer, dpi: page.dpi))
                continue
            }
            let turns = page.uprightQuarterTurns()
            let upright = (turns == 0 ? page : page.rotated(quarterTurns: turns) ?? page).deskewed()
            let ocr = try pool.withEngine { try $0.recognize(upright, mode: .block) }
            var reading = PageReading(page: index + 1, form: identify(ocr.text), rotation: (4 - turns) % 4 * 90, text: ocr.text,
                                      confidence: ocr.confidence, source: .ocr, dpi: page.dpi)
            if let template = templates.first(where: { $0.form == reading.form }),
               let geometry = PageGeometry.locate(template, on: upright) {
                reading.marksFound = geometry.marksFound
                reading.residualMM = (geometry.residualMM * 100).rounded() / 100
                reading.checkboxes = FormReader(template: template, geometry: geometry).checkboxes(on: upright)
            }
            readings.append(reading)
        }
        return readings
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
