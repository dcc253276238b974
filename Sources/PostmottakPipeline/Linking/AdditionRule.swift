import Foundation
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// An addition without threading headers ("I forgot to say…"): the same sender's latest
/// case within the follow-up window.
struct AdditionRule: LinkRule {
    func link(_ item: inout IntakeItem, _ context: LinkContext, _ tx: StoreTransaction) throws -> Store.StepResult? {
        guard let sender = item.sender, Self.isAddition(subject: item.subject, text: context.authored),
              let previous = try tx.latestItem(fromSender: sender, before: context.id,
                                               since: context.when.addingTimeInterval(-context.linking.followupWindowDays * 86_400)),
              let root = try LinkRules.caseRoot(of: previous, tx), let rid = root.id else { return nil }
        item.followupOf = rid
        item.linkType = .followup
        LinkRules.adoptCase(of: root, into: &item)
        return .init(status: .linked, reason: "follow-up of case \(root.reference ?? "item \(rid)"): the same sender adds to an earlier message")
    }

    /// Whether a message presents itself as an addition to an earlier one of the sender's.
    static func isAddition(subject: String?, text: String) -> Bool {
        let words = " " + TextNormalization.words((subject ?? "") + "\n" + String(text.prefix(400))) + " "
        return phrases.contains { words.contains(" \($0) ") }
    }

    static let phrases = [
        "tillegg til", "tilleggsopplysninger", "i tillegg til det jeg skrev", "glemte å", "glemte å skrive", "gløymde å", "gleymde",
        "supplement til", "utfyllende", "oppfølging av min", "komplettering", "komplettering till", "kompletterar", "tillägg till",
        "glömde att", "glömde skriva", "i forgot to", "addition to my", "further to my", "to add to my", "supplementing my",
    ]
}
