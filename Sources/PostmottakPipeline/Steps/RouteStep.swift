import Foundation
import PostmottakCore
import PostmottakStore
import PostmottakConfig

extension Pipeline {
    /// numbered → routed: the destination from the kind and the configured routing rules.
    func route(_ item: IntakeItem) throws {
        guard let id = item.id else { return }
        try store.transition(id, from: .numbered, step: "route") { item, tx in
            if let original = item.duplicateOf, item.linkType == .near, let rootItem = try tx.item(original) {
                item.destination = rootItem.destination ?? item.kind.flatMap(Destination.default(for:))
                return .init(status: .routed, reason: "a near duplicate: joins the case of item \(original) at \(item.destination?.rawValue ?? "no destination")")
            }
            if let original = item.duplicateOf {
                item.destination = nil
                return .init(status: .routed, reason: "no destination: a copy of item \(original), which is forwarded already")
            }
            if let root = item.followupOf, let rootItem = try tx.item(root) {
                item.destination = rootItem.destination ?? item.kind.flatMap(Destination.default(for:))
                return .init(status: .routed, reason: "follows its case to \(item.destination?.rawValue ?? "no destination")")
            }
            guard let kind = item.kind, let fallback = Destination.default(for: kind) else {
                item.destination = nil
                return .init(status: .routed, reason: "no destination for kind \(item.kind?.rawValue ?? "unknown")")
            }
            for (n, rule) in configuration.routing.rules.enumerated()
            where rule.matches(kind: kind, formalType: item.formalType, serviceArea: item.serviceArea) {
                item.destination = rule.destination
                return .init(status: .routed, reason: "\(rule.destination.rawValue) by routing rule \(n + 1) of the configuration")
            }
            item.destination = fallback
            return .init(status: .routed, reason: "\(fallback.rawValue): the default destination for kind \(kind.rawValue)")
        }
    }
}
