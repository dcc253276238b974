import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// A quoted reference number: the sender of the case (or its reply address) quoting it
/// joins the case; a stranger quoting it is not joined without review.
struct QuotedReferenceRule: LinkRule {
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        for reference in context.quoted {
            guard let owner = try tx.item(reference: reference), let oid = owner.id, oid != context.id else { continue }
            let senders = Set([owner.sender, owner.replyTo].compactMap { $0 })
            if let sender = item.sender, senders.contains(sender) || senders.contains(item.replyTo ?? "") {
                item.followupOf = oid
                item.linkType = .followup
                LinkRules.adoptCase(of: owner, into: &item)
                return .init(status: .linked, reason: "follow-up of case \(reference): the sender quotes its reference number")
            }
            let note = "quotes reference \(reference), which belongs to another sender's case (item \(oid)); not joined without review"
            item.needsReview = true
            item.reviewState = .strangerReference
            item.reviewReason = note
            return .init(status: .linked, reason: "new submission; \(note)")
        }
        return nil
    }
}
