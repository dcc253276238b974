import Crypto
public import Foundation
import PostmottakCore
import PostmottakTransport
public import PostmottakStore

/// Delivers a JSON notice of a submission to a webhook (the municipality's deviation system),
/// signed with HMAC-SHA256 over the exact body in `X-Postmottak-Signature: sha256=<hex>`.
/// `X-Postmottak-Delivery` carries the outbox entry's idempotency key, so a receiver can drop
/// a repeat: delivery is at least once, with the outbox's retries. A sensitive submission's
/// subject is left out.
public struct WebhookConnector: OutboxConnector {
    public let effect = OutboxEntry.Effect.webhook
    public let store: Store
    public let url: String
    public let secret: String
    public let caFile: String?
    public let timeoutSeconds: Double

    public init(store: Store, url: String, secret: String, caFile: String? = nil, timeoutSeconds: Double = 30) {
        self.store = store
        self.url = url
        self.secret = secret
        self.caFile = caFile
        self.timeoutSeconds = timeoutSeconds
    }

    /// What the webhook receives.
    struct Payload: Encodable {
        var event = "submission.accepted"
        var reference: String?
        var caseReference: String?
        var itemID: Int64
        var channel: String
        var kind: String?
        var formalType: String?
        var serviceArea: String?
        var language: String?
        var sensitive: Bool
        var subject: String?
        var receivedAt: Date

        enum CodingKeys: String, CodingKey {
            case event, reference, channel, kind, language, sensitive, subject
            case caseReference = "case_reference", itemID = "item_id", formalType = "formal_type", serviceArea = "service_area"
            case receivedAt = "received_at"
        }
    }

    /// The signature header's value for `body`.
    public static func signature(of body: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    public func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        let body: Data
        do {
            guard let item = try store.item(entry.itemId), let id = item.id else { throw DeliveryError.permanent("item \(entry.itemId) does not exist") }
            let caseReference = try item.reference ?? (item.followupOf ?? item.duplicateOf).flatMap { try store.item($0)?.reference }
            let payload = Payload(reference: item.reference, caseReference: caseReference, itemID: id, channel: item.channel.rawValue,
                                  kind: item.kind?.rawValue, formalType: item.formalType?.rawValue, serviceArea: item.serviceArea?.rawValue,
                                  language: item.language?.rawValue, sensitive: item.sensitive ?? false,
                                  subject: item.sensitive == true ? nil : item.subject, receivedAt: item.receivedAt)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            body = try encoder.encode(payload)
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw .transient("cannot compose the webhook notice: \(error)")
        }
        let response: HTTPPost.Response
        do {
            response = try HTTPPost.send(String(decoding: body, as: UTF8.self), to: url, headers: [
                "Content-Type: application/json", "X-Postmottak-Signature: \(Self.signature(of: body, secret: secret))",
                "X-Postmottak-Delivery: \(entry.idempotencyKey)",
            ], timeoutSeconds: timeoutSeconds, caFile: caFile)
        } catch {
            throw .transient(error.description)
        }
        switch response.status {
        case 200..<300: return "webhook \(HTTPPost.origin(url)) answered \(response.status)"
        case 408, 425, 429, 500...: throw .transient("the webhook answered \(response.status)")
        default: throw .permanent("the webhook refused the notice with \(response.status)")
        }
    }
}
