import Foundation
import PostmottakCore
import PostmottakStore
import PostmottakConfig

extension Pipeline {
    /// classified → linked, in this order: exact duplicates (the same Message-ID from any
    /// mailbox, the same bytes, the same normalised text from the same sender); follow-ups by
    /// In-Reply-To/References or by a quoted reference number (a stranger quoting a number is
    /// not joined without review); near duplicates (the same sender, any channel, within the
    /// window, with nearly the same text, found through the MinHash band index); and additions
    /// without threading headers ("I forgot to say…") from the same sender. A duplicate or
    /// follow-up takes the kind and area of the case it joins and gets no number of its own.
    func link(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        let text = try item.textSha256.map { String(decoding: try store.blobs.get($0), as: UTF8.self) } ?? ""
        let authored = (try? StoredExtraction.load(item.extractionSha256, from: store))??.extraction.authoredText ?? text
        let quoted = scanner.matches(in: (item.subject ?? "") + "\n" + text).map(\.reference.formatted)
        let threadIDs = item.inReplyTo + item.referenceIds.reversed()
        let signature = MinHashSignature(text: Self.strippedSubject(item.subject) + "\n" + text)
        let names = TopicWords.names(in: item.sender).union(TopicWords.names(in: item.senderName))
        let context = LinkContext(id: id, threadIDs: threadIDs, quoted: quoted, signature: signature, authored: authored,
                                  when: item.sentAt ?? item.receivedAt, linking: configuration.linking, senderNames: names,
                                  topic: TopicWords((item.subject ?? "") + "\n" + authored, ignoring: names),
                                  text: { [store] earlier in
                                      (try? earlier.textSha256.map { String(decoding: try store.blobs.get($0), as: UTF8.self) }) ?? "" })

        try store.transition(id, from: .classified, step: "link") { item, tx in
            if let signature { try tx.indexSignature(signature, itemID: id, sender: item.sender, receivedAt: context.when) }
            for rule in LinkRules.ordered {
                guard var result = try rule.link(&item, context, tx) else { continue }
                // Joining a case settles an unsure kind, never a suspicion of a formal matter
                // (an appeal sent as an addition) or of care details in new words: those wait
                // for a person. An exact copy says nothing new; its original is judged.
                if item.linkType == .exact, item.reviewState?.isLegalSuspicion == true {
                    item.needsReview = false
                    item.reviewState = nil
                    item.reviewReason = nil
                } else if item.needsReview, let state = item.reviewState, state.isLegalSuspicion {
                    result.status = .review
                    result.reason += "; \(state.rawValue.replacingOccurrences(of: "_", with: " ")): waits for a person"
                }
                return result
            }
            if item.needsReview, let state = item.reviewState, state == .unsureClassification || state.isLegalSuspicion {
                let why = item.reviewReason ?? "classification is unsure"
                return .init(status: .review, reason: "new submission, but \(state == .unsureClassification ? "the " : "")\(why.prefix { $0 != ";" }): waits for a person")
            }
            return .init(status: .linked, reason: "new submission: no duplicate and no case to follow up")
        }
    }

    /// A subject without its reply, forward and reminder prefixes.
    static func strippedSubject(_ subject: String?) -> String {
        var s = subject ?? ""
        let prefixes = ["re:", "sv:", "aw:", "fw:", "fwd:", "vs:", "vb:", "resend:", "purring:", "påminnelse:", "reminder:", "tr:"]
        var changed = true
        while changed {
            changed = false
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            for p in prefixes where trimmed.lowercased().hasPrefix(p) {
                s = String(trimmed.dropFirst(p.count))
                changed = true
            }
        }
        return s.trimmingCharacters(in: .whitespaces)
    }
}
