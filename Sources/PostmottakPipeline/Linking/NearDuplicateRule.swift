import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// Nearly the same text from the same sender within the window (any channel): a message
/// re-sent with small edits. Found through the MinHash band index (word 3-shingles), or,
/// for a text rewritten more than shingles survive (sentences reordered, one rewritten, a
/// line added on top), by the topic words it shares with one of the sender's own earlier
/// messages.
struct NearDuplicateRule: LinkRule {
    /// Topic-word similarity from which a same-sender text is the same again.
    static let sameTopicWords = 0.5
    /// Fewer topic words than this and a text is too short to compare by them.
    static let minimumTopicWords = 6

    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        guard let sender = item.sender else { return nil }
        if let signature = context.signature {
            let best = try tx.nearCandidates(of: signature, before: context.id, sender: sender, since: context.nearWindowStart)
                .filter { $0.receivedAt <= context.when.addingTimeInterval(86_400) }
                .map { ($0, $0.signature.similarity(to: signature)) }
                .max { $0.1 < $1.1 }
            if let (candidate, similarity) = best, similarity >= context.linking.nearDuplicateSimilarity,
               let found = try tx.item(candidate.itemID), let result = join(&item, found, context, tx,
                   why: String(format: "%.0f %% of the text the same", similarity * 100)) {
                return result
            }
        }
        let (mine, names) = (context.topic, context.senderNames)
        guard mine.stems.count >= Self.minimumTopicWords else { return nil }
        let scored = try tx.items(fromSender: sender, before: context.id, since: context.nearWindowStart).map { earlier in
            (earlier, mine.similarity(to: TopicWords((earlier.subject ?? "") + "\n" + context.text(earlier), ignoring: names)))
        }
        // The most similar; of equals, the latest (the list comes latest first).
        guard let (found, similarity) = scored.reduce(nil as (IntakeItem, Double)?, { best, next in
            next.1 > (best?.1 ?? -1) ? next : best
        }), similarity >= Self.sameTopicWords else { return nil }
        return join(&item, found, context, tx, why: String(format: "%.0f %% of its topic words the same", similarity * 100))
    }

    /// `item` joins the case at the end of `found`'s chain (the candidate may itself be an
    /// unnumbered duplicate or follow-up): numbered, or waiting in review for its number. A
    /// chain that ends without a number joins nothing.
    private func join(_ item: inout IntakeItem, _ found: IntakeItem, _ context: LinkContext, _ tx: StoreTransaction,
                      why: String) -> Store.StepResult? {
        guard let root = try? tx.caseChainTop(of: found), root.reference != nil || root.status == .review,
              let rid = root.id, rid != context.id else { return nil }
        item.duplicateOf = rid
        item.linkType = .near
        LinkRules.adoptCase(of: root, into: &item)
        return .init(status: .linked, reason: "near duplicate of item \(rid): the same sender, \(why)")
    }
}
