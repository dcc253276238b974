public import Foundation
// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// One outside effect of one item (an archive package, a case-register entry, an
/// acknowledgement), delivered by the outbox worker at least once and idempotently.
public struct OutboxEntry: Sendable, Codable, Equatable {
    public enum Effect: String, Sendable, Codable, CaseIterable {
        case archivePackage = "archive_package"
        case caseRegister = "case_register"
        /// The e-mail to the citizen with the reference number.
        case acknowledgement
        /// A signed JSON notice to the municipality's webhook.
        case webhook
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Waiting for its next attempt.
        case pending
        /// Delivered; `result` says where.
        case delivered
        /// Stopped after too many attempts or a permanent error; `lastError` says why.
        case parked
    }

    public var id: Int64?
    public var itemId: Int64
    public var effect: Effect
    /// Unique per effect: a second enqueue of the same effect is a no-op.
    public var idempotencyKey: String
    /// Higher first (access requests are urgent by law).
    public var priority: Int
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    public var result: String?
    /// While set and in the future, a worker holds the entry (see `Store.claimDue`).
    public var leaseUntil: Date?
    /// Who holds the lease: `host/pid/run`.
    public var leaseOwner: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(itemId: Int64, effect: Effect, priority: Int, now: Date) {
        self.itemId = itemId
        self.effect = effect
        self.idempotencyKey = "\(effect.rawValue):\(itemId)"
        self.priority = priority
        self.status = .pending
        self.attempts = 0
        self.nextAttemptAt = now
        self.createdAt = now
        self.updatedAt = now
    }

    /// The column names (explicit, so no key is converted at run time).
    enum CodingKeys: String, CodingKey {
        case id, itemId = "item_id", effect, idempotencyKey = "idempotency_key", priority, status, attempts
        case nextAttemptAt = "next_attempt_at", lastError = "last_error", result, createdAt = "created_at", leaseUntil = "lease_until", leaseOwner = "lease_owner"
        case updatedAt = "updated_at"
    }

    /// Every column, for the query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let itemId = Column(CodingKeys.itemId)
        public static let effect = Column(CodingKeys.effect)
        public static let idempotencyKey = Column(CodingKeys.idempotencyKey)
        public static let priority = Column(CodingKeys.priority)
        public static let status = Column(CodingKeys.status)
        public static let attempts = Column(CodingKeys.attempts)
        public static let nextAttemptAt = Column(CodingKeys.nextAttemptAt)
        public static let lastError = Column(CodingKeys.lastError)
        public static let result = Column(CodingKeys.result)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let leaseUntil = Column(CodingKeys.leaseUntil)
        public static let leaseOwner = Column(CodingKeys.leaseOwner)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}

extension OutboxEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "outbox"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
