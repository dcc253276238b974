import Foundation
import PostmottakCore
import PostmottakStore

extension Pipeline {
    /// classified → linked: exact duplicates (same Message-ID, same bytes, same text from the
    /// same sender) and follow-ups (In-Reply-To/References, a quoted reference number).
    /// A duplicate or follow-up takes the kind and area of the case it joins.
    func link(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        let text = try item.textSha256.map { String(decoding: try store.blobs.get($0), as: UTF8.self) } ?? ""
        let quoted = scanner.matches(in: (item.subject ?? "") + "\n" + text).map(\.reference.formatted)
        let threadIDs = IntakeItem.stringArray(item.inReplyTo) + IntakeItem.stringArray(item.referenceIds).reversed()

        try store.transition(id, from: .classified, step: "link") { item, tx in
            // Exact duplicates.
            var original: (IntakeItem, String)?
            if let messageID = item.messageId, let o = try tx.originalItem(messageID: messageID, before: id) {
                original = (o, "the same Message-ID")
            } else if let o = try tx.originalItem(digest: item.originalSha256, before: id) {
                original = (o, "the same bytes")
            } else if let sender = item.sender, let fp = item.contentFingerprint,
                      let o = try tx.originalItem(sender: sender, fingerprint: fp, before: id) {
                original = (o, "the same text from the same sender")
            }
            if let (o, why) = original, let oid = o.id {
                item.duplicateOf = oid
                Self.adoptCase(of: o, into: &item)
                return .init(status: .linked, reason: "exact duplicate of item \(oid): \(why)")
            }

            // Follow-ups by threading headers.
            for messageID in threadIDs {
                guard let parent = try tx.originalItem(messageID: messageID, before: id),
                      let root = try Self.caseRoot(of: parent, tx), let rid = root.id else { continue }
                item.followupOf = rid
                Self.adoptCase(of: root, into: &item)
                return .init(status: .linked, reason: "follow-up of case \(root.reference ?? "item \(rid)"): it answers message item \(parent.id ?? 0)")
            }

            // Follow-ups by a quoted reference number.
            for reference in quoted {
                guard let owner = try tx.item(reference: reference), let oid = owner.id, oid != id else { continue }
                let senders = Set([owner.sender, owner.replyTo].compactMap { $0 })
                if let sender = item.sender, senders.contains(sender) || senders.contains(item.replyTo ?? "") {
                    item.followupOf = oid
                    Self.adoptCase(of: owner, into: &item)
                    return .init(status: .linked, reason: "follow-up of case \(reference): the sender quotes its reference number")
                }
                item.needsReview = true
                item.reviewReason = "quotes reference \(reference), which belongs to another sender's case (item \(oid)); not joined without review"
                return .init(status: .linked, reason: "new submission; \(item.reviewReason ?? "")")
            }
            return .init(status: .linked, reason: "new submission: no duplicate and no case to follow up")
        }
    }

    /// The numbered item whose case `item` belongs to.
    static func caseRoot(of item: IntakeItem, _ tx: StoreTransaction) throws -> IntakeItem? {
        var current = item
        for _ in 0..<16 {
            if current.reference != nil { return current }
            guard let next = current.followupOf ?? current.duplicateOf, let parent = try tx.item(next) else { return nil }
            current = parent
        }
        return nil
    }

    static func adoptCase(of root: IntakeItem, into item: inout IntakeItem) {
        guard let kind = root.kind, kind.isSubmission else { return }
        item.kind = kind
        item.formalType = root.formalType
        item.serviceArea = root.serviceArea
        var explanation = IntakeItem.stringArray(item.explanation)
        explanation.append("kind and service_area taken from the case it joins (item \(root.id ?? 0))")
        item.explanation = IntakeItem.json(explanation)
    }
}
