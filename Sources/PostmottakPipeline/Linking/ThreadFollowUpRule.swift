import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// An answer in a thread: In-Reply-To or References names a message of a case.
struct ThreadFollowUpRule: LinkRule {
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        for messageID in context.threadIDs {
            guard let parent = try tx.originalItem(messageID: messageID, before: context.id),
                  let root = try LinkRules.caseRoot(of: parent, tx), let rid = root.id else { continue }
            item.followupOf = rid
            item.linkType = .followup
            LinkRules.adoptCase(of: root, into: &item)
            return .init(status: .linked, reason: "follow-up of case \(root.reference ?? "item \(rid)"): it answers message item \(parent.id ?? 0)")
        }
        return nil
    }
}
