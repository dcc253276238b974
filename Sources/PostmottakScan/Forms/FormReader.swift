public import Foundation

/// Reads a recognised form's fields from their zones on an upright page.
public struct FormReader: Sendable {
    public let template: FormTemplate
    public let geometry: PageGeometry
    /// Reads the handwritten characters of comb cells, beside Tesseract; nil: Tesseract alone.
    public let cellClassifier: CellClassifier?

    public init(template: FormTemplate, geometry: PageGeometry, cellClassifier: CellClassifier? = nil) {
        self.template = template
        self.geometry = geometry
        self.cellClassifier = cellClassifier
    }

    /// Every checkbox: the ink inside it and around it, and what that means.
    public func checkboxes(on page: PageImage) -> [CheckboxReading] {
        let threshold = page.markThreshold()
        return template.checkboxes.map { box in
            let inside = page.darkFraction(in: geometry.rect(box.box, inset: 0.9), threshold: threshold)
            var outer = box.box
            outer.x -= 2.5
            outer.y -= 2.5
            outer.width += 5
            outer.height += 5
            let whole = page.darkFraction(in: geometry.rect(outer), threshold: threshold)
            return CheckboxReading(field: box.field, value: box.value, ink: inside, spill: whole, mark: Self.mark(ink: inside, spill: whole),
                                   label: box.label, area: PageArea(geometry.rect(box.box), pageWidth: page.width, pageHeight: page.height))
        }
    }

    static func mark(ink: Double, spill: Double) -> CheckboxReading.Mark {
        // A filled box is a firm tick; a scribble that spills far around the box crosses it out.
        if ink >= 0.45, spill >= 0.40 { return .crossedOut }
        if ink >= 0.06 { return .ticked }
        if ink >= 0.03 { return .unsure }
        return .empty
    }
}

