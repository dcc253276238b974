public import Foundation
import GRDB
import PostmottakCore

extension Store {
    /// The stored state of a folder, or nil when it was never polled.
    public func mailFolderState(mailbox: String, folder: String) throws -> MailFolderState? {
        try reader.read { db in
            try Row.fetchOne(db, sql: "SELECT uidvalidity, next_uid FROM mail_folder WHERE mailbox = ? AND folder = ?",
                             arguments: [mailbox, folder])
                .map { MailFolderState(uidValidity: UInt32(truncatingIfNeeded: $0["uidvalidity"] as Int64),
                                       nextUID: UInt32(truncatingIfNeeded: $0["next_uid"] as Int64)) }
        }
    }

    /// Records a folder's UIDVALIDITY. A new value (the server rebuilt its index) starts the
    /// folder again from UID 1; messages of the old value that the server was never told
    /// about are marked abandoned (their UIDs mean nothing now). Returns true when it changed.
    @discardableResult
    public func startMailFolder(_ location: MailLocation, now: Date = Date()) throws -> Bool {
        try writer { db in
            let old = try Int64.fetchOne(db, sql: "SELECT uidvalidity FROM mail_folder WHERE mailbox = ? AND folder = ?",
                                         arguments: [location.mailbox, location.folder])
            if old == Int64(location.uidValidity) { return false }
            try db.execute(sql: """
                INSERT INTO mail_folder (mailbox, folder, uidvalidity, next_uid, updated_at) VALUES (?, ?, ?, 1, ?)
                ON CONFLICT(mailbox, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, next_uid = 1, updated_at = excluded.updated_at
                """, arguments: [location.mailbox, location.folder, Int64(location.uidValidity), now])
            try db.execute(sql: """
                UPDATE mail_message SET state = 'abandoned' WHERE mailbox = ? AND folder = ? AND uidvalidity != ? AND state = 'pending'
                """, arguments: [location.mailbox, location.folder, Int64(location.uidValidity)])
            return old != nil
        }
    }

    /// Captures fetched messages in one transaction: each becomes a new item, or is recorded
    /// as another delivery of the item it duplicates, or is recognised as taken before. Then
    /// the folder's next UID moves to `nextUID`. The blobs must already be stored.
    public func captureMail(
        _ messages: [FetchedMail], at location: MailLocation, nextUID: UInt32, now: Date = Date()
    ) throws -> [UInt32: MailCaptureOutcome] {
        try writer { db in
            // Cached statements: a batch runs the same few statements hundreds of times.
            let known = try db.cachedStatement(sql: """
                SELECT item_id FROM mail_message WHERE mailbox = ? AND folder = ? AND uidvalidity = ? AND uid = ?
                """)
            let storeBlob = try db.cachedStatement(sql: "INSERT INTO blob_data (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING")
            let findOriginal = try db.cachedStatement(sql: """
                SELECT id, status FROM intake_item WHERE duplicate_of IS NULL AND (original_sha256 = ? OR content_key = ?)
                ORDER BY id LIMIT 1
                """)
            let insertItem = try db.cachedStatement(sql: """
                INSERT INTO intake_item (channel, source_key, source, original_sha256, original_size, original_complete, received_at,
                                         status, reason, content_key, needs_review, updated_at,
                                         in_reply_to, reference_ids, defects, sensitive_reasons, explanation, fields)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '[]', '[]', '[]', '[]', '[]', '{}')
                """)
            let insertEvent = try db.cachedStatement(sql: """
                INSERT INTO item_event (item_id, at, step, from_status, to_status, reason) VALUES (?, ?, 'capture', ?, ?, ?)
                """)
            let insertTaken = try db.cachedStatement(sql: """
                INSERT INTO mail_message (mailbox, folder, uidvalidity, uid, item_id, outcome, state, captured_at)
                VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)
                """)
            let validity = Int64(location.uidValidity)
            var outcomes: [UInt32: MailCaptureOutcome] = [:]
            for message in messages {
                let uid = Int64(message.uid)
                if let id = try Int64.fetchOne(known, arguments: [location.mailbox, location.folder, validity, uid]) {
                    outcomes[message.uid] = .known(itemID: id)
                    continue
                }
                if let data = message.inlineData {
                    try storeBlob.execute(arguments: [message.blobDigest, data.count, data])
                }
                let itemID: Int64
                let outcome: String
                if let row = try Row.fetchOne(findOriginal, arguments: [message.blobDigest, message.contentKey]) {
                    itemID = row["id"]
                    outcome = "duplicate"
                    let status: String = row["status"]
                    try insertEvent.execute(arguments: [
                        itemID, now, status, status,
                        "the same message again, in \(location) UID \(message.uid): recorded here, no new item",
                    ])
                    outcomes[message.uid] = .duplicate(of: itemID)
                } else {
                    let status: ItemStatus = message.quarantineReason == nil ? .captured : .quarantined
                    try insertItem.execute(arguments: [
                        Channel.imap.rawValue, location.sourceKey(uid: message.uid), "\(location) UID \(message.uid)",
                        message.blobDigest, message.size, message.complete, now, status.rawValue, message.quarantineReason,
                        message.contentKey, now,
                    ])
                    itemID = db.lastInsertedRowID
                    outcome = "captured"
                    let reason = message.quarantineReason.map { "captured headers only and quarantined: \($0)" }
                        ?? "captured from \(location) UID \(message.uid) (\(message.size) bytes)"
                    try insertEvent.execute(arguments: [itemID, now, nil as String?, status.rawValue, reason])
                    outcomes[message.uid] = .captured(itemID: itemID)
                }
                try insertTaken.execute(arguments: [location.mailbox, location.folder, validity, uid, itemID, outcome, now])
            }
            try advance(db, location, to: nextUID, now: now)
            return outcomes
        }
    }

