public import Foundation
public import PostmottakCore
import GRDB

/// The near-duplicate index inside a step's transaction: MinHash signatures keyed by their
/// LSH band keys (tables `near_signature` and `near_band`).
extension StoreTransaction {
    /// A stored signature that shares a band with the one looked up.
    public struct NearCandidate: Sendable {
        public var itemID: Int64
        public var sender: String?
        public var receivedAt: Date
        public var signature: MinHashSignature
    }

    /// Records `itemID`'s signature (again after a repeated step: the same rows).
    public func indexSignature(_ signature: MinHashSignature, itemID: Int64, sender: String?, receivedAt: Date) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO near_signature (item_id, sender, received_at, signature) VALUES (?, ?, ?, ?)",
                       arguments: [itemID, sender, receivedAt, Data(signature.bytes)])
        for key in signature.bandKeys {
            try db.execute(sql: "INSERT OR IGNORE INTO near_band (band_key, item_id) VALUES (?, ?)", arguments: [key, itemID])
        }
    }

    /// The items before `itemID` that share a band with `signature`, from `sender` when it is
    /// given, received at or after `since`.
    public func nearCandidates(of signature: MinHashSignature, before itemID: Int64, sender: String?, since: Date?) throws -> [NearCandidate] {
        let keys = signature.bandKeys
        var sql = """
            SELECT DISTINCT s.item_id, s.sender, s.received_at, s.signature FROM near_band b
            JOIN near_signature s ON s.item_id = b.item_id
            WHERE b.band_key IN (\(keys.map { _ in "?" }.joined(separator: ","))) AND b.item_id < ?
            """
        var arguments: [(any DatabaseValueConvertible)?] = keys.map { $0 }
        arguments.append(itemID)
        if let sender { sql += " AND s.sender = ?"; arguments.append(sender) }
        if let since { sql += " AND s.received_at >= ?"; arguments.append(since) }
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).compactMap { row in
            guard let data: Data = row["signature"], let signature = MinHashSignature(bytes: [UInt8](data)) else { return nil }
            return NearCandidate(itemID: row["item_id"], sender: row["sender"], receivedAt: row["received_at"], signature: signature)
        }
    }

    /// The items before `itemID` from `sender` sent or received at or after `since`, the
    /// latest first (at most `limit`): where an addition without threading headers may belong.
    public func items(fromSender sender: String, before itemID: Int64, since: Date, limit: Int = 20) throws -> [IntakeItem] {
        try IntakeItem.fetchAll(db, sql: """
            SELECT * FROM intake_item WHERE sender = ? AND id < ? AND COALESCE(sent_at, received_at) >= ?
              AND status NOT IN ('quarantined', 'ignored') ORDER BY id DESC LIMIT ?
            """, arguments: [sender, itemID, since, limit])
    }
}
