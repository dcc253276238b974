import Foundation

extension ScanReader {
    /// The written characters of one comb on a card, cell by cell.
    public struct CombGlyphs: Sendable {
        public var form: String
        public var field: String
        /// The comb's printed format (`DD.MM.YYYY`, `NNN NN`).
        public var format: String
        /// One per cell, nil where nothing is written.
        public var glyphs: [GlyphImage?]

        public init(form: String, field: String, format: String, glyphs: [GlyphImage?]) {
            self.form = form
            self.field = field
            self.format = format
            self.glyphs = glyphs
        }
    }

    /// Every comb of the first page of `document` that is a known form, turned upright and
    /// straightened as `read` does: what `postmottak-dev train-ocr` learns from. Empty when
    /// the page is no known form.
    public func combGlyphs(_ document: ScanDocument) throws -> [CombGlyphs] {
        guard document.pageCount > 0, document.textLayer(at: 0) == nil else { return [] }
        let page = try document.page(at: 0)
        let turns = page.uprightQuarterTurns()
        let upright = (turns == 0 ? page : page.rotated(quarterTurns: turns) ?? page).deskewed()
        guard let (template, geometry) = try recognise(upright) else { return [] }
        let form = FormReader(template: template, geometry: geometry)
        return template.combs.map {
            CombGlyphs(form: template.form, field: $0.field, format: $0.format, glyphs: form.glyphs(of: $0, on: upright))
        }
    }
}
