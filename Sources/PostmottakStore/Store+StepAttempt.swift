public import Foundation
public import PostmottakCore
import GRDB

/// The crash fuse (after Postfix and the "MIME of death"): a step that kills the process, by a
/// trap, a memory limit or the kernel, leaves a committed mark behind; an item that stops
/// the reader that way `limit` times at one status is quarantined, naming the step, so one
/// poisonous message can never hold up the intake behind it.
extension Store {
    /// What ``beginStep(_:at:step:limit:now:)`` decided.
    public enum StepAttemptOutcome: Sendable, Equatable {
        /// Go ahead: this is the `attempt`-th start of the step (1 the first time).
        case proceed(attempt: Int)
        /// The step died `unfinished` times already: the item is now quarantined.
        case fused(unfinished: Int)
    }

    /// Marks the start of `step` on item `id` at `status`, committed before the step runs.
    /// An item whose mark at this status was left behind `limit` times (the process died in
    /// the step) is quarantined instead, with the reason, in the same transaction.
    public func beginStep(
        _ id: Int64, at status: ItemStatus, step: String, limit: Int, now: Date = Date()
    ) throws -> StepAttemptOutcome {
        try writer { db in
            guard var item = try IntakeItem.fetchOne(db, key: id) else { throw StoreError.itemNotFound(id) }
            guard item.status == status else {
                throw StoreError.staleTransition(itemID: id, expected: status.rawValue, found: item.status.rawValue)
            }
            let row = try Row.fetchOne(db, sql: "SELECT status, unfinished, owner FROM step_attempt WHERE item_id = ?", arguments: [id])
            var previous = 0
            if let row, (row["status"] as String?) == status.rawValue {
                let unfinished: Int = row["unfinished"] ?? 0
                // A mark of a process that is still alive (this one, having carried it on from
                // the step before) is work in hand, not a death.
                let holder = (row["owner"] as String?).flatMap(LeaseOwner.init)
                let alive = holder.map { $0 == .current || ($0.host == LeaseOwner.current.host && !$0.isDead()) } ?? false
                previous = max(0, alive ? unfinished - 1 : unfinished)
            }
            if previous >= limit {
                let reason = "it stopped the reader \(previous == 2 ? "twice" : "\(previous) times") in the \(step) step; "
                    + "kept aside so the intake goes on (report it with `postmottak explain \(id)`)"
                item.reason = reason
                item.status = .quarantined
                item.updatedAt = now
                try item.update(db)
                try db.execute(sql: "DELETE FROM step_attempt WHERE item_id = ?", arguments: [id])
                var event = ItemEvent(itemId: id, at: now, step: step, fromStatus: status, toStatus: .quarantined,
                                      reason: "quarantined: \(reason)")
                try event.insert(db)
                return .fused(unfinished: previous)
            }
            if previous > 0 {
                var event = ItemEvent(itemId: id, at: now, step: step, fromStatus: status, toStatus: status,
                                      reason: "the \(step) step did not finish last time (the process stopped); trying again (attempt \(previous + 1); after \(limit) such stops it is kept aside)")
                try event.insert(db)
            }
            try db.execute(sql: """
                INSERT INTO step_attempt (item_id, status, step, unfinished, started_at, owner) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(item_id) DO UPDATE SET status = excluded.status, step = excluded.step,
                  unfinished = excluded.unfinished, started_at = excluded.started_at, owner = excluded.owner
                """, arguments: [id, status.rawValue, step, previous + 1, now, LeaseOwner.current.text])
            return .proceed(attempt: previous + 1)
        }
    }

    /// Inside a transition: the mark of a worker that finished a step moves to the next step's
    /// status, one start unfinished; where no step follows it is removed.
    static func carryStepMark(_ db: Database, itemID: Int64, to status: ItemStatus, now: Date) throws {
        if let step = status.stepName {
            try db.execute(sql: """
                UPDATE step_attempt SET status = ?, step = ?, unfinished = 1, started_at = ?, owner = ? WHERE item_id = ?
                """, arguments: [status.rawValue, step, now, LeaseOwner.current.text, itemID])
        } else {
            try db.execute(sql: "DELETE FROM step_attempt WHERE item_id = ?", arguments: [itemID])
        }
    }

    /// Forgets the mark of item `id`: its step ended, with or without an error, while the
    /// process lived (an error is retried as before; only a death counts towards the fuse).
    public func endStep(_ id: Int64) throws {
        try writer { db in try db.execute(sql: "DELETE FROM step_attempt WHERE item_id = ?", arguments: [id]) }
    }
}

extension Store {
    /// For tests of the fuse: leaves item `id`'s mark as if the process `owner` had died in
    /// its step (one more unfinished start).
    public func markStepForTesting(_ id: Int64, owner: String) throws {
        try writer { db in
            try db.execute(sql: "UPDATE step_attempt SET owner = ? WHERE item_id = ?", arguments: [owner, id])
        }
    }
}
