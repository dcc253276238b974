import Foundation
public import PostmottakCore
public import PostmottakStore
import GRDB

/// Support for `postmottak-dev bench-classify`: fills a scratch store with generated items and their
/// MinHash signatures in bulk, and times look-ups through the same query the link step uses.
/// Never used on a real store.
extension Store {
    /// Adds `count` placeholder items (status `done`, sender `sender(i)`) with `signature(i)`
    /// indexed, in transactions of 50,000.
    public func fillNearIndexForBenchmark(count: Int, startingAt first: Int, sender: (Int) -> String,
                                          signature: (Int) -> MinHashSignature) throws {
        var i = first
        while i < first + count {
            let end = min(first + count, i + 50_000)
            try writer { db in
                let item = try db.makeStatement(sql: """
                    INSERT INTO intake_item (channel, source_key, source, original_sha256, original_size, original_complete,
                        received_at, status, sender, needs_review, updated_at,
                        in_reply_to, reference_ids, defects, sensitive_reasons, explanation, fields)
                    VALUES ('file', ?, 'bench', 'bench', 0, 1, ?, 'done', ?, 0, ?, '[]', '[]', '[]', '[]', '[]', '{}')
                    """)
                let sig = try db.makeStatement(sql: "INSERT INTO near_signature (item_id, sender, received_at, signature) VALUES (?, ?, ?, ?)")
                let band = try db.makeStatement(sql: "INSERT OR IGNORE INTO near_band (band_key, item_id) VALUES (?, ?)")
                let now = Date()
                for n in i..<end {
                    let s = sender(n), signature = signature(n)
                    try item.execute(arguments: ["bench:\(n)", now, s, now])
                    let id = db.lastInsertedRowID
                    try sig.execute(arguments: [id, s, now, Data(signature.bytes)])
                    for key in signature.bandKeys { try band.execute(arguments: [key, id]) }
                }
            }
            i = end
        }
    }

    /// Looks up `signature` as the link step does (same sender, any time) and returns how many
    /// candidates shared a band and the best similarity among them. A read transaction: in
    /// the pipeline the look-up runs inside the link step's own transaction.
    public func nearLookupForBenchmark(_ signature: MinHashSignature, sender: String) throws -> (candidates: Int, best: Double) {
        try reader.read { db in
            let tx = StoreTransaction(db: db, now: Date())
            let found = try tx.nearCandidates(of: signature, before: Int64.max, sender: sender, since: nil)
            return (found.count, found.map { $0.signature.similarity(to: signature) }.max() ?? 0)
        }
    }
}
