import Foundation
import PostmottakCore
import PostmottakStore
import PostmottakConfig

extension Pipeline {
    /// linked → numbered: one reference number per accepted submission, allocated in this
    /// step's transaction (gap-free, never reused). Duplicates and follow-ups get none.
    func number(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let year = calendar.component(.year, from: item.receivedAt)
        try store.transition(id, from: .linked, step: "number") { item, tx in
            if let original = item.duplicateOf {
                let ref = try tx.item(original)?.reference
                item.reason = "no number: exact duplicate of item \(original)" + (ref.map { " (\($0))" } ?? "")
                return .init(status: .numbered, reason: item.reason ?? "")
            }
            if let root = item.followupOf {
                let ref = try tx.item(root)?.reference
                item.reason = "no number: follow-up of case " + (ref ?? "item \(root)")
                return .init(status: .numbered, reason: item.reason ?? "")
            }
            let reference = try tx.allocateReference(year: year, format: configuration.reference, itemID: id)
            item.reference = reference.formatted
            item.reason = nil
            // Copies that joined this case while it waited (in review) go now.
            try tx.wakeDeliveries(joining: id)
            return .init(status: .numbered,
                         reason: "allocated \(reference.formatted): an accepted \(item.kind?.rawValue ?? "submission"), number \(reference.sequence) of \(year) (received \(ISO8601DateFormatter().string(from: item.receivedAt)))")
        }
    }
}
