public import Foundation
public import PostmottakCore
// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// A person who may sign in to the workbench. The password is kept only as a bcrypt hash.
public struct Account: Sendable, Codable, Equatable {
    public var id: Int64?
    /// The sign-in name (unique, lower case).
    public var name: String
    public var role: Role
    /// bcrypt hash of the password; nil for an account that signs in only through OpenID Connect.
    public var passwordHash: String?
    /// A disabled account cannot sign in, and its sessions end.
    public var disabled: Bool
    /// For an account made by signing in through the identity provider: its issuer and subject
    /// (`issuer#sub`), which the account stays tied to.
    public var externalId: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(name: String, role: Role, passwordHash: String?, now: Date = Date()) {
        self.name = name
        self.role = role
        self.passwordHash = passwordHash
        self.disabled = false
        self.createdAt = now
        self.updatedAt = now
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, passwordHash = "password_hash", disabled, externalId = "external_id", createdAt = "created_at", updatedAt = "updated_at"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let externalId = Column(CodingKeys.externalId)
    }
}

extension Account: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "account"

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
