public import Foundation
public import PostmottakCore
package import GRDB

/// The durable state of one Postmottak instance: a SQLite database (WAL, foreign keys,
/// synchronous commits) and a content-addressed blob store.
///
/// Every state change is one IMMEDIATE transaction that also appends to the event log, so a
/// crash leaves each item exactly at its last committed step. Several processes may share the
/// database file: SQLite serialises their write transactions.
public final class Store: Sendable {
    private let pool: DatabasePool
    /// The blobs: original bytes, extracted text, attachments.
    public let blobs: BlobStore
    /// The database file.
    public let path: String

    /// Opens (creating when needed) and migrates the store.
    public init(database: URL, blobs: URL) throws(StoreError) {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(60)
        config.prepareDatabase { db in
            // FULL: a commit is on disk before the source is acknowledged.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        path = database.path
        do {
            try FileManager.default.createDirectory(at: database.deletingLastPathComponent(), withIntermediateDirectories: true)
            pool = try DatabasePool(path: database.path, configuration: config)
            try Migrations.migrator.migrate(pool)
            self.blobs = try BlobStore(root: blobs, database: pool)
            try indexUnindexedTexts()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: database.path, reason: String(describing: error))
        }
    }

    /// The migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Migrations.migrator.appliedMigrations(db) }
    }

    // MARK: - Writing

    /// Read access for the store's extensions (and, inside the package, the benchmarks).
    package var reader: DatabasePool { pool }

    /// Runs `body` in one IMMEDIATE transaction (for the store's extensions and, inside the
    /// package, the benchmarks' bulk fills).
    package func writer<T>(_ body: (Database) throws -> T) throws -> T { try write(body) }

    /// Runs `body` in one IMMEDIATE transaction.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            guard let result else { throw StoreError.cannotOpen(path: path, reason: "transaction produced no result") }
            return result
        }
    }

    /// The outcome of `capture`.
    public enum CaptureOutcome: Sendable, Equatable {
        /// A new item was recorded.
        case captured(IntakeItem)
        /// The same source key was captured before: nothing was recorded.
        case alreadyCaptured(IntakeItem)

        public var item: IntakeItem {
            switch self { case .captured(let i), .alreadyCaptured(let i): i }
        }
    }

    /// Records a captured item (its blob is already stored), unless its source key is known.
    public func capture(_ item: IntakeItem, reason: String) throws -> CaptureOutcome {
        try write { db in
            if let existing = try IntakeItem.filter(IntakeItem.Columns.sourceKey == item.sourceKey).fetchOne(db) {
                return .alreadyCaptured(existing)
            }
            var item = item
            try item.insert(db)
            guard let id = item.id else { throw StoreError.itemNotFound(-1) }
            var event = ItemEvent(itemId: id, at: item.receivedAt, step: "capture", fromStatus: nil, toStatus: item.status, reason: reason)
            try event.insert(db)
            return .captured(item)
        }
    }

    /// What a step decided: the new status and why.
    public struct StepResult: Sendable {
        public var status: ItemStatus
        public var reason: String
        public var details: String?
        /// The account of the person who made the change; nil when the machine did.
        public var actor: String?

        public init(status: ItemStatus, reason: String, details: String? = nil, actor: String? = nil) {
            self.status = status
            self.reason = reason
            self.details = details
            self.actor = actor
        }
    }

    /// Moves item `id` from `expected` to the status `body` decides, in one transaction with
    /// its event. Throws `StoreError.staleTransition` when the item is no longer at `expected`.
    @discardableResult
    public func transition(
        _ id: Int64, from expected: ItemStatus, step: String, now: Date = Date(),
        _ body: (inout IntakeItem, StoreTransaction) throws -> StepResult
    ) throws -> IntakeItem {
        try write { db in
            guard var item = try IntakeItem.fetchOne(db, key: id) else { throw StoreError.itemNotFound(id) }
            guard item.status == expected else {
                throw StoreError.staleTransition(itemID: id, expected: expected.rawValue, found: item.status.rawValue)
            }
            let tx = StoreTransaction(db: db, now: now)
            let result = try body(&item, tx)
            item.status = result.status
            item.updatedAt = now
            try item.update(db)
            // The step finished: the crash fuse's mark moves on to the next step, which the
            // same worker starts at once (or goes, where no step follows).
            try Self.carryStepMark(db, itemID: id, to: result.status, now: now)
            var event = ItemEvent(itemId: id, at: now, step: step, fromStatus: expected, toStatus: result.status,
                                  reason: result.reason, details: result.details, actor: result.actor)
            try event.insert(db)
            return item
        }
    }

    /// Appends an event that records something about an item without changing its status
    /// (for example: the same file was offered again).
    public func note(_ id: Int64, step: String, reason: String, actor: String? = nil, now: Date = Date()) throws {
        try write { db in
            guard let item = try IntakeItem.fetchOne(db, key: id) else { throw StoreError.itemNotFound(id) }
            var event = ItemEvent(itemId: id, at: now, step: step, fromStatus: item.status, toStatus: item.status, reason: reason,
                                  actor: actor)
            try event.insert(db)
        }
    }

    // MARK: - Reading

    public func item(_ id: Int64) throws -> IntakeItem? {
        try pool.read { db in try IntakeItem.fetchOne(db, key: id) }
    }

    /// Every item, oldest first.
    public func allItems() throws -> [IntakeItem] {
        try pool.read { db in try IntakeItem.order(IntakeItem.Columns.id).fetchAll(db) }
    }

    /// Items in any of `statuses`, oldest first.
    public func items(in statuses: [ItemStatus]) throws -> [IntakeItem] {
        try pool.read { db in
            try IntakeItem.filter(statuses.map(\.rawValue).contains(IntakeItem.Columns.status)).order(IntakeItem.Columns.id).fetchAll(db)
        }
    }

    /// The ids of items the pipeline still has to move, oldest first.
    public func pendingItemIDs() throws -> [Int64] {
        try pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM intake_item WHERE status IN ('captured','extracted','classified','linked','numbered','routed')
                ORDER BY id
                """)
        }
    }

    public func attachments(of itemID: Int64) throws -> [AttachmentRecord] {
        try pool.read { db in
            try AttachmentRecord.filter(AttachmentRecord.Columns.itemId == itemID).order(AttachmentRecord.Columns.ordinal).fetchAll(db)
        }
    }

    /// The item's event log, oldest first.
    public func events(of itemID: Int64) throws -> [ItemEvent] {
        try pool.read { db in
            try ItemEvent.filter(ItemEvent.Columns.itemId == itemID).order(ItemEvent.Columns.id).fetchAll(db)
        }
    }

    /// Count of items per status.
    public func statusCounts() throws -> [ItemStatus: Int] {
        try pool.read { db in
            var result: [ItemStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM intake_item GROUP BY status") {
                if let s = ItemStatus(rawValue: row["status"]) { result[s] = row["n"] }
            }
            return result
        }
    }

    /// Every allocated reference number of `year`, in sequence order.
    public func referenceSequences(year: Int) throws -> [Int] {
        try pool.read { db in
            try Int.fetchAll(db, sql: "SELECT sequence FROM reference_number WHERE year = ? ORDER BY sequence", arguments: [year])
        }
    }

    // MARK: - Outbox

    /// Pending entries whose time has come, most urgent first (for reading; workers claim).
    public func dueOutbox(now: Date, limit: Int = 100) throws -> [OutboxEntry] {
        try pool.read { db in
            try OutboxEntry.fetchAll(db, sql: """
                SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
                ORDER BY priority DESC, id LIMIT ?
                """, arguments: [now, limit])
        }
    }

    /// Takes up to `limit` due entries of `effect`, most urgent first, that no other worker
    /// holds, and holds them for `owner` until `now + lease`.
    public func claimDue(effect: OutboxEntry.Effect, now: Date, limit: Int, lease: TimeInterval,
                         owner: String? = nil) throws -> [OutboxEntry] {
        try write { db in
            var entries = try OutboxEntry.fetchAll(db, sql: """
                SELECT * FROM outbox WHERE status = 'pending' AND effect = ? AND next_attempt_at <= ?
                AND (lease_until IS NULL OR lease_until <= ?)
                ORDER BY priority DESC, id LIMIT ?
                """, arguments: [effect.rawValue, now, now, limit])
            let until = now.addingTimeInterval(lease)
            for index in entries.indices {
                entries[index].leaseUntil = until
                entries[index].leaseOwner = owner
                try db.execute(sql: "UPDATE outbox SET lease_until = ?, lease_owner = ? WHERE id = ?",
                               arguments: [until, owner, entries[index].id])
            }
            return entries
        }
    }

    /// The owners of leases still running (for a worker to find those of dead processes).
    public func leaseOwners(now: Date = Date()) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT lease_owner FROM outbox WHERE status = 'pending' AND lease_owner IS NOT NULL AND lease_until > ?
                """, arguments: [now])
        }
    }

    /// Releases every lease of `owner` (a process known to be dead); returns how many.
    @discardableResult
    public func releaseLeases(of owner: String) throws -> Int {
        try write { db in
            try db.execute(sql: "UPDATE outbox SET lease_until = NULL, lease_owner = NULL WHERE lease_owner = ?", arguments: [owner])
            return db.changesCount
        }
    }

    /// The earliest time an entry of `effect` may be taken: due, and not held by a worker's
    /// lease (nil when none waits).
    public func nextDue(effect: OutboxEntry.Effect) throws -> Date? {
        try pool.read { db in
            try Date.fetchOne(db, sql: """
                SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END)
                FROM outbox WHERE status = 'pending' AND effect = ?
                """, arguments: [effect.rawValue])
        }
    }

    /// One delivery attempt of an outbox entry, as logged.
    public struct OutboxAttempt: Sendable, Equatable {
        public var at: Date
        public var outcome: String
        public var detail: String?
    }

    /// Every attempt on `entryID`, oldest first.
    public func outboxAttempts(_ entryID: Int64) throws -> [OutboxAttempt] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT at, outcome, detail FROM outbox_attempt WHERE outbox_id = ? ORDER BY id", arguments: [entryID])
                .map { OutboxAttempt(at: $0["at"], outcome: $0["outcome"], detail: $0["detail"]) }
        }
    }

    /// Attempts per outcome since `since` (for the retry-rate figures).
    public func outboxAttemptCounts(since: Date) throws -> [String: Int] {
        try pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT outcome, COUNT(*) AS n FROM outbox_attempt WHERE at >= ? GROUP BY outcome
                """, arguments: [since]).map { ($0["outcome"] as String, $0["n"] as Int) })
        }
    }

    /// Entries in `statuses` (all when empty), oldest first.
    public func outboxEntries(in statuses: [OutboxEntry.Status] = []) throws -> [OutboxEntry] {
        try pool.read { db in
            var request = OutboxEntry.order(OutboxEntry.Columns.id)
            if !statuses.isEmpty { request = request.filter(statuses.map(\.rawValue).contains(OutboxEntry.Columns.status)) }
            return try request.fetchAll(db)
        }
    }

    public func outboxEntries(of itemID: Int64) throws -> [OutboxEntry] {
        try pool.read { db in try OutboxEntry.filter(OutboxEntry.Columns.itemId == itemID).order(OutboxEntry.Columns.id).fetchAll(db) }
    }

    /// Records a successful delivery; when it was the item's last pending effect, the item is done.
    public func recordDelivery(_ entryID: Int64, result: String, now: Date = Date()) throws {
        try write { db in
            guard var entry = try OutboxEntry.fetchOne(db, key: entryID), entry.status != .delivered else { return }
            entry.status = .delivered
            entry.attempts += 1
            entry.result = result
            entry.lastError = nil
            entry.leaseUntil = nil
            entry.leaseOwner = nil
            entry.updatedAt = now
            try entry.update(db)
            try db.execute(sql: "INSERT INTO outbox_attempt (outbox_id, at, outcome, detail) VALUES (?, ?, 'delivered', ?)",
                           arguments: [entryID, now, result])
            guard var item = try IntakeItem.fetchOne(db, key: entry.itemId) else { return }
            var event = ItemEvent(itemId: entry.itemId, at: now, step: "deliver", fromStatus: item.status, toStatus: item.status,
                                  reason: "\(entry.effect.rawValue) delivered: \(result)")
            let open = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE item_id = ? AND status != 'delivered'",
                                        arguments: [entry.itemId]) ?? 0
            if open == 0, item.status == .dispatched {
                item.status = .done
                item.updatedAt = now
                try item.update(db)
                event.toStatus = .done
            }
            try event.insert(db)
        }
    }

    /// Records a failed attempt: the entry waits until `nextAttempt`, or is parked.
    public func recordFailure(_ entryID: Int64, error: String, nextAttempt: Date, park: Bool, now: Date = Date()) throws {
        try write { db in
            guard var entry = try OutboxEntry.fetchOne(db, key: entryID), entry.status == .pending else { return }
            entry.attempts += 1
            entry.lastError = error
            entry.nextAttemptAt = nextAttempt
            entry.status = park ? .parked : .pending
            entry.leaseUntil = nil
            entry.leaseOwner = nil
            entry.updatedAt = now
            try entry.update(db)
            try db.execute(sql: "INSERT INTO outbox_attempt (outbox_id, at, outcome, detail) VALUES (?, ?, ?, ?)",
                           arguments: [entryID, now, park ? "parked" : "failed", error])
            if park, let item = try IntakeItem.fetchOne(db, key: entry.itemId) {
                var event = ItemEvent(itemId: entry.itemId, at: now, step: "deliver", fromStatus: item.status, toStatus: item.status,
                                      reason: "\(entry.effect.rawValue) parked after \(entry.attempts) attempt(s): \(error)")
                try event.insert(db)
            }
        }
    }

    /// Puts a parked (or waiting) entry back in line for an immediate attempt.
    /// Returns false when there is no such entry or it is already delivered.
    public func retryOutbox(_ entryID: Int64, now: Date = Date()) throws -> Bool {
        try write { db in
            guard var entry = try OutboxEntry.fetchOne(db, key: entryID), entry.status != .delivered else { return false }
            entry.status = .pending
            entry.nextAttemptAt = now
            entry.leaseUntil = nil
            entry.leaseOwner = nil
            entry.updatedAt = now
            try entry.update(db)
            try db.execute(sql: "INSERT INTO outbox_attempt (outbox_id, at, outcome, detail) VALUES (?, ?, 'retry requested', NULL)",
                           arguments: [entryID, now])
            return true
        }
    }
}
