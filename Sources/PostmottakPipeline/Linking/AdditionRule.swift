import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// An addition without threading headers ("I forgot to say…", "Hei igjen, samme sted…", a
/// re-used subject): the same sender's earlier message within the follow-up window that it
/// is about. A sender writes about more than one matter, so the earlier message must share
/// the topic, unless the addition says plainly that it adds to the latest one; one that says
/// it is about another matter joins nothing. Without any cue or the same subject it joins
/// nothing either: two matters wrongly merged are worse than one case given two numbers.
struct AdditionRule: LinkRule {
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        guard let sender = item.sender else { return nil }
        let candidates = try tx.items(fromSender: sender, before: context.id,
                                      since: context.when.addingTimeInterval(-context.linking.followupWindowDays * 86_400))
        let cue = AdditionCue(subject: item.subject, text: context.authored)
        guard !candidates.isEmpty, cue != .anotherMatter else { return nil }
        let (mine, names) = (context.topic, context.senderNames)
        let mySubject = Pipeline.strippedSubject(item.subject).lowercased()

        var best: (root: IntakeItem, score: Int, why: String)?
        for (position, candidate) in candidates.enumerated() {
            let root = try tx.caseChainTop(of: candidate)
            // A case to join: numbered, or waiting in review for its number.
            guard root.reference != nil || root.status == .review, let rid = root.id, rid != context.id else { continue }
            let theirs = TopicWords((candidate.subject ?? "") + "\n" + context.text(candidate), ignoring: names)
            let shared = mine.shared(with: theirs)
            let sameSubject = !mySubject.isEmpty && mySubject == Pipeline.strippedSubject(candidate.subject).lowercased()
            let why: String?
            switch (cue, sameSubject, shared) {
            case (_, true, _): why = "the same subject"
            case (.explicit, _, 1...): why = "it says it adds to an earlier message, about the same thing"
            case (.explicit, _, _) where position == 0: why = "it says it adds to the sender's latest message"
            case (.weak, _, 3...): why = "it refers back, about the same thing"
            default: why = nil
            }
            guard let why else { continue }
            let score = shared * 2 + (sameSubject ? 3 : 0) + (position == 0 ? 1 : 0)
            if score > (best?.score ?? Int.min) { best = (root, score, why) }
        }
        guard let (root, _, why) = best, let rid = root.id else { return nil }
        item.followupOf = rid
        item.linkType = .followup
        LinkRules.adoptCase(of: root, into: &item)
        return .init(status: .linked, reason: "follow-up of case \(root.reference ?? "item \(rid), waiting in review,"): the same sender, \(why)")
    }
}
