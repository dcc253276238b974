import Foundation
import PostmottakCore
import PostmottakMail
import PostmottakScan
import PostmottakStore
import PostmottakConfig
import Logging

extension Pipeline {
    /// captured → extracted (or quarantined): MIME to text, headers and attachments.
    func extract(_ item: IntakeItem) throws {
        if item.channel == .scan { return try extractScan(item) }
        guard let id = item.id else { return }
        let raw = try store.blobs.get(item.originalSha256)
        fault?.trapIfTriggered(step: "extract", bytes: raw)
        let parsed: ParsedMessage
        do {
            parsed = try parser.parse(raw)
        } catch {
            try store.transition(id, from: .captured, step: "extract") { item, _ in
                item.reason = error.description
                return .init(status: .quarantined, reason: "quarantined: \(error.description)")
            }
            logger.warning("item quarantined", metadata: ["item": "\(id)", "reason": "\(error.description)"])
            return
        }

        // Blobs first (content-addressed, so a repeat after a crash writes nothing new).
        var records: [AttachmentRecord] = []
        for (n, attachment) in parsed.attachments.enumerated() {
            let digest = try store.blobs.put(attachment.data)
            records.append(AttachmentRecord(
                itemId: id, ordinal: n + 1, fileName: attachment.fileName.value, declaredFileName: attachment.declaredFileName,
                contentType: attachment.contentType, contentId: attachment.contentID, isInline: attachment.isInline,
                size: Int64(attachment.data.count), sha256: digest))
        }
        // A picture or PDF attached goes through the same reading as a scan: a card
        // photographed and mailed in is still a card, and a scanned letter's text counts.
        var message = parsed
        let scans = readAttachedScans(parsed.attachments, itemID: id)
        let documents = readAttachedDocuments(parsed.attachments, itemID: id)
        message.defects += scans.defects + documents.defects
        let attached = [documents.text, scans.text].filter { !$0.isEmpty }.joined(separator: "\n\n")
        if !attached.isEmpty {
            message.text += (message.text.isEmpty ? "" : "\n\n") + attached
            let authored = message.newText ?? message.text
            // With (almost) nothing typed in the mail itself, the attachment is what the sender says.
            if TextNormalization.words(authored).count < 40 { message.newText = [authored, attached].filter { !$0.isEmpty }.joined(separator: "\n\n") }
        }
        let card = scans.card
        let textDigest = try store.blobs.put(Data(message.text.utf8))
        let extractionDigest = try store.blobs.put(try StoredExtraction(extraction: message.extraction, message: message).encoded())
        let normalised = TextNormalization.words(message.text)
        let fingerprint = normalised.isEmpty ? nil : BlobStore.digest(Data(normalised.utf8))

        try store.transition(id, from: .captured, step: "extract") { item, tx in
            item.messageId = parsed.messageID
            item.subject = parsed.subject
            item.sender = parsed.from.first?.address.lowercased()
            item.senderName = parsed.from.first?.name
            item.replyTo = parsed.replyTo.first?.address.lowercased()
            item.sentAt = parsed.date
            item.inReplyTo = parsed.inReplyTo
            item.referenceIds = parsed.references
            item.textSha256 = textDigest
            item.extractionSha256 = extractionDigest
            item.textSource = parsed.textSource
            item.contentFingerprint = fingerprint
            item.defects = message.defects
            try tx.replaceAttachments(of: id, with: records)
            try tx.indexText(of: id, subject: item.subject, sender: [item.senderName, item.sender].compactMap { $0 }.joined(separator: " "),
                             text: message.text)
            let defects = message.defects.isEmpty ? "" : ", \(message.defects.count) defect(s) noted"
            var reason = "extracted: text from \(parsed.textSource.rawValue), \(records.count) attachment(s)\(defects)"
            if scans.read > 0 { reason += ", \(scans.read) read as scan(s)" }
            guard let card else {
                return .init(status: .extracted, reason: reason, details: Pipeline.json(["defects": message.defects]))
            }
            // The card's fields, as for a scanned card; the sender's address stays the mail's.
            item.fields = card.flatFields
            card.flagForReview(&item)
            let details = Pipeline.json(MailExtractDetails(defects: message.defects, readingsSha256: card.readingsSha256, crops: card.crops))
            reason += "; attachment \(scans.cardAttachment ?? "") is a \(card.formName) (\(card.pageSummary))"
            if card.review.isEmpty { return .init(status: .extracted, reason: reason, details: details) }
            return .init(status: .review, reason: reason + "; waits for a person to check: " + card.review.joined(separator: ", "), details: details)
        }
    }
}

extension Pipeline {
    /// At most this many attached pictures or PDFs are read per message, each at most this big.
    static let scannedAttachmentLimit = 4
    static let scannedAttachmentMaxBytes = 20 * 1024 * 1024

