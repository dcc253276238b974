import Foundation
import PostmottakCore
import PostmottakStore

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
            return .init(status: .dispatched, reason: "queued \(effect.rawValue)" + (priority >= 100 ? " (urgent: access request)" : ""))
        }
    }
}
