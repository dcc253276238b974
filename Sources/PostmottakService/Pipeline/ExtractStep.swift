import Foundation
import PostmottakCore
import PostmottakMail
import PostmottakStore

extension Pipeline {
    /// captured → extracted (or quarantined): MIME to text, headers and attachments.
    func extract(_ item: IntakeItem) throws {
        if item.channel == .scan { return try extractScan(item) }
        guard let id = item.id else { return }
        let raw = try store.blobs.get(item.originalSha256)
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
        let textDigest = try store.blobs.put(Data(parsed.text.utf8))
        let extractionDigest = try store.blobs.put(try StoredExtraction.encode(parsed))
        let normalised = TextNormalization.words(parsed.text)
        let fingerprint = normalised.isEmpty ? nil : BlobStore.digest(Data(normalised.utf8))

        try store.transition(id, from: .captured, step: "extract") { item, tx in
            item.messageId = parsed.messageID
            item.subject = parsed.subject
            item.sender = parsed.from.first?.address.lowercased()
            item.senderName = parsed.from.first?.name
            item.replyTo = parsed.replyTo.first?.address.lowercased()
            item.sentAt = parsed.date
            item.inReplyTo = IntakeItem.json(parsed.inReplyTo)
            item.referenceIds = IntakeItem.json(parsed.references)
            item.textSha256 = textDigest
            item.extractionSha256 = extractionDigest
            item.textSource = parsed.textSource.rawValue
            item.contentFingerprint = fingerprint
            item.defects = IntakeItem.json(parsed.defects)
            try tx.replaceAttachments(of: id, with: records)
            let defects = parsed.defects.isEmpty ? "" : ", \(parsed.defects.count) defect(s) noted"
            return .init(status: .extracted,
                         reason: "extracted: text from \(parsed.textSource.rawValue), \(records.count) attachment(s)\(defects)",
                         details: Pipeline.json(["defects": parsed.defects]))
        }
    }
}
