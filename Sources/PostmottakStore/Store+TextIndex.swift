public import Foundation
import GRDB

/// The full-text index of the items' texts (SQLite FTS5): subject, sender and the text the
/// pipeline extracted, folded for case and diacritics, searched by word prefixes.
extension StoreTransaction {
    /// Indexes (or indexes again) the text of `itemID`; committed with the rest of the step.
    public func indexText(of itemID: Int64, subject: String?, sender: String?, text: String) throws {
        try TextIndex.put(db, itemID: itemID, subject: subject, sender: sender, text: text)
    }
}

extension Store {
    /// Indexes the texts of items that have one but are not yet in the index (a store made
    /// before the index existed). Returns how many it indexed; a text whose blob is missing is
    /// indexed by its subject and sender alone.
    @discardableResult
    public func indexUnindexedTexts(batch: Int = 500) throws -> Int {
        var total = 0
        while true {
            let rows = try reader.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT id, subject, sender, text_sha256 FROM intake_item
                    WHERE text_sha256 IS NOT NULL AND id NOT IN (SELECT rowid FROM item_text) ORDER BY id LIMIT ?
                    """, arguments: [batch])
            }
            guard !rows.isEmpty else { return total }
            let texts = rows.map { row -> (Int64, String?, String?, String) in
                let digest: String = row["text_sha256"]
                let text = (try? blobs.get(digest)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return (row["id"], row["subject"], row["sender"], text)
            }
            try writer { db in
                for (id, subject, sender, text) in texts { try TextIndex.put(db, itemID: id, subject: subject, sender: sender, text: text) }
            }
            total += rows.count
        }
    }

    /// Removes an item's text from the index (when its content is erased or purged).
    public func removeIndexedText(of itemID: Int64) throws {
        try writer { db in try db.execute(sql: "DELETE FROM item_text WHERE rowid = ?", arguments: [itemID]) }
    }
}

/// The index's table and its query language, kept in one place.
enum TextIndex {
    static func put(_ db: Database, itemID: Int64, subject: String?, sender: String?, text: String) throws {
        try db.execute(sql: "DELETE FROM item_text WHERE rowid = ?", arguments: [itemID])
        try db.execute(sql: "INSERT INTO item_text (rowid, subject, sender, body) VALUES (?, ?, ?, ?)",
                       arguments: [itemID, subject ?? "", sender ?? "", text])
    }

    /// An FTS5 query for what a person typed: every word must occur, each as a prefix
    /// ("søppel" finds "søppeldunken"); words are quoted, so no character of the input is
    /// read as FTS5 syntax. Nil when nothing searchable was typed.
    static func query(_ words: String) -> String? {
        let tokens = words.split { !$0.isLetter && !$0.isNumber }.prefix(12).map(String.init)
        guard !tokens.isEmpty else { return nil }
        return tokens.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
