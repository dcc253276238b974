public import Foundation
public import PostmottakCore
package import GRDB

/// What a pipeline step may do inside its one transaction. It wraps the database connection
/// so that GRDB stays inside the store module.
public struct StoreTransaction {
    package let db: Database
    public let now: Date

    package init(db: Database, now: Date) {
        self.db = db
        self.now = now
    }

    /// Allocates the next reference number of `year` for `itemID`: gap-free, never reused,
    /// committed or rolled back together with the rest of the step.
    public func allocateReference(year: Int, format: ReferenceFormat, itemID: Int64) throws -> ReferenceNumber {
        try db.execute(sql: "INSERT INTO reference_sequence (year, last_value) VALUES (?, 0) ON CONFLICT(year) DO NOTHING",
                       arguments: [year])
        guard let sequence = try Int.fetchOne(
            db, sql: "UPDATE reference_sequence SET last_value = last_value + 1 WHERE year = ? RETURNING last_value",
            arguments: [year])
        else { throw StoreError.cannotOpen(path: "reference_sequence", reason: "the sequence row for \(year) vanished") }
        let reference = format.reference(year: year, sequence: sequence)
        try db.execute(sql: """
            INSERT INTO reference_number (reference, item_id, year, sequence, allocated_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [reference.formatted, itemID, year, sequence, now])
        return reference
    }

    /// Replaces the item's attachment rows (a repeated step writes the same rows again).
    public func replaceAttachments(of itemID: Int64, with records: [AttachmentRecord]) throws {
        try db.execute(sql: "DELETE FROM attachment WHERE item_id = ?", arguments: [itemID])
        for record in records { try record.insert(db) }
    }

    /// Brings forward the waiting deliveries of the items that joined the case of `itemID`
    /// (duplicates and follow-ups that waited for its number): due now, not after their backoff.
    /// Returns how many were brought forward.
    @discardableResult
    public func wakeDeliveries(joining itemID: Int64) throws -> Int {
        try db.execute(sql: """
            UPDATE outbox SET next_attempt_at = ?, updated_at = ?
            WHERE status = 'pending' AND next_attempt_at > ?
              AND item_id IN (SELECT id FROM intake_item WHERE duplicate_of = ? OR followup_of = ?)
            """, arguments: [now, now, now, itemID, itemID])
        return db.changesCount
    }

    /// Queues an outside effect; a second enqueue of the same effect is ignored.
    public func enqueue(_ entry: OutboxEntry) throws {
        var entry = entry
        try entry.insert(db, onConflict: .ignore)
    }

    /// The item with `id`.
    public func item(_ id: Int64) throws -> IntakeItem? {
        try IntakeItem.fetchOne(db, key: id)
    }

    /// The earliest other item, before `itemID`, that has Message-ID `messageID` and is not
    /// itself a copy.
    public func originalItem(messageID: String, before itemID: Int64) throws -> IntakeItem? {
        try IntakeItem.fetchOne(db, sql: """
            SELECT * FROM intake_item WHERE message_id = ? AND id < ? AND duplicate_of IS NULL
              AND status NOT IN ('quarantined') ORDER BY id LIMIT 1
            """, arguments: [messageID, itemID])
    }

    /// The earliest other item, before `itemID`, with the same original bytes.
    public func originalItem(digest: String, before itemID: Int64) throws -> IntakeItem? {
        try IntakeItem.fetchOne(db, sql: """
            SELECT * FROM intake_item WHERE original_sha256 = ? AND id < ? AND duplicate_of IS NULL
              AND status NOT IN ('quarantined') ORDER BY id LIMIT 1
            """, arguments: [digest, itemID])
    }

    /// The earliest other item, before `itemID`, from `sender` with the same normalised text.
    public func originalItem(sender: String, fingerprint: String, before itemID: Int64) throws -> IntakeItem? {
        try IntakeItem.fetchOne(db, sql: """
            SELECT * FROM intake_item WHERE sender = ? AND content_fingerprint = ? AND id < ? AND duplicate_of IS NULL
              AND status NOT IN ('quarantined', 'ignored') ORDER BY id LIMIT 1
            """, arguments: [sender, fingerprint, itemID])
    }

    /// The item that holds reference number `reference`.
    public func item(reference: String) throws -> IntakeItem? {
        try IntakeItem.filter(IntakeItem.Columns.reference == reference).fetchOne(db)
    }

    /// How many acknowledgements were queued for `address` since `since` (loop protection).
    public func acknowledgementsQueued(to address: String, since: Date) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM outbox o JOIN intake_item i ON i.id = o.item_id
            WHERE o.effect = 'acknowledgement' AND o.created_at >= ? AND lower(COALESCE(i.reply_to, i.sender)) = lower(?)
            """, arguments: [since, address]) ?? 0
    }
}
