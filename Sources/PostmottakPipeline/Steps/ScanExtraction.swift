import Foundation
import PostmottakCore
import PostmottakScan
import PostmottakStore
import Logging

extension Pipeline {
    /// captured → extracted (or quarantined) for a scan: the pages read (a known form's
    /// fields from their zones, any other page as free text), kept as an extraction like a
    /// message's, so the later steps treat both alike. The card's own fields go to `fields`.
    func extractScan(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        let raw = try store.blobs.get(item.originalSha256)
        fault?.trapIfTriggered(step: "extract", bytes: raw)
        let pages: [PageReading]
        do {
            guard let reader = scanReader else { throw ScanError.ocr("no OCR engine is configured") }
            pages = try reader.read(try ScanDocument(data: raw, limits: ScanDocument.Limits(configuration)))
        } catch {
            let reason = (error as? ScanError)?.description ?? "\(error)"
            try store.transition(id, from: .captured, step: "extract") { item, _ in
                item.reason = reason
                return .init(status: .quarantined, reason: "quarantined: \(reason)")
            }
            logger.warning("item quarantined", metadata: ["item": "\(id)", "reason": "\(reason)"])
            return
        }
        let findings = try ScanFindings(pages: pages, store: store)
        // A card with nothing ticked and nothing written is no submission; a person decides.
        if let card = findings.card, pages.count == 1, findings.isBlank {
            let reason = "a blank \(card.form) card: nothing is ticked or written"
            try store.transition(id, from: .captured, step: "extract") { item, _ in
                item.reason = reason
                return .init(status: .quarantined, reason: "quarantined: \(reason)")
            }
            logger.warning("item quarantined", metadata: ["item": "\(id)", "reason": "blank card"])
            return
        }
        let text = findings.text
        let extraction = Extraction(
            subject: nil, text: text, authoredText: text, textSource: .ocr,
            defects: pages.compactMap { p in p.confidence < 0.5 && p.fields == nil ? "page \(p.page): OCR confidence \(Int(p.confidence * 100)) %" : nil })
        let textDigest = try store.blobs.put(Data(text.utf8))
        let extractionDigest = try store.blobs.put(try StoredExtraction(extraction: extraction, message: nil).encoded())
        let normalised = TextNormalization.words(text)
        try store.transition(id, from: .captured, step: "extract") { item, tx in
            item.sender = findings.email?.lowercased()
            item.senderName = findings.name
            item.textSha256 = textDigest
            item.extractionSha256 = extractionDigest
            item.textSource = .ocr
            item.contentFingerprint = normalised.isEmpty ? nil : BlobStore.digest(Data(normalised.utf8))
            item.fields = findings.flatFields
            try tx.indexText(of: id, subject: nil, sender: [item.senderName, item.sender].compactMap { $0 }.joined(separator: " "), text: text)
            findings.flagForReview(&item)
            let read = "read \(pages.count) page(s) as \(findings.formName) (\(findings.pageSummary))"
            if findings.review.isEmpty {
                return .init(status: .extracted, reason: read, details: findings.details)
            }
            return .init(status: .review, reason: read + "; waits for a person to check: " + findings.review.joined(separator: ", "),
                         details: findings.details)
        }
    }
}

/// What reading a scan found, in the shape the store keeps: the card's fields (flattened to
/// strings), the fields a person must check with their crops (stored as blobs), and the full
/// readings. Used for a scanned file and for a scan attached to an e-mail alike.
struct ScanFindings {
    let pages: [PageReading]
    /// The first page that is a known form.
    let card: PageReading?
    let fields: [String: FieldReading]
    let review: [String]
    let crops: [String: String]
    let readingsSha256: String

    init(pages: [PageReading], store: Store) throws {
        self.pages = pages
        card = pages.first { $0.fields != nil }
        fields = card?.fields ?? [:]
        review = fields.filter { $0.value.needsReview }.keys.sorted()
        var crops: [String: String] = [:]
        for (name, png) in card?.reviewCrops ?? [:] { crops[name] = try store.blobs.put(png) }
        self.crops = crops
        readingsSha256 = try store.blobs.put(try Pipeline.encodeReadings(pages))
    }

    /// Nothing ticked and nothing written.
    var isBlank: Bool { fields.values.allSatisfy { $0.value == .none } }

    /// The e-mail address on the card, when it was read with confidence.
    var email: String? { fields["email"].flatMap { $0.needsReview ? nil : $0.value.text } }
    var name: String? { fields["name"]?.value.text }
    var formName: String { card.map { "card \($0.form)" } ?? "letter" }
    var text: String { pages.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n") }
    var pageSummary: String { pages.map { "\($0.page): \($0.form) at \($0.rotation)°" }.joined(separator: ", ") }

    var flatFields: [String: String] {
        var flat: [String: String] = [:]
        for (key, reading) in fields {
            switch reading.value {
            case .text(let s): flat[key] = s
            case .flag(let b): flat[key] = b ? "true" : "false"
            case .none: break
            }
        }
        return flat
    }

    /// Marks the item for review when a field must be checked.
    func flagForReview(_ item: inout IntakeItem) {
        guard !review.isEmpty else { return }
        item.needsReview = true
        item.reviewState = .cardFields
        item.reviewReason = "fields to check: " + review.joined(separator: ", ")
    }

    /// The extract event's details: the full readings and the crops a reviewer looks at.
    var details: String? { Pipeline.json(Pipeline.ScanDetails(readingsSha256: readingsSha256, crops: crops)) }
}

extension Pipeline {
    /// What the extract step of a scan records beside its event: the full readings and the
    /// crops a reviewer looks at.
    struct ScanDetails: Codable {
        var readingsSha256: String
        var crops: [String: String]

        enum CodingKeys: String, CodingKey {
            case readingsSha256 = "readings_sha256", crops
        }
    }

    static func encodeReadings(_ pages: [PageReading]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(pages)
    }
}
