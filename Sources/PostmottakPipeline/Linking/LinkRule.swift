import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// One way an item can belong to something earlier: the same message again, an answer in a
/// thread, a quoted reference number, nearly the same text, an addition. The link step asks
/// each rule of `LinkRules.ordered` in turn inside its transaction; the first that returns a
/// result decides, and the rules after it are not asked.
protocol LinkRule: Sendable {
    /// The result when the rule links `item` (having set its link fields), else nil.
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult?
}

/// What every rule may read about the item being linked, found once before the transaction.
struct LinkContext {
    var id: Int64
    /// In-Reply-To, then References from the nearest.
    var threadIDs: [String]
    /// Reference numbers quoted in the subject or text.
    var quoted: [String]
    var signature: MinHashSignature?
    /// The sender's own new words.
    var authored: String
    /// When it was sent (or received).
    var when: Date
    var linking: PostmottakConfiguration.Linking
    /// The words of the sender's address and name (their signature, which says nothing of the topic).
    var senderNames: Set<String>
    /// What the item's subject and authored text are about.
    var topic: TopicWords
    /// The stored text of an earlier item (empty when it has none).
    var text: (IntakeItem) -> String

    /// The start of the near-duplicate window.
    var nearWindowStart: Date { when.addingTimeInterval(-linking.nearDuplicateWindowDays * 86_400) }
}

/// The rules, in the order they are asked.
enum LinkRules {
    static let ordered: [any LinkRule] = [
        ExactDuplicateRule(), ThreadFollowUpRule(), QuotedReferenceRule(), NearDuplicateRule(), AdditionRule(),
    ]

    /// The numbered item whose case `item` belongs to (the whole chain followed), or nil.
    static func caseRoot(of item: IntakeItem, _ tx: StoreTransaction) throws -> IntakeItem? {
        let top = try tx.caseChainTop(of: item)
        return top.reference != nil ? top : nil
    }

    /// `item` joins `root`'s case: it takes the case's kind and area, and its own unsure
    /// classification needs no person.
    static func adoptCase(of root: IntakeItem, into item: inout IntakeItem) {
        if item.reviewState == .unsureClassification {
            item.needsReview = false
            item.reviewState = nil
            item.reviewReason = nil
        }
        guard let kind = root.kind, kind.isSubmission else { return }
        item.kind = kind
        item.formalType = root.formalType
        item.serviceArea = root.serviceArea
        item.explanation.append("kind and service_area taken from the case it joins (item \(root.id ?? 0))")
    }
}
