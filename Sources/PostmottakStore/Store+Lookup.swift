import Foundation
import GRDB

extension Store {
    /// The item that holds reference number `reference` (any case, surrounding spaces ignored).
    public func item(reference: String) throws -> IntakeItem? {
        let wanted = reference.trimmingCharacters(in: .whitespaces).uppercased()
        return try reader.read { db in try IntakeItem.filter(IntakeItem.Columns.reference == wanted).fetchOne(db) }
    }

    /// The outbox entry with `id`.
    public func outboxEntry(_ id: Int64) throws -> OutboxEntry? {
        try reader.read { db in try OutboxEntry.fetchOne(db, key: id) }
    }
}
