import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// Nearly the same text from the same sender within the window (any channel), found through
/// the MinHash band index: a message re-sent with small edits.
struct NearDuplicateRule: LinkRule {
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        guard let signature = context.signature, let sender = item.sender else { return nil }
        let best = try tx.nearCandidates(of: signature, before: context.id, sender: sender, since: context.nearWindowStart)
            .filter { $0.receivedAt <= context.when.addingTimeInterval(86_400) }
            .map { ($0, $0.signature.similarity(to: signature)) }
            .max { $0.1 < $1.1 }
        // The case is the end of the candidate's chain (the candidate may itself be an
        // unnumbered duplicate or follow-up): numbered, or waiting in review for its number.
        // A chain that ends without a number joins nothing.
        guard let (candidate, similarity) = best, similarity >= context.linking.nearDuplicateSimilarity,
              let found = try tx.item(candidate.itemID) else { return nil }
        let root = try tx.caseChainTop(of: found)
        guard root.reference != nil || root.status == .review, let rid = root.id, rid != context.id else { return nil }
        item.duplicateOf = rid
        item.linkType = .near
        LinkRules.adoptCase(of: root, into: &item)
        return .init(status: .linked, reason: String(format: "near duplicate of item %lld: the same sender, %.0f %% of the text the same", rid, similarity * 100))
    }
}
