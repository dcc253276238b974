public import Foundation
public import PostmottakCore
// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// One piece of intake: a message or a scan, from capture to delivery.
public struct IntakeItem: Sendable, Codable, Equatable, Identifiable {
    public var id: Int64?
    public var channel: Channel
    /// What makes a re-fetch recognisable (file digest, or mailbox + UIDVALIDITY + UID).
    public var sourceKey: String
    /// Where it came from, for people: a file name, or mailbox and UID.
    public var source: String
    public var originalSha256: String
    public var originalSize: Int64
    /// False when only the headers were kept (the message was over the size limit).
    public var originalComplete: Bool
    public var receivedAt: Date
    public var status: ItemStatus
    public var messageId: String?
    public var subject: String?
    public var sender: String?
    public var senderName: String?
    public var replyTo: String?
    public var sentAt: Date?
    /// Message-IDs of the In-Reply-To header.
    public var inReplyTo: [String] = []
    /// Message-IDs of the References header.
    public var referenceIds: [String] = []
    /// Blob with the full extraction (headers, text, attachment list) as JSON.
    public var extractionSha256: String?
    /// Blob with the readable text.
    public var textSha256: String?
    public var textSource: TextSource?
    /// SHA-256 of the normalised text, for exact duplicates from the same sender.
    public var contentFingerprint: String?
    /// What the reader noticed could not be read well.
    public var defects: [String] = []
    public var kind: SubmissionKind?
    public var formalType: FormalType?
    public var serviceArea: ServiceArea?
    public var language: Language?
    public var sensitive: Bool?
    /// Why it is sensitive: kinds of evidence, never the numbers.
    public var sensitiveReasons: [String] = []
    /// Why each classification decision was made.
    public var explanation: [String] = []
    public var duplicateOf: Int64?
    public var followupOf: Int64?
    public var needsReview: Bool
    /// Text for the person who reviews; the pipeline decides on `reviewState`.
    public var reviewReason: String?
    /// Why it waits for a person, or that one has looked.
    public var reviewState: ReviewState?
    public var reference: String?
    public var destination: Destination?
    /// Why the item has no number, no destination or is quarantined.
    public var reason: String?
    /// A scanned card's form fields, by name.
    public var fields: [String: String] = [:]
    /// The same message however it was delivered: Message-ID plus the digest of its body.
    public var contentKey: String?
    /// How sure the classifier was of the kind and of the service area (0…1).
    public var kindConfidence: Double?
    public var serviceAreaConfidence: Double?
    /// `exact` or `near` (with `duplicateOf`), `followup` (with `followupOf`).
    public var linkType: LinkType?
    /// The case register's case number (`mappeID`, "2026/123") once it has answered.
    public var caseNumber: String?
    /// The case register's registry entry id (`registreringsID`, "2026/123-1").
    public var registryId: String?
    public var updatedAt: Date

    /// A newly captured item.
    public init(channel: Channel, sourceKey: String, source: String, originalSha256: String, originalSize: Int64,
                originalComplete: Bool = true, receivedAt: Date, status: ItemStatus = .captured) {
        self.channel = channel
        self.sourceKey = sourceKey
        self.source = source
        self.originalSha256 = originalSha256
        self.originalSize = originalSize
        self.originalComplete = originalComplete
        self.receivedAt = receivedAt
        self.status = status
        self.needsReview = false
        self.updatedAt = receivedAt
    }

    /// The column names (explicit, so no key is converted at run time). The list and map
    /// columns hold JSON (GRDB's Codable encoding), never NULL.
    enum CodingKeys: String, CodingKey {
        case id, channel, sourceKey = "source_key", source, originalSha256 = "original_sha256"
        case originalSize = "original_size", originalComplete = "original_complete", receivedAt = "received_at"
        case status, messageId = "message_id", subject, sender, senderName = "sender_name", replyTo = "reply_to"
        case sentAt = "sent_at", inReplyTo = "in_reply_to", referenceIds = "reference_ids"
        case extractionSha256 = "extraction_sha256", textSha256 = "text_sha256", textSource = "text_source"
        case contentFingerprint = "content_fingerprint", defects, kind, formalType = "formal_type"
        case serviceArea = "service_area", language, sensitive, sensitiveReasons = "sensitive_reasons", explanation
        case duplicateOf = "duplicate_of", followupOf = "followup_of", needsReview = "needs_review"
        case reviewReason = "review_reason", reference, destination, reason, fields, contentKey = "content_key"
        case kindConfidence = "kind_confidence", serviceAreaConfidence = "service_area_confidence", linkType = "link_type"
        case caseNumber = "case_number", registryId = "registry_id", reviewState = "review_state"
        case updatedAt = "updated_at"
    }

    /// Every column, for the query interface (`IntakeItem.filter(Columns.status == …)`).
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let channel = Column(CodingKeys.channel)
        public static let sourceKey = Column(CodingKeys.sourceKey)
        public static let source = Column(CodingKeys.source)
        public static let originalSha256 = Column(CodingKeys.originalSha256)
        public static let originalSize = Column(CodingKeys.originalSize)
        public static let originalComplete = Column(CodingKeys.originalComplete)
        public static let receivedAt = Column(CodingKeys.receivedAt)
        public static let status = Column(CodingKeys.status)
        public static let messageId = Column(CodingKeys.messageId)
        public static let subject = Column(CodingKeys.subject)
        public static let sender = Column(CodingKeys.sender)
        public static let senderName = Column(CodingKeys.senderName)
        public static let replyTo = Column(CodingKeys.replyTo)
        public static let sentAt = Column(CodingKeys.sentAt)
        public static let inReplyTo = Column(CodingKeys.inReplyTo)
        public static let referenceIds = Column(CodingKeys.referenceIds)
        public static let extractionSha256 = Column(CodingKeys.extractionSha256)
        public static let textSha256 = Column(CodingKeys.textSha256)
        public static let textSource = Column(CodingKeys.textSource)
        public static let contentFingerprint = Column(CodingKeys.contentFingerprint)
        public static let defects = Column(CodingKeys.defects)
        public static let kind = Column(CodingKeys.kind)
        public static let formalType = Column(CodingKeys.formalType)
        public static let serviceArea = Column(CodingKeys.serviceArea)
        public static let language = Column(CodingKeys.language)
        public static let sensitive = Column(CodingKeys.sensitive)
        public static let sensitiveReasons = Column(CodingKeys.sensitiveReasons)
        public static let explanation = Column(CodingKeys.explanation)
        public static let duplicateOf = Column(CodingKeys.duplicateOf)
        public static let followupOf = Column(CodingKeys.followupOf)
        public static let needsReview = Column(CodingKeys.needsReview)
        public static let reviewReason = Column(CodingKeys.reviewReason)
        public static let reference = Column(CodingKeys.reference)
        public static let destination = Column(CodingKeys.destination)
        public static let reason = Column(CodingKeys.reason)
        public static let fields = Column(CodingKeys.fields)
        public static let contentKey = Column(CodingKeys.contentKey)
        public static let kindConfidence = Column(CodingKeys.kindConfidence)
        public static let serviceAreaConfidence = Column(CodingKeys.serviceAreaConfidence)
        public static let linkType = Column(CodingKeys.linkType)
        public static let caseNumber = Column(CodingKeys.caseNumber)
        public static let registryId = Column(CodingKeys.registryId)
        public static let reviewState = Column(CodingKeys.reviewState)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}

extension IntakeItem: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "intake_item"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
