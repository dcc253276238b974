import Foundation
import PostmottakCore
public import PostmottakStore

/// One intake item as `postmottak export` prints it.
public struct ExportRow: Sendable, Codable, Equatable {
    public var id: Int64
    public var channel: String
    public var source: String
    public var messageId: String?
    public var receivedAt: String
    public var reference: String?
    public var status: String
    public var kind: String?
    public var formalType: String?
    public var serviceArea: String?
    public var language: String?
    public var sensitive: Bool
    public var destination: String?
    /// The case register's case number and registry entry id, once it has answered.
    public var caseNumber: String?
    public var registryId: String?
    public var duplicateOf: Int64?
    public var followupOf: Int64?
    /// `exact` or `near` for a duplicate, `followup` for a follow-up.
    public var linkType: String?
    public var kindConfidence: Double?
    public var serviceAreaConfidence: Double?
    /// Why each decision was made: the rule, or the model's confidence and the words that weighed most.
    public var explanation: [String]
    public var sensitiveReasons: [String]
    public var needsReview: Bool
    public var reason: String?
    public var fields: [String: String]?
    public var originalSha256: String
    public var attachments: [String]
    public var delivered: [String]

    enum CodingKeys: String, CodingKey {
        case id, channel, source, messageId = "message_id", receivedAt = "received_at", reference, status, kind
        case formalType = "formal_type", serviceArea = "service_area", language, sensitive, destination
        case caseNumber = "case_number", registryId = "registry_id"
        case duplicateOf = "duplicate_of", followupOf = "followup_of", linkType = "link_type", needsReview = "needs_review", reason, fields
        case kindConfidence = "kind_confidence", serviceAreaConfidence = "service_area_confidence", explanation
        case sensitiveReasons = "sensitive_reasons"
        case originalSha256 = "original_sha256", attachments, delivered
    }

    /// The columns of the CSV form, in order.
    public static let csvColumns = [
        "id", "channel", "source", "message_id", "received_at", "reference", "status", "kind", "formal_type", "service_area",
        "language", "sensitive", "destination", "case_number", "registry_id", "duplicate_of", "followup_of", "link_type", "kind_confidence",
        "service_area_confidence", "needs_review", "reason", "original_sha256",
    ]

    /// Every free-text value is written with identity numbers masked: a Message-ID, a file
    /// name or a card's field can hold one, and an export leaves the building.
    public init(item: IntakeItem, attachments: [AttachmentRecord], outbox: [OutboxEntry]) {
        let detector = IdentityNumberDetector()
        let mask = { (s: String) in detector.masked(s) }
        let maskIdentifier = { (s: String) in detector.masked(s, context: .identifier) }
        id = item.id ?? 0
        channel = item.channel.rawValue
        source = maskIdentifier(item.source)
        messageId = item.messageId.map(maskIdentifier)
        receivedAt = ISO8601DateFormatter().string(from: item.receivedAt)
        reference = item.reference
        status = item.status.rawValue
        kind = item.kind?.rawValue
        formalType = item.formalType?.rawValue
        serviceArea = item.serviceArea?.rawValue
        language = item.language?.rawValue
        sensitive = item.sensitive ?? false
        destination = item.destination?.rawValue
        caseNumber = item.caseNumber
        registryId = item.registryId
        duplicateOf = item.duplicateOf
        followupOf = item.followupOf
        linkType = item.linkType?.rawValue
        kindConfidence = item.kindConfidence.map { ($0 * 1000).rounded() / 1000 }
        serviceAreaConfidence = item.serviceAreaConfidence.map { ($0 * 1000).rounded() / 1000 }
        explanation = item.explanation.map(mask)
        sensitiveReasons = item.sensitiveReasons.map(mask)
        needsReview = item.needsReview
        var why = item.reason ?? item.reviewReason
        if item.status == .dispatched, let parked = outbox.first(where: { $0.status == .parked }) {
            why = "delivery parked: \(parked.lastError ?? "")"
        }
        reason = why.map(mask)
        fields = item.fields.isEmpty ? nil : item.fields.mapValues(mask)
        originalSha256 = item.originalSha256
        self.attachments = attachments.map { maskIdentifier($0.fileName) }
        delivered = outbox.filter { $0.status == .delivered }.compactMap { o in o.result.map { "\(o.effect.rawValue):\($0)" } }
    }

    func csvValues() -> [String] {
        [String(id), channel, source, messageId ?? "", receivedAt, reference ?? "", status, kind ?? "", formalType ?? "",
         serviceArea ?? "", language ?? "", sensitive ? "true" : "false", destination ?? "",
         caseNumber ?? "", registryId ?? "",
         duplicateOf.map(String.init) ?? "", followupOf.map(String.init) ?? "", linkType ?? "",
         kindConfidence.map { String($0) } ?? "", serviceAreaConfidence.map { String($0) } ?? "", needsReview ? "true" : "false",
         reason ?? "", originalSha256]
    }
}