    /// What the attached scans of one message gave.
    struct AttachedScans {
        var read = 0
        /// The first attachment that is a known form, with its findings.
        var card: ScanFindings?
        var cardAttachment: String?
        /// Text worth classifying: a PDF's text layer, a card's fields, a letter OCRed with confidence.
        var text = ""
        var defects: [String] = []
    }

    /// Reads the pictures and PDFs among `attachments`. One that cannot be read is a defect of
    /// the message, not a reason to quarantine it (the mail itself is fine).
    func readAttachedScans(_ attachments: [MailAttachment], itemID: Int64) -> AttachedScans {
        var result = AttachedScans()
        guard let reader = scanReader else { return result }
        var texts: [String] = []
        // One budget for the message: its pictures and PDFs together decode at most what one
        // scan may (pixels and pages), are tried at most `scannedAttachmentLimit` times, and
        // take at most `pipeline.item_time_budget_seconds` in all.
        var limits = ScanDocument.Limits(configuration)
        var tried = 0
        let deadline = Date().addingTimeInterval(configuration.pipeline.itemTimeBudgetSeconds)
        for attachment in attachments where ScanDocument.format(of: attachment.data) != nil {
            let name = attachment.fileName.value
            guard tried < Self.scannedAttachmentLimit else {
                result.defects.append("attachment \(name): not read as a scan (more than \(Self.scannedAttachmentLimit) pictures or PDFs)")
                continue
            }
            guard Date() < deadline, limits.maxPages > 0 else {
                result.defects.append("attachment \(name): not read as a scan (the message's time or page budget is spent)")
                continue
            }
            tried += 1
            limits.pageTimeBudget = min(limits.pageTimeBudget, max(1, deadline.timeIntervalSinceNow))
            guard attachment.data.count <= Self.scannedAttachmentMaxBytes else {
                result.defects.append("attachment \(name): not read as a scan (over \(Self.scannedAttachmentMaxBytes) bytes)")
                continue
            }
            do {
                let document = try ScanDocument(data: attachment.data, limits: limits)
                limits.maxDocumentPixels = max(1, limits.maxDocumentPixels - document.totalPixels)
                limits.maxPages -= document.pageCount
                let pages = try reader.read(document)
                result.read += 1
                let findings = try ScanFindings(pages: pages, store: store)
                if findings.card != nil, !findings.isBlank, result.card == nil {
                    result.card = findings
                    result.cardAttachment = name
                }
                for page in pages {
                    let letters = page.text.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count
                    if page.fields != nil || page.source == .textLayer || (page.confidence >= 0.6 && letters >= 20) {
                        texts.append(page.text)
                    }
                }
            } catch {
                let reason = (error as? ScanError)?.description ?? "\(error)"
                result.defects.append("attachment \(name): cannot be read as a scan: \(reason)")
                logger.notice("an attached picture cannot be read", metadata: ["item": "\(itemID)", "reason": "\(reason)"])
            }
        }
        result.text = texts.filter { !$0.isEmpty }.joined(separator: "\n\n")
        return result
    }

    /// At most this many attached documents (text, HTML, DOCX, ODT, RTF) are read per message.
    static let documentAttachmentLimit = 10

    /// The text of the documents among `attachments`, each under a line naming it. One that
    /// cannot be read, or is cut off, is a defect of the message.
    func readAttachedDocuments(_ attachments: [MailAttachment], itemID: Int64) -> (text: String, defects: [String]) {
        var texts: [String] = []
        var defects: [String] = []
        var read = 0
        for attachment in attachments where !attachment.isInline || attachment.declaredFileName != nil {
            guard let format = AttachmentText.format(contentType: attachment.contentType, fileName: attachment.declaredFileName,
                                                     data: attachment.data) else { continue }
            let name = attachment.fileName.value
            guard read < Self.documentAttachmentLimit else {
                defects.append("attachment \(name): not read (more than \(Self.documentAttachmentLimit) documents)")
                continue
            }
            read += 1
            do {
                let reading = try AttachmentText.read(attachment.data, as: format)
                if reading.truncated { defects.append("attachment \(name): only the first \(AttachmentText.Limits().maxCharacters) characters are read") }
                if !reading.text.isEmpty { texts.append("[\(name)]\n" + reading.text) }
            } catch {
                defects.append("attachment \(name): \(error.description)")
                logger.notice("an attached document cannot be read", metadata: ["item": "\(itemID)", "format": "\(format.rawValue)"])
            }
        }
        return (texts.joined(separator: "\n\n"), defects)
    }

    /// The extract event's details for a message with a card attached: its defects, and what
    /// the review queue needs (the card's readings and crops).
    struct MailExtractDetails: Codable {
        var defects: [String]
        var readingsSha256: String
        var crops: [String: String]

        enum CodingKeys: String, CodingKey {
            case defects, readingsSha256 = "readings_sha256", crops
        }
    }
}
