public import Foundation
public import PostmottakCore
// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// One entry of the append-only event log: a state change of an item, when, and why.
public struct ItemEvent: Sendable, Codable, Equatable {
    public var id: Int64?
    public var itemId: Int64
    public var at: Date
    /// The pipeline step or command that made the change (capture, extract, classify, ...).
    public var step: String
    public var fromStatus: ItemStatus?
    public var toStatus: ItemStatus
    /// A sentence a person can read: why this happened.
    public var reason: String
    /// Optional JSON with the decision's inputs (never message text or identity numbers).
    public var details: String?
    /// The account of the person who made the change; nil when the machine did.
    public var actor: String?

    public init(itemId: Int64, at: Date, step: String, fromStatus: ItemStatus?, toStatus: ItemStatus, reason: String,
                details: String? = nil, actor: String? = nil) {
        self.itemId = itemId
        self.at = at
        self.step = step
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.reason = reason
        self.details = details
        self.actor = actor
    }

    /// The column names (explicit, so no key is converted at run time).
    enum CodingKeys: String, CodingKey {
        case id, itemId = "item_id", at, step, fromStatus = "from_status", toStatus = "to_status", reason, details, actor
    }

    /// Every column, for the query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let itemId = Column(CodingKeys.itemId)
        public static let at = Column(CodingKeys.at)
        public static let step = Column(CodingKeys.step)
        public static let fromStatus = Column(CodingKeys.fromStatus)
        public static let toStatus = Column(CodingKeys.toStatus)
        public static let reason = Column(CodingKeys.reason)
        public static let details = Column(CodingKeys.details)
        public static let actor = Column(CodingKeys.actor)
    }
}

extension ItemEvent: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "item_event"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
