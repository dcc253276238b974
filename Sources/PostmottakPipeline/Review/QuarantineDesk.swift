import Foundation
import PostmottakCore
public import PostmottakStore

/// Quarantined items (bad input, or set aside by the crash fuse), kept with their reason until a
/// person processes them again (after the cause is mended) or discards them with a reason.
/// Nothing is deleted: a discarded item keeps its original, its events and the reason.
public struct QuarantineDesk: Sendable {
    public let store: Store
    public let pipeline: Pipeline

    public init(store: Store, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// Why a quarantine action cannot be done.
    public enum QuarantineError: Error, CustomStringConvertible, Equatable {
        case notQuarantined(Int64)
        case originalIncomplete(Int64)
        case reasonMissing

        public var description: String {
            switch self {
            case .notQuarantined(let id): "item \(id) is not quarantined (`postmottak quarantine list` shows those that are)"
            case .originalIncomplete(let id):
                "item \(id) has no complete original (only its headers were kept, it was too large); it cannot be read again"
            case .reasonMissing: "say why the item is discarded: the reason is kept with it"
            }
        }
    }

    /// Quarantined items, oldest first.
    public func list() throws -> [IntakeItem] {
        try store.items(in: [.quarantined])
    }

    /// Puts a quarantined item back at the start of the pipeline and processes it at once.
    /// Returns the item as it stands afterwards (delivery follows through the outbox).
    @discardableResult
    public func release(_ id: Int64, by person: String) throws -> IntakeItem {
        guard let item = try store.item(id), item.status == .quarantined else { throw QuarantineError.notQuarantined(id) }
        guard item.originalComplete else { throw QuarantineError.originalIncomplete(id) }
        try store.transition(id, from: .quarantined, step: "release") { item, _ in
            let was = item.reason ?? ""
            item.reason = nil
            return .init(status: .captured, reason: "released from quarantine by \(person), to be read again (it was: \(was))",
                         actor: person)
        }
        try store.endStep(id)
        try pipeline.process(id)
        return try store.item(id) ?? item
    }

    /// Sets a quarantined item aside for good: ignored, with `reason` and who decided, its
    /// original and events kept.
    public func discard(_ id: Int64, reason: String, by person: String) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw QuarantineError.reasonMissing }
        try store.transition(id, from: .quarantined, step: "discard") { item, _ in
            let was = item.reason ?? ""
            item.reason = "discarded by \(person): \(reason) (it was quarantined: \(was))"
            return .init(status: .ignored, reason: "discarded from quarantine by \(person): \(reason)", actor: person)
        }
    }
}