extension FormReader {
    /// Where `field` is on the page: the union of its boxes (for a reviewer's crop), a margin around.
    public func zone(of field: String) -> PixelRect? {
        var boxes = template.checkboxes.filter { $0.field == field }.map(\.box)
        boxes += template.textFields.filter { $0.field == field }.map(\.box)
        boxes += template.combs.filter { $0.field == field }.flatMap(\.cells)
        guard !boxes.isEmpty else { return nil }
        let rects = boxes.map { geometry.rect($0, inset: -3) }
        let x0 = rects.map(\.x).min() ?? 0, y0 = rects.map(\.y).min() ?? 0
        let x1 = rects.map { $0.x + $0.width }.max() ?? 0, y1 = rects.map { $0.y + $0.height }.max() ?? 0
        return PixelRect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The field names every card reading reports, in order.
    public static let fieldNames = ["kind", "service_area", "wants_reply", "name", "address", "postal_code", "city", "phone",
                                    "email", "date", "description"]

    /// Every field: from the ticked boxes, and from OCR of each writing box and comb.
    /// With a `deadline` (the page's time budget), every OCR of a zone stops there.
    public func fields(on page: PageImage, pool: OCRPool, boxes: [CheckboxReading], deadline: Date? = nil) throws -> [String: FieldReading] {
        var result: [String: FieldReading] = [:]
        for field in Set(template.checkboxes.map(\.field)) {
            result[field] = choice(field, boxes.filter { $0.field == field })
        }
        let threshold = page.markThreshold()
        for box in template.textFields where box.field != "signature" {
            let rect = geometry.rect(box.box, inset: box.multiline ? 1.5 : 1.1)
            if page.darkFraction(in: rect, threshold: threshold) < 0.002 {
                result[box.field] = FieldReading(value: .none, confidence: 0.95, needsReview: false)
                continue
            }
            var ocr = try pool.withEngine(languages: languages) { try $0.recognize(page, region: rect, mode: box.multiline ? .block : .line, deadline: deadline) }
            var text = box.multiline ? Self.paragraph(ocr.text) : Self.cleanLine(ocr.text, field: box.field)
            if let allowed = Self.characters(ofTextField: box.field) {
                // A second read limited to the field's characters: two readings that agree are
                // trusted; where only the limited one is valid (`@` read as `ø`), it is taken.
                let limited = try pool.withEngine(languages: "eng") { try $0.recognize(page, region: rect, mode: .line, characters: allowed, deadline: deadline) }
                let other = Self.cleanLine(limited.text, field: box.field)
                if other == text {
                    ocr.confidence = max(ocr.confidence, limited.confidence)
                } else if FieldValidation.problem(field: box.field, value: text, language: template.language) != nil,
                          FieldValidation.problem(field: box.field, value: other, language: template.language) == nil {
                    text = other
                    ocr.confidence = limited.confidence
                } else {
                    ocr.confidence = min(ocr.confidence, 0.6)
                }
            }
            // Faint printed rules and nothing read, with hardly any real ink: an empty box.
            if text.isEmpty, page.darkFraction(in: rect, threshold: page.inkThreshold()) < 0.002 {
                result[box.field] = FieldReading(value: .none, confidence: 0.8, needsReview: false)
                continue
            }
            result[box.field] = judged(box.field, text: text, confidence: ocr.confidence)
        }
        for comb in template.combs {
            result[comb.field] = try readComb(comb, on: page, pool: pool, threshold: threshold, deadline: deadline)
        }
        return result
    }

    /// The characters a one-line box may hold, where its field says (an e-mail address, a
    /// phone number written in a box rather than a comb); nil for free text. Without them,
    /// Norwegian models read `@` as `ø`.
    static func characters(ofTextField field: String) -> String? {
        switch field {
        case "email": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.@_-+"
        case "phone": "0123456789 -+()"
        default: nil
        }
    }

    /// The one ticked box of a group; none or several ticked is for a person (wants_reply may be left empty).
    func choice(_ field: String, _ boxes: [CheckboxReading]) -> FieldReading {
        let ticked = boxes.filter { $0.mark == .ticked }
        let unsure = boxes.contains { $0.mark == .unsure }
        let crossed = boxes.filter { $0.mark == .crossedOut }.map(\.value)
        let note = crossed.isEmpty ? "" : "; crossed out: \(crossed.joined(separator: ", "))"
        if ticked.count == 1, let only = ticked.first {
            let value: FieldValue = field == "wants_reply" ? .flag(only.value == "true") : .text(only.value)
            return FieldReading(value: value, confidence: unsure ? 0.6 : 0.98, needsReview: unsure,
                                reason: unsure ? "another box holds a little ink" + note : (crossed.isEmpty ? nil : String(note.dropFirst(2))))
        }
        if ticked.isEmpty, field == "wants_reply", !unsure {
            return FieldReading(value: .none, confidence: 0.9, needsReview: false, reason: "neither box ticked")
        }
        let why = ticked.isEmpty ? "no box ticked" : "\(ticked.count) boxes ticked (\(ticked.map(\.value).joined(separator: ", ")))"
        // Kind and service area then come from the text, whose classification has a
        // confidence of its own (and goes to review below it); a faint mark elsewhere is for a person.
        return FieldReading(value: .none, confidence: 0, needsReview: unsure, reason: why + "; the text decides" + note)
    }

    func judged(_ field: String, text: String, confidence: Double) -> FieldReading {
        guard !text.isEmpty else { return FieldReading(value: .none, confidence: 0.3, needsReview: true, reason: "ink, but no text read") }
        if let problem = FieldValidation.problem(field: field, value: text, language: template.language) {
            return FieldReading(value: .text(text), confidence: min(confidence, 0.3), needsReview: true, reason: problem)
        }
        let low = confidence < Self.reviewBelow
        return FieldReading(value: .text(text), confidence: confidence, needsReview: low,
                            reason: low ? "OCR confidence \(Int(confidence * 100)) % is below \(Int(Self.reviewBelow * 100)) %" : nil)
    }

    /// The form's own language first (Swedish ä is read as å when Norwegian leads), then English.
    var languages: String {
        switch template.language {
        case "sv": "swe+eng"
        case "nb", "nn", "no": "nor+eng"
        default: "nor+swe+eng"
        }
    }

    /// Below this OCR confidence a field goes to review: chosen with `postmottak-dev eval cards
    /// --verbose` on the project's own held-out cards (handwriting fonts never trained on), where
    /// handwritten boxes that Tesseract gave 0.90 to 0.95 were right two times in three, and
    /// 0.95 let none of 153 values through wrong (0.90: 27 of 283).
    static let reviewBelow = 0.95

    /// The confidence of a comb whose two reads agree (measured with `postmottak eval cards`).
    static let agreedCombConfidence = 0.93

    /// The character in each of the comb's cells (nil where nothing is written), as the cell
    /// classifier sees it.
    public func glyphs(of comb: FormTemplate.Comb, on page: PageImage) -> [GlyphImage?] {
        let threshold = page.markThreshold(), ink = page.inkThreshold()
        let (dark, paper) = page.inkAndPaper()
        return comb.cells.map { cell in
            guard page.darkFraction(in: geometry.rect(cell, inset: 0.7), threshold: threshold) >= 0.01 else { return nil }
            return page.glyph(in: geometry.rect(cell, inset: 0.25), borderThreshold: threshold, threshold: ink, ink: dark, paper: paper)
        }
    }

    /// One character per cell, read twice: the written cells side by side on white as one
    /// line (the engine sees the characters in context, without the printed borders), and each
    /// cell alone with white around it. Two reads that agree are trusted; a disagreement or a
    /// cell neither read goes to review. The format puts back the printed separators
    /// (`NNN NN`, `DD.MM.YYYY`). With a cell classifier, the classifier reads the cells instead.
    func readComb(_ comb: FormTemplate.Comb, on page: PageImage, pool: OCRPool, threshold: Int, deadline: Date? = nil) throws -> FieldReading {
        let characters = comb.characters.isEmpty ? nil : comb.characters
        let mm = Double(page.dpi) / 25.4
        var written: [PixelRect] = []
        var positions: [Int] = []
        for (n, cell) in comb.cells.enumerated() where page.darkFraction(in: geometry.rect(cell, inset: 0.7), threshold: threshold) >= 0.01 {
            written.append(geometry.rect(cell, inset: 0.25))
            positions.append(n)
        }
        if written.isEmpty { return FieldReading(value: .none, confidence: 0.95, needsReview: false) }
        if let cellClassifier, !comb.characters.isEmpty, comb.characters.allSatisfy(cellClassifier.classes.contains) {
            return readComb(comb, positions: positions, page: page, classifier: cellClassifier)
        }
        let gap = Int(3 * mm), margin = Int(4 * mm)

        var line: [Character] = []
        var lineConfidence = 0.0
        if let strip = page.composed(cells: written, gap: gap, margin: margin, threshold: threshold) {
            let ocr = try pool.withEngine(languages: languages) { try $0.recognize(strip, mode: .line, characters: characters, deadline: deadline) }
            line = ocr.text.filter { !$0.isWhitespace }.map { $0 }
            lineConfidence = ocr.confidence
        }
        // The second read: the cells closer together, with the English model.
        var single: [Character?] = []
        var singleConfidences: [Double] = []
        if let strip = page.composed(cells: written, gap: Int(1.2 * mm), margin: margin, threshold: threshold) {
            let ocr = try pool.withEngine(languages: "eng") { try $0.recognize(strip, mode: .line, characters: characters, deadline: deadline) }
            let read = ocr.text.filter { !$0.isWhitespace }.map { Optional($0) }
            if read.count == written.count { single = read; singleConfidences = [ocr.confidence] }
        }
        if single.isEmpty {
            for rect in written {
                guard let cell = page.composed(cells: [rect], gap: 0, margin: margin, threshold: threshold) else { single.append(nil); continue }
                let ocr = try pool.withEngine(languages: languages) { try $0.recognize(cell, mode: .character, characters: characters, deadline: deadline) }
                single.append(ocr.text.first { !$0.isWhitespace })
                singleConfidences.append(ocr.confidence)
            }
        }

        var cells: [Character?] = Array(repeating: nil, count: comb.cells.count)
        let confidence: Double
        var reason: String?
        if line.count == written.count {
            for (k, n) in positions.enumerated() { cells[n] = line[k] }
            let agree = zip(line, single).allSatisfy { $0 == $1 }
            if agree {
                // Two reads of different spacing and models that agree on every character are
                // the evidence; Tesseract's own confidence under a character list is often 0.
                confidence = max(lineConfidence, singleConfidences.min() ?? 0, Self.agreedCombConfidence)
            } else {
                confidence = min(lineConfidence, 0.5)
                reason = "the line and the single cells read differently"
            }
        } else {
            for (k, n) in positions.enumerated() { cells[n] = single[k] }
            confidence = min(singleConfidences.min() ?? 0, 0.6)
            reason = "the line read \(line.count) of \(written.count) characters"
        }
        guard cells.allSatisfy({ $0 != nil }) else {
            let partial = String(cells.map { $0 ?? "_" })
            return FieldReading(value: .text(partial), confidence: min(confidence, 0.3), needsReview: true,
                                reason: positions.count < comb.cells.count ? "some cells are empty" : (reason ?? "a cell was not read"))
        }
        var reading = judged(comb.field, text: Self.formatted(cells.compactMap { $0 }, format: comb.format), confidence: confidence)
        if let reason, reading.needsReview, reading.reason?.hasPrefix("OCR confidence") == true { reading.reason = reason }
        return reading
    }

    /// The comb read by the cell classifier, cell by cell: its value is accepted when the
    /// probability that every cell is right is at least `cellAcceptAlone`, else a person looks,
    /// told which cell was unsure. Tesseract's read of the cells as one line is not asked: on
    /// the project's own held-out fonts, of the combs it agreed on below that probability, one
    /// in five was wrong, both readers wrong alike (a 9 read as 3 by both).
    func readComb(_ comb: FormTemplate.Comb, positions: [Int], page: PageImage, classifier: CellClassifier) -> FieldReading {
        let glyphs = glyphs(of: comb, on: page)
        var cells: [Character?] = Array(repeating: nil, count: comb.cells.count)
        var probability = 1.0
        var weakest: (cell: Int, guess: CellClassifier.Guess)?
        for n in positions {
            guard let glyph = glyphs[n] else { continue }
            let guess = classifier.best(glyph)
            cells[n] = guess.character
            probability *= guess.probability
            if guess.probability < (weakest?.guess.probability ?? 2) { weakest = (n, guess) }
        }
        guard cells.allSatisfy({ $0 != nil }) else {
            return FieldReading(value: .text(String(cells.map { $0 ?? "_" })), confidence: min(probability, 0.3), needsReview: true,
                                reason: "some cells are empty")
        }
        let value = Self.formatted(cells.compactMap { $0 }, format: comb.format)
        if let problem = FieldValidation.problem(field: comb.field, value: value, language: template.language) {
            return FieldReading(value: .text(value), confidence: min(probability, 0.3), needsReview: true, reason: problem)
        }
        if probability >= Self.cellAcceptAlone {
            return FieldReading(value: .text(value), confidence: probability, needsReview: false)
        }
        let unsure = weakest.map { " (cell \($0.cell + 1): \($0.guess.character) at \(Int($0.guess.probability * 100)) %)" } ?? ""
        return FieldReading(value: .text(value), confidence: probability, needsReview: true,
                            reason: "the cell reader (\(classifier.version)) is unsure" + unsure)
    }

    /// Below this probability that every cell is right, a comb goes to a person (chosen with
    /// `postmottak-dev train-ocr --check` on the project's own held-out fonts: at 0.98, half
    /// the combs were accepted and none of them was wrong; at 0.95, 0.6 % were).
    static let cellAcceptAlone = 0.98

    /// A comb's characters with the format's printed separators put back (`NNN NN`), a date
    /// as ISO 8601.
    static func formatted(_ chars: [Character], format: String) -> String {
        var value = ""
        var i = 0
        if format == "DD.MM.YYYY" || format == "YYYY-MM-DD" {
            let s = String(chars)
            value = format == "DD.MM.YYYY" && s.count == 8
                ? "\(s.suffix(4))-\(s.dropFirst(2).prefix(2))-\(s.prefix(2))"
                : s.count == 8 ? "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))" : s
        } else {
            for f in format {
                if f.isLetter, i < chars.count { value.append(chars[i]); i += 1 } else if !f.isLetter { value.append(f) }
            }
        }
        return value
    }

    /// A writing box's lines as one paragraph (a word broken at a line's end is joined).
    static func paragraph(_ text: String) -> String {
        var out = ""
        for line in text.split(whereSeparator: \.isNewline) {
            let l = line.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "|_")))
            guard !l.isEmpty else { continue }
            if out.hasSuffix("-"), let first = l.first, first.isLowercase { out.removeLast(); out += l; continue }
            out += out.isEmpty ? l : " " + l
        }
        return out
    }

    /// One line, without the box's borders that OCR may read as characters.
    static func cleanLine(_ text: String, field: String) -> String {
        var s = text.split(whereSeparator: \.isNewline).map(String.init).joined(separator: " ")
        s = s.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "|_[]")))
        s = s.split(separator: " ").joined(separator: " ")
        if field == "email" { s = s.replacingOccurrences(of: " ", with: "").lowercased() }
        return s
    }
}
