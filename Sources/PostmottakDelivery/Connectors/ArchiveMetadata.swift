public import Foundation
import PostmottakStore
import PostmottakCore

/// `data/metadata.json` of an archive package: the item and every decision with its reason.
public struct ArchiveMetadata: Sendable, Codable, Equatable {
    public struct Attachment: Sendable, Codable, Equatable {
        public var fileName: String
        public var declaredFileName: String?
        public var contentType: String
        public var size: Int64
        public var sha256: String
    }

    public struct Event: Sendable, Codable, Equatable {
        public var at: Date
        public var step: String
        public var fromStatus: String?
        public var toStatus: String
        public var reason: String
    }

    public var schema = "postmottak-archive-metadata/1"
    public var itemId: Int64
    public var reference: String?
    public var caseReference: String
    public var channel: String
    public var source: String
    public var receivedAt: Date
    public var messageId: String?
    public var inReplyTo: [String]
    public var subject: String?
    public var sender: String?
    public var senderName: String?
    public var sentAt: Date?
    public var kind: String?
    public var formalType: String?
    public var serviceArea: String?
    public var language: String?
    public var sensitive: Bool
    public var sensitiveReasons: [String]
    public var destination: String?
    public var followupOf: Int64?
    public var duplicateOf: Int64?
    /// `exact`, `near` or `followup`: how the item is linked to `duplicateOf` / `followupOf`.
    public var linkType: String?
    public var kindConfidence: Double?
    public var serviceAreaConfidence: Double?
    /// Where the text came from (plain, html, ocr, text layer).
    public var textSource: String?
    /// The fields read from a paper card.
    public var fields: [String: String]?
    public var needsReview: Bool
    public var reviewReason: String?
    public var explanation: [String]
    public var defects: [String]
    public var original: Attachment
    public var attachments: [Attachment]
    public var events: [Event]

    init(item: IntakeItem, caseReference: String, originalName: String, attachments: [AttachmentRecord], events: [ItemEvent]) {
        itemId = item.id ?? 0
        reference = item.reference
        self.caseReference = caseReference
        channel = item.channel.rawValue
        source = item.source
        receivedAt = item.receivedAt
        messageId = item.messageId
        inReplyTo = item.inReplyTo
        subject = item.subject
        sender = item.sender
        senderName = item.senderName
        sentAt = item.sentAt
        kind = item.kind?.rawValue
        formalType = item.formalType?.rawValue
        serviceArea = item.serviceArea?.rawValue
        language = item.language?.rawValue
        sensitive = item.sensitive ?? false
        sensitiveReasons = item.sensitiveReasons
        destination = item.destination?.rawValue
        followupOf = item.followupOf
        duplicateOf = item.duplicateOf
        linkType = item.linkType?.rawValue
        kindConfidence = item.kindConfidence
        serviceAreaConfidence = item.serviceAreaConfidence
        textSource = item.textSource?.rawValue
        let cardFields = item.fields
        fields = cardFields.isEmpty ? nil : cardFields
        needsReview = item.needsReview
        reviewReason = item.reviewReason
        explanation = item.explanation
        defects = item.defects
        original = Attachment(fileName: originalName, declaredFileName: nil,
                              contentType: CaseRegistration.original(of: item, key: caseReference, subject: "").mimeType,
                              size: item.originalSize, sha256: item.originalSha256)
        self.attachments = attachments.map {
            Attachment(fileName: $0.fileName, declaredFileName: $0.declaredFileName, contentType: $0.contentType, size: $0.size, sha256: $0.sha256)
        }
        self.events = events.map {
            Event(at: $0.at, step: $0.step, fromStatus: $0.fromStatus?.rawValue, toStatus: $0.toStatus.rawValue, reason: $0.reason)
        }
    }

    enum CodingKeys: String, CodingKey {
        case schema, itemId = "item_id", reference, caseReference = "case_reference", channel, source
        case receivedAt = "received_at", messageId = "message_id", inReplyTo = "in_reply_to", subject, sender
        case senderName = "sender_name", sentAt = "sent_at", kind, formalType = "formal_type", serviceArea = "service_area"
        case language, sensitive, sensitiveReasons = "sensitive_reasons", destination, followupOf = "followup_of"
        case duplicateOf = "duplicate_of", linkType = "link_type", kindConfidence = "kind_confidence"
        case serviceAreaConfidence = "service_area_confidence", textSource = "text_source", fields, needsReview = "needs_review", reviewReason = "review_reason", explanation
        case defects, original, attachments, events
    }
}
