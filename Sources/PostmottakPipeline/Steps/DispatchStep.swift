import Foundation
import PostmottakCore
import PostmottakDelivery
import PostmottakStore
import PostmottakConfig

extension Pipeline {
    /// routed → dispatched (or done): one outbox row per outside effect, in the same
    /// transaction, so an effect is queued exactly once. Access requests go first.
    func dispatch(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        try store.transition(id, from: .routed, step: "dispatch") { item, tx in
            guard let destination = item.destination else {
                return .init(status: .done, reason: "nothing to deliver")
            }
            let priority = item.formalType == .accessRequest ? 100 : (item.kind == .formal ? 50 : 0)
            let effect: OutboxEntry.Effect = destination == .caseRegister ? .caseRegister : .archivePackage
            try tx.enqueue(OutboxEntry(itemId: id, effect: effect, priority: priority, now: tx.now))
            var reason = "queued \(effect.rawValue)" + (priority >= 100 ? " (urgent: access request)" : "")
            switch try acknowledgementDecision(for: item, tx) {
            case .send:
                try tx.enqueue(OutboxEntry(itemId: id, effect: .acknowledgement, priority: priority, now: tx.now))
                reason += " and an acknowledgement"
            case .skip(let why):
                reason += "; no acknowledgement: \(why)"
            }
            let webhook = configuration.webhook
            if webhook.enabled, let kind = item.kind, webhook.kinds.contains(kind) {
                try tx.enqueue(OutboxEntry(itemId: id, effect: .webhook, priority: priority, now: tx.now))
                reason += "; a webhook notice"
            }
            return .init(status: .dispatched, reason: reason)
        }
    }
}

extension Pipeline {
    enum AcknowledgementDecision: Equatable {
        case send
        case skip(String)
    }

    /// Whether the citizen gets an acknowledgement: a numbered submission with an address
    /// that may be answered (never a no-reply or list address; a card only when it asks for
    /// a reply), at most `max_per_address_per_hour` to one address.
    func acknowledgementDecision(for item: IntakeItem, _ tx: StoreTransaction) throws -> AcknowledgementDecision {
        let settings = configuration.acknowledgement
        guard settings.enabled else { return .skip("acknowledgements are off") }
        guard item.reference != nil else { return .skip("it joins an existing case") }
        guard let address = item.replyTo ?? item.sender else { return .skip("no e-mail address") }
        if item.channel == .scan, item.fields["wants_reply"] != "true" {
            return .skip("the card does not ask for a reply")
        }
        if let refusal = AcknowledgementMessage.refusal(for: address) { return .skip(refusal) }
        let recent = try tx.acknowledgementsQueued(to: address, since: tx.now.addingTimeInterval(-3600))
        if recent >= settings.maxPerAddressPerHour {
            return .skip("\(recent) already sent to this address within the hour (loop protection)")
        }
        return .send
    }
}
