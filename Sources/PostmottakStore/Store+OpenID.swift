public import Foundation
public import PostmottakCore
import GRDB

/// Sign-ins through the identity provider: the ones under way, and the accounts they make.
extension Store {
    /// A sign-in sent to the identity provider: what its answer is checked against.
    public struct PendingOpenIDLogin: Sendable, Equatable {
        public var nonce: String
        public var verifier: String
        /// Where to go once signed in.
        public var next: String

        public init(nonce: String, verifier: String, next: String) {
            self.nonce = nonce
            self.verifier = verifier
            self.next = next
        }
    }

    /// How long a sign-in may stay at the provider.
    public static let openIDLoginLifetime: TimeInterval = 10 * 60

    /// Keeps a sign-in under way by the hash of its `state` (older ones are dropped).
    public func beginOpenIDLogin(stateHash: String, _ pending: PendingOpenIDLogin, now: Date = Date()) throws {
        try writer { db in
            try db.execute(sql: "DELETE FROM openid_login WHERE created_at < ?", arguments: [now.addingTimeInterval(-Self.openIDLoginLifetime)])
            try db.execute(sql: "INSERT INTO openid_login (state_hash, nonce, verifier, next, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [stateHash, pending.nonce, pending.verifier, pending.next, now])
        }
    }

    /// Takes the sign-in under way with this state hash: once only, and only within its lifetime.
    public func takeOpenIDLogin(stateHash: String, now: Date = Date()) throws -> PendingOpenIDLogin? {
        try writer { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM openid_login WHERE state_hash = ?", arguments: [stateHash]) else {
                return nil
            }
            try db.execute(sql: "DELETE FROM openid_login WHERE state_hash = ?", arguments: [stateHash])
            let created: Date = row["created_at"]
            guard now.timeIntervalSince(created) <= Self.openIDLoginLifetime else { return nil }
            return PendingOpenIDLogin(nonce: row["nonce"], verifier: row["verifier"], next: row["next"])
        }
    }

    /// The account of the person the identity provider vouched for, by its issuer and subject:
    /// made at the first sign-in, its role set from the provider's claim at every sign-in.
    /// A local account (with a password) of the same name is never taken over, and a disabled
    /// account stays disabled.
    public func openIDAccount(externalID: String, name: String, role: Role, now: Date = Date()) throws -> Account {
        let name = name.lowercased()
        return try writer { db in
            if var account = try Account.filter(Account.Columns.externalId == externalID).fetchOne(db) {
                if account.role != role, !account.disabled {
                    var event = AuditEvent(at: now, actor: "openid", action: "account_changed", target: account.name,
                                           detail: "role \(role.rawValue) from the identity provider (was \(account.role.rawValue))")
                    account.role = role
                    account.updatedAt = now
                    try account.update(db)
                    try event.insert(db)
                }
                return account
            }
            guard Self.isValidAccountName(name) else { throw AccountError.invalidName(name) }
            if try Account.filter(Account.Columns.name == name).fetchCount(db) > 0 { throw AccountError.nameTaken(name) }
            var account = Account(name: name, role: role, passwordHash: nil, now: now)
            account.externalId = externalID
            try account.insert(db)
            var event = AuditEvent(at: now, actor: "openid", action: "account_added", target: name,
                                   detail: "role \(role.rawValue), signed in through the identity provider")
            try event.insert(db)
            return account
        }
    }
}
