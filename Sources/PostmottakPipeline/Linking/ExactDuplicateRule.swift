import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// The same message again: the same Message-ID from any mailbox, the same bytes, or the
/// same normalised text from the same sender within the window.
struct ExactDuplicateRule: LinkRule {
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        var original: (IntakeItem, String)?
        if let messageID = item.messageId, let o = try tx.originalItem(messageID: messageID, before: context.id) {
            original = (o, "the same Message-ID")
        } else if let o = try tx.originalItem(digest: item.originalSha256, before: context.id) {
            original = (o, "the same bytes")
        } else if let sender = item.sender, let fp = item.contentFingerprint,
                  let o = try tx.originalItem(sender: sender, fingerprint: fp, before: context.id),
                  (o.sentAt ?? o.receivedAt) >= context.nearWindowStart {
            original = (o, "the same text from the same sender")
        }
        guard let (o, why) = original, let oid = o.id else { return nil }
        item.duplicateOf = oid
        item.linkType = .exact
        LinkRules.adoptCase(of: o, into: &item)
        return .init(status: .linked, reason: "exact duplicate of item \(oid): \(why)")
    }
}
