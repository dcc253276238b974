public import Foundation
public import PostmottakCore
import GRDB

/// What to look for among the items: every field that is set narrows the search.
public struct ItemSearch: Sendable, Equatable {
    /// Part of the sender's address or name (any case).
    public var sender: String?
    /// Part of the subject (any case).
    public var subject: String?
    /// Words in the subject, sender or text: each must occur, as the start of a word.
    public var words: String?
    public var kind: SubmissionKind?
    public var serviceArea: ServiceArea?
    public var status: ItemStatus?
    public var channel: Channel?
    /// Received on or after.
    public var from: Date?
    /// Received before.
    public var until: Date?
    /// At most this many, newest first.
    public var limit = 200

    public init() {}

    /// Whether nothing narrows the search.
    public var isEmpty: Bool {
        sender == nil && subject == nil && words == nil && kind == nil && serviceArea == nil && status == nil && channel == nil
            && from == nil && until == nil
    }
}

extension Store {
    /// The items that match `search`, newest first.
    public func items(matching search: ItemSearch) throws -> [IntakeItem] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        func like(_ text: String) -> String {
            "%" + text.lowercased().replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_") + "%"
        }
        if let sender = search.sender {
            conditions.append("(lower(COALESCE(sender, '')) LIKE ? ESCAPE '\\' OR lower(COALESCE(sender_name, '')) LIKE ? ESCAPE '\\')")
            arguments += [like(sender), like(sender)]
        }
        if let subject = search.subject {
            conditions.append("lower(COALESCE(subject, '')) LIKE ? ESCAPE '\\'")
            arguments.append(like(subject))
        }
        if let words = search.words {
            if let query = TextIndex.query(words) {
                conditions.append("id IN (SELECT rowid FROM item_text WHERE item_text MATCH ?)")
                arguments.append(query)
            } else {
                conditions.append("0")  // nothing searchable typed ("--", "?"): no item has those words
            }
        }
        if let kind = search.kind { conditions.append("kind = ?"); arguments.append(kind.rawValue) }
        if let area = search.serviceArea { conditions.append("service_area = ?"); arguments.append(area.rawValue) }
        if let status = search.status { conditions.append("status = ?"); arguments.append(status.rawValue) }
        if let channel = search.channel { conditions.append("channel = ?"); arguments.append(channel.rawValue) }
        if let from = search.from { conditions.append("received_at >= ?"); arguments.append(from) }
        if let until = search.until { conditions.append("received_at < ?"); arguments.append(until) }
        let sql = "SELECT * FROM intake_item" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
            + " ORDER BY id DESC LIMIT ?"
        arguments.append(max(1, min(search.limit, 1000)))
        return try reader.read { db in try IntakeItem.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) }
    }
}
