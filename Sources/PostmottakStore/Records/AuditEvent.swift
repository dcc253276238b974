public import Foundation
// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// Something a person did that is not a step of one item (signing in, adding an account),
/// appended to the audit log with who did it. What a person does to an item is in the item's
/// event log, with the same name in its `actor`.
public struct AuditEvent: Sendable, Codable, Equatable {
    public var id: Int64?
    public var at: Date
    /// The account name that acted ("-" before anyone signed in, for a failed sign-in).
    public var actor: String
    /// What was done: `login`, `login_failed`, `logout`, `account_added`, `account_disabled`, ...
    public var action: String
    /// What it was done to (an account name, an item id), if anything.
    public var target: String?
    /// A sentence a person can read (never a password, a message text or an identity number).
    public var detail: String?

    public init(at: Date, actor: String, action: String, target: String? = nil, detail: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.target = target
        self.detail = detail
    }
}

extension AuditEvent: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit_event"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
