public import Foundation
// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// A signed-in browser. The cookie carries a random token; the store keeps only its SHA-256,
/// so a copy of the database signs no one in.
public struct WebSession: Sendable, Codable, Equatable {
    /// Hex SHA-256 of the cookie's token.
    public var tokenHash: String
    public var accountId: Int64
    /// The token every form of this session carries (compared in constant time).
    public var csrfToken: String
    public var createdAt: Date
    /// The session ends at this time whatever happens.
    public var expiresAt: Date
    /// The last request; the session ends after the idle time set in `[web]`.
    public var lastSeenAt: Date

    public init(tokenHash: String, accountId: Int64, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.accountId = accountId
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.lastSeenAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case tokenHash = "token_hash", accountId = "account_id", csrfToken = "csrf_token", createdAt = "created_at",
             expiresAt = "expires_at", lastSeenAt = "last_seen_at"
    }
}

extension WebSession: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "web_session"
}