    /// Moves the folder's next UID forward (messages below it are handled or gone).
    public func advanceMailFolder(_ location: MailLocation, to nextUID: UInt32, now: Date = Date()) throws {
        try writer { db in try advance(db, location, to: nextUID, now: now) }
    }

    private func advance(_ db: Database, _ location: MailLocation, to nextUID: UInt32, now: Date) throws {
        try db.execute(sql: """
            UPDATE mail_folder SET next_uid = MAX(next_uid, ?), updated_at = ? WHERE mailbox = ? AND folder = ? AND uidvalidity = ?
            """, arguments: [Int64(nextUID), now, location.mailbox, location.folder, Int64(location.uidValidity)])
    }

    /// Counts one more poll in which the server listed message `uid` here but sent none of its
    /// bytes; returns the count so far.
    public func recordMissedFetch(_ location: MailLocation, uid: UInt32, now: Date = Date()) throws -> Int {
        try writer { db in
            try Int.fetchOne(db, sql: """
                INSERT INTO mail_fetch_miss (mailbox, folder, uidvalidity, uid, misses, updated_at) VALUES (?, ?, ?, ?, 1, ?)
                ON CONFLICT (mailbox, folder, uidvalidity, uid) DO UPDATE SET misses = misses + 1, updated_at = excluded.updated_at
                RETURNING misses
                """, arguments: [location.mailbox, location.folder, Int64(location.uidValidity), Int64(uid), now]) ?? 1
        }
    }

    /// The UIDs here with missed fetches on record.
    public func missedFetchUIDs(_ location: MailLocation) throws -> Set<UInt32> {
        try reader.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT uid FROM mail_fetch_miss WHERE mailbox = ? AND folder = ? AND uidvalidity = ?",
                                   arguments: [location.mailbox, location.folder, Int64(location.uidValidity)])
                .map { UInt32(truncatingIfNeeded: $0) })
        }
    }

    /// Forgets the missed fetches of `uids` here (their bytes came, or they were set aside).
    public func clearMissedFetches(_ location: MailLocation, uids: [UInt32]) throws {
        guard !uids.isEmpty else { return }
        try writer { db in
            for uid in uids {
                try db.execute(sql: """
                    DELETE FROM mail_fetch_miss WHERE mailbox = ? AND folder = ? AND uidvalidity = ? AND uid = ?
                    """, arguments: [location.mailbox, location.folder, Int64(location.uidValidity), Int64(uid)])
            }
        }
    }

    /// UIDs captured here whose server action is still to be done.
    public func pendingMailUIDs(_ location: MailLocation) throws -> [UInt32] {
        try reader.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT uid FROM mail_message WHERE mailbox = ? AND folder = ? AND uidvalidity = ? AND state = 'pending' ORDER BY uid
                """, arguments: [location.mailbox, location.folder, Int64(location.uidValidity)])
                .map { UInt32(truncatingIfNeeded: $0) }
        }
    }

    /// Records that the server was told about `uids` (moved, flagged).
    public func acknowledgeMail(_ uids: [UInt32], at location: MailLocation, now: Date = Date()) throws {
        guard !uids.isEmpty else { return }
        try writer { db in
            let update = try db.cachedStatement(sql: """
                UPDATE mail_message SET state = 'acknowledged', acknowledged_at = ?
                WHERE mailbox = ? AND folder = ? AND uidvalidity = ? AND uid = ? AND state = 'pending'
                """)
            for uid in uids {
                try update.execute(arguments: [now, location.mailbox, location.folder, Int64(location.uidValidity), Int64(uid)])
            }
        }
    }

    /// Count of messages taken per mailbox/folder and state (for reports and tests).
    public func mailMessageCounts() throws -> [(mailbox: String, folder: String, outcome: String, state: String, count: Int)] {
        try reader.read { db in
            try Row.fetchAll(db, sql: """
                SELECT mailbox, folder, outcome, state, COUNT(*) AS n FROM mail_message GROUP BY mailbox, folder, outcome, state
                ORDER BY mailbox, folder, outcome, state
                """).map { ($0["mailbox"], $0["folder"], $0["outcome"], $0["state"], $0["n"]) }
        }
    }
}
