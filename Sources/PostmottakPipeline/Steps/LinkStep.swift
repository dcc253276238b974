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
        let linking = configuration.linking
        let when = item.sentAt ?? item.receivedAt

        try store.transition(id, from: .classified, step: "link") { item, tx in
            if let signature { try tx.indexSignature(signature, itemID: id, sender: item.sender, receivedAt: when) }

            // Exact duplicates.
            var original: (IntakeItem, String)?
            if let messageID = item.messageId, let o = try tx.originalItem(messageID: messageID, before: id) {
                original = (o, "the same Message-ID")
            } else if let o = try tx.originalItem(digest: item.originalSha256, before: id) {
                original = (o, "the same bytes")
            } else if let sender = item.sender, let fp = item.contentFingerprint,
                      let o = try tx.originalItem(sender: sender, fingerprint: fp, before: id),
                      (o.sentAt ?? o.receivedAt) >= when.addingTimeInterval(-linking.nearDuplicateWindowDays * 86_400) {
                original = (o, "the same text from the same sender")
            }
            if let (o, why) = original, let oid = o.id {
                item.duplicateOf = oid
                item.linkType = .exact
                Self.adoptCase(of: o, into: &item)
                return .init(status: .linked, reason: "exact duplicate of item \(oid): \(why)")
            }

            // Follow-ups by threading headers.
            for messageID in threadIDs {
                guard let parent = try tx.originalItem(messageID: messageID, before: id),
                      let root = try Self.caseRoot(of: parent, tx), let rid = root.id else { continue }
                item.followupOf = rid
                item.linkType = .followup
                Self.adoptCase(of: root, into: &item)
                return .init(status: .linked, reason: "follow-up of case \(root.reference ?? "item \(rid)"): it answers message item \(parent.id ?? 0)")
            }

            // Follow-ups by a quoted reference number.
            var strangerNote: String?
            for reference in quoted {
                guard let owner = try tx.item(reference: reference), let oid = owner.id, oid != id else { continue }
                let senders = Set([owner.sender, owner.replyTo].compactMap { $0 })
                if let sender = item.sender, senders.contains(sender) || senders.contains(item.replyTo ?? "") {
                    item.followupOf = oid
                    item.linkType = .followup
                    Self.adoptCase(of: owner, into: &item)
                    return .init(status: .linked, reason: "follow-up of case \(reference): the sender quotes its reference number")
                }
                strangerNote = "quotes reference \(reference), which belongs to another sender's case (item \(oid)); not joined without review"
                break
            }
            if let strangerNote {
                item.needsReview = true
                item.reviewState = .strangerReference
                item.reviewReason = strangerNote
                return .init(status: .linked, reason: "new submission; \(strangerNote)")
            }

            // Near duplicates: the same sender within the window, nearly the same text.
            if let signature, let sender = item.sender {
                let since = when.addingTimeInterval(-linking.nearDuplicateWindowDays * 86_400)
                let best = try tx.nearCandidates(of: signature, before: id, sender: sender, since: since)
                    .filter { $0.receivedAt <= when.addingTimeInterval(86_400) }
                    .map { ($0, $0.signature.similarity(to: signature)) }
                    .max { $0.1 < $1.1 }
                // The case is the end of the candidate's chain (the candidate may itself be an
                // unnumbered duplicate or follow-up): numbered, or waiting in review for its
                // number. A chain that ends without a number joins nothing.
                if let (candidate, similarity) = best, similarity >= linking.nearDuplicateSimilarity,
                   let found = try tx.item(candidate.itemID), case let root = try tx.caseChainTop(of: found),
                   root.reference != nil || root.status == .review,
                   let rid = root.id, rid != id {
                    item.duplicateOf = rid
                    item.linkType = .near
                    Self.adoptCase(of: root, into: &item)
                    return .init(status: .linked, reason: String(format: "near duplicate of item %lld: the same sender, %.0f %% of the text the same", rid, similarity * 100))
                }
            }

            // Additions without threading headers.
            if let sender = item.sender, Self.isAddition(subject: item.subject, text: authored),
               let previous = try tx.latestItem(fromSender: sender, before: id, since: when.addingTimeInterval(-linking.followupWindowDays * 86_400)),
               let root = try Self.caseRoot(of: previous, tx), let rid = root.id {
                item.followupOf = rid
                item.linkType = .followup
                Self.adoptCase(of: root, into: &item)
                return .init(status: .linked, reason: "follow-up of case \(root.reference ?? "item \(rid)"): the same sender adds to an earlier message")
            }
            if item.needsReview, item.reviewState == .unsureClassification {
                let why = item.reviewReason ?? "classification is unsure"
                return .init(status: .review, reason: "new submission, but the \(why.prefix { $0 != ";" }): waits for a person")
            }
            return .init(status: .linked, reason: "new submission: no duplicate and no case to follow up")
        }
    }

    /// Whether a message presents itself as an addition to an earlier one of the sender's.
    static func isAddition(subject: String?, text: String) -> Bool {
        let words = " " + TextNormalization.words((subject ?? "") + "\n" + String(text.prefix(400))) + " "
        return additionPhrases.contains { words.contains(" \($0) ") }
    }

    static let additionPhrases = [
        "tillegg til", "tilleggsopplysninger", "i tillegg til det jeg skrev", "glemte å", "glemte å skrive", "gløymde å", "gleymde",
        "supplement til", "utfyllende", "oppfølging av min", "komplettering", "komplettering till", "kompletterar", "tillägg till",
        "glömde att", "glömde skriva", "i forgot to", "addition to my", "further to my", "to add to my", "supplementing my",
    ]

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

    /// The numbered item whose case `item` belongs to (the whole chain followed), or nil.
    static func caseRoot(of item: IntakeItem, _ tx: StoreTransaction) throws -> IntakeItem? {
        let top = try tx.caseChainTop(of: item)
        return top.reference != nil ? top : nil
    }

    static func adoptCase(of root: IntakeItem, into item: inout IntakeItem) {
        // The case decides; this item's own unsure classification needs no person.
        if item.reviewState == .unsureClassification {
            item.needsReview = false
            item.reviewState = nil
            item.reviewReason = nil
        }
        guard let kind = root.kind, kind.isSubmission else { return }
        item.kind = kind
        item.formalType = root.formalType
        item.serviceArea = root.serviceArea
        var explanation = item.explanation
        explanation.append("kind and service_area taken from the case it joins (item \(root.id ?? 0))")
        item.explanation = explanation
    }
}
