public import Foundation
public import PostmottakCore
import GRDB

/// The crash fuse (after Postfix and the "MIME of death"): before a step works on an item a
/// mark is committed; a step that kills the process leaves it behind. The crash journal
/// confirms a death that was a fault in the step (a trap, a bad access, an abort) and names
/// its signal. An item that crashed the reader `limit` times at one status, or that was in
/// hand at `limit + 2` stops of any kind (SIGKILL, the OOM killer, power loss), is
/// quarantined naming the step, so one poisonous message never holds up the intake behind it.
extension Store {
    /// What ``beginStep(_:at:step:limit:now:)`` decided.
    public enum StepAttemptOutcome: Sendable, Equatable {
        /// Go ahead: this is the `attempt`-th start of the step (1 the first time).
        case proceed(attempt: Int)
        /// The item is now quarantined: the step crashed `crashes` times and stopped
        /// `unfinished` times in all.
        case fused(crashes: Int, unfinished: Int)
    }

    /// Stops of any kind, beyond `limit` confirmed crashes, before an item is set aside.
    public static let unconfirmedStopAllowance = 2

    /// Marks the start of `step` on item `id` at `status`, committed before the step runs,
    /// or quarantines the item (in the same transaction, with the reason) when the fuse says so.
    public func beginStep(
        _ id: Int64, at status: ItemStatus, step: String, limit: Int, now: Date = Date()
    ) throws -> StepAttemptOutcome {
        try writer { db in
            guard var item = try IntakeItem.fetchOne(db, key: id) else { throw StoreError.itemNotFound(id) }
            guard item.status == status else {
                throw StoreError.staleTransition(itemID: id, expected: status.rawValue, found: item.status.rawValue)
            }
            let row = try Row.fetchOne(db, sql: "SELECT status, unfinished, crashes, signal, owner FROM step_attempt WHERE item_id = ?",
                                       arguments: [id])
            var previous = 0, crashes = 0
            var signal: Int32?
            if let row, (row["status"] as String?) == status.rawValue {
                let unfinished: Int = row["unfinished"] ?? 0
                // A mark of a process that is still alive (this one, having carried it on from
                // the step before) is work in hand, not a death.
                let alive = Self.isAlive(row["owner"] as String?)
                previous = max(0, alive ? unfinished - 1 : unfinished)
                crashes = row["crashes"] ?? 0
                signal = row["signal"]
            }
            if crashes >= limit || previous >= limit + Self.unconfirmedStopAllowance {
                let reason: String
                if crashes >= limit {
                    let times = crashes == 2 ? "twice" : "\(crashes) times"
                    reason = "it stopped the reader \(times) in the \(step) step (\(SignalName.of(signal)))"
                } else {
                    reason = "the process stopped \(previous) times while the \(step) step worked on it"
                }
                item.reason = reason + "; kept aside so the intake goes on (see `postmottak explain \(id)`)"
                item.status = .quarantined
                item.updatedAt = now
                try item.update(db)
                try db.execute(sql: "DELETE FROM step_attempt WHERE item_id = ?", arguments: [id])
                var event = ItemEvent(itemId: id, at: now, step: step, fromStatus: status, toStatus: .quarantined,
                                      reason: "quarantined: \(item.reason ?? reason)")
                try event.insert(db)
                return .fused(crashes: crashes, unfinished: previous)
            }
            if previous > 0 {
                let how = crashes > 0 ? "it crashed the reader (\(SignalName.of(signal)))" : "the process stopped"
                var event = ItemEvent(itemId: id, at: now, step: step, fromStatus: status, toStatus: status,
                                      reason: "the \(step) step did not finish last time (\(how)); trying again (attempt \(previous + 1))")
                try event.insert(db)
            }
            try db.execute(sql: """
                INSERT INTO step_attempt (item_id, status, step, unfinished, crashes, started_at, owner) VALUES (?, ?, ?, ?, 0, ?, ?)
                ON CONFLICT(item_id) DO UPDATE SET
                  crashes = CASE WHEN step_attempt.status = excluded.status THEN step_attempt.crashes ELSE 0 END,
                  signal = CASE WHEN step_attempt.status = excluded.status THEN step_attempt.signal ELSE NULL END,
                  status = excluded.status, step = excluded.step, unfinished = excluded.unfinished,
                  started_at = excluded.started_at, owner = excluded.owner
                """, arguments: [id, status.rawValue, step, previous + 1, now, LeaseOwner.current.text])
            return .proceed(attempt: previous + 1)
        }
    }

    /// Whether the holder of a mark is this process or another live one on this host.
    static func isAlive(_ owner: String?) -> Bool {
        guard let holder = owner.flatMap(LeaseOwner.init) else { return false }
        return holder == .current || (holder.host == LeaseOwner.current.host && !holder.isDead())
    }

    /// Records a crash the journal of the process `pid` (on this host) names: item `id`
    /// crashed at `status` with `signal`. Applied once: the mark's owner is marked with it.
    /// Returns whether a mark was there to count it on.
    @discardableResult
    public func recordCrash(_ id: Int64, at status: ItemStatus, pid: Int32, signal: Int32) throws -> Bool {
        try writer { db in
            try db.execute(sql: """
                UPDATE step_attempt SET crashes = crashes + 1, signal = ?, owner = owner || '#crashed'
                WHERE item_id = ? AND status = ? AND owner LIKE ? AND owner NOT LIKE '%#crashed'
                """, arguments: [signal, id, status.rawValue, "\(LeaseOwner.current.host)/\(pid)/%"])
            return db.changesCount > 0
        }
    }

    /// Inside a transition: the mark of a worker that finished a step moves to the next step's
    /// status, one start unfinished and no crash; where no step follows it is removed.
    static func carryStepMark(_ db: Database, itemID: Int64, to status: ItemStatus, now: Date) throws {
        if let step = status.stepName {
            try db.execute(sql: """
                UPDATE step_attempt SET status = ?, step = ?, unfinished = 1, crashes = 0, signal = NULL, started_at = ?, owner = ?
                WHERE item_id = ?
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

    /// Items a process that is gone was working on when it stopped: the suspects of a crash.
    /// The pipeline runs them one at a time, so that a second death is the item's own and not
    /// that of whatever else was in hand beside it.
    public func itemsLeftByStoppedProcesses() throws -> [Int64] {
        try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.item_id, s.owner FROM step_attempt s JOIN intake_item i ON i.id = s.item_id AND i.status = s.status
                ORDER BY s.item_id
                """)
        }.compactMap { row -> Int64? in Self.isAlive(row["owner"]) ? nil : row["item_id"] }
    }

    /// For tests of the fuse: leaves item `id`'s mark as if the process `owner` had died in
    /// its step (one more unfinished start).
    package func markStepForTesting(_ id: Int64, owner: String) throws {
        try writer { db in
            try db.execute(sql: "UPDATE step_attempt SET owner = ? WHERE item_id = ?", arguments: [owner, id])
        }
    }
}

/// A signal's name, for a reason a person reads.
public enum SignalName {
    /// The name and what it means ("SIGILL, a trap"), or "no signal recorded".
    public static func of(_ signal: Int32?) -> String {
        switch signal {
        case 4?: "SIGILL, a trap"
        case 5?: "SIGTRAP, a trap"
        case 6?: "SIGABRT, an abort"
        case 7?: "SIGBUS, a bad memory access"
        case 8?: "SIGFPE, an arithmetic fault"
        case 11?: "SIGSEGV, a bad memory access"
        case let s?: "signal \(s)"
        case nil: "no signal recorded"
        }
    }
}
