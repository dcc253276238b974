public import Foundation
public import PostmottakCore
import GRDB

/// The workbench's accounts, sessions, failed sign-ins and audit log.
extension Store {
    /// Why an account change cannot be made.
    public enum AccountError: Error, Sendable, CustomStringConvertible, Equatable {
        case nameTaken(String)
        case unknownAccount(String)
        case invalidName(String)

        public var description: String {
            switch self {
            case .nameTaken(let n): "an account named \(n) exists already (`postmottak users list` shows them)"
            case .unknownAccount(let n): "no account named \(n) (`postmottak users list` shows them)"
            case .invalidName(let n):
                "\"\(n)\" is not a usable account name: use 2 to 64 letters, digits, '.', '-', '_' or '@'"
            }
        }
    }

    /// Adds an account, recording who added it.
    @discardableResult
    public func addAccount(name: String, role: Role, passwordHash: String?, by actor: String, now: Date = Date()) throws -> Account {
        let name = name.lowercased()
        guard Self.isValidAccountName(name) else { throw AccountError.invalidName(name) }
        return try writer { db in
            if try Account.filter(Account.Columns.name == name).fetchCount(db) > 0 { throw AccountError.nameTaken(name) }
            var account = Account(name: name, role: role, passwordHash: passwordHash, now: now)
            try account.insert(db)
            var event = AuditEvent(at: now, actor: actor, action: "account_added", target: name, detail: "role \(role.rawValue)")
            try event.insert(db)
            return account
        }
    }

    /// Whether `name` may name an account: 2 to 64 of letters, digits, `.`, `-`, `_` and `@`
    /// (an identity provider's user name is often an address).
    public static func isValidAccountName(_ name: String) -> Bool {
        (2...64).contains(name.count) && name.allSatisfy { $0.isLetter || $0.isNumber || ".-_@".contains($0) }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try reader.read { db in try Account.order(Account.Columns.name).fetchAll(db) }
    }

    /// The account named `name` (any case), if there is one.
    public func account(named name: String) throws -> Account? {
        try reader.read { db in try Account.filter(Account.Columns.name == name.lowercased()).fetchOne(db) }
    }

    /// Disables an account and ends its sessions at once.
    public func disableAccount(_ name: String, by actor: String, now: Date = Date()) throws {
        try writer { db in
            guard var account = try Account.filter(Account.Columns.name == name.lowercased()).fetchOne(db) else {
                throw AccountError.unknownAccount(name)
            }
            account.disabled = true
            account.updatedAt = now
            try account.update(db)
            try db.execute(sql: "DELETE FROM web_session WHERE account_id = ?", arguments: [account.id])
            var event = AuditEvent(at: now, actor: actor, action: "account_disabled", target: account.name)
            try event.insert(db)
        }
    }

    /// Sets an account's password hash (and its role, when given), ending its other sessions.
    public func updateAccount(_ name: String, passwordHash: String?, role: Role?, by actor: String, now: Date = Date()) throws {
        try writer { db in
            guard var account = try Account.filter(Account.Columns.name == name.lowercased()).fetchOne(db) else {
                throw AccountError.unknownAccount(name)
            }
            if let passwordHash { account.passwordHash = passwordHash }
            if let role { account.role = role }
            account.disabled = false
            account.updatedAt = now
            try account.update(db)
            try db.execute(sql: "DELETE FROM web_session WHERE account_id = ?", arguments: [account.id])
            var event = AuditEvent(at: now, actor: actor, action: "account_changed", target: account.name,
                                   detail: [passwordHash.map { _ in "new password" }, role.map { "role \($0.rawValue)" }]
                                       .compactMap { $0 }.joined(separator: ", "))
            try event.insert(db)
        }
    }

    // MARK: - Sessions

    /// Records a new session for `account` (and the sign-in in the audit log).
    public func openSession(_ session: WebSession, account: Account, address: String) throws {
        try writer { db in
            try session.insert(db)
            var event = AuditEvent(at: session.createdAt, actor: account.name, action: "login", detail: "from \(address)")
            try event.insert(db)
        }
    }

    /// The live session with this token hash and its enabled account, touched at `now`; nil if
    /// there is none, it expired, it was idle longer than `idle`, or the account is disabled.
    public func liveSession(tokenHash: String, idle: TimeInterval, now: Date = Date()) throws -> (WebSession, Account)? {
        // Most requests only read: a page's pictures and styles need no write lock each.
        let found = try reader.read { db -> (WebSession, Account?)? in
            guard let session = try WebSession.fetchOne(db, key: tokenHash) else { return nil }
            return (session, try Account.fetchOne(db, key: session.accountId))
        }
        guard let (stored, account) = found else { return nil }
        var session = stored
        guard session.expiresAt > now, session.lastSeenAt.addingTimeInterval(idle) > now, let account, !account.disabled else {
            try writer { db in _ = try WebSession.deleteOne(db, key: tokenHash) }
            return nil
        }
        // Touched at most once a minute.
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            try writer { db in try db.execute(sql: "UPDATE web_session SET last_seen_at = ? WHERE token_hash = ?", arguments: [now, tokenHash]) }
        }
        return (session, account)
    }

    /// Ends a session (signing out).
    public func closeSession(tokenHash: String, actor: String, now: Date = Date()) throws {
        try writer { db in
            if try WebSession.deleteOne(db, key: tokenHash) {
                var event = AuditEvent(at: now, actor: actor, action: "logout")
                try event.insert(db)
            }
        }
    }

    /// Removes expired sessions and sign-in failures older than a day; returns the sessions removed.
    @discardableResult
    public func removeExpiredSessions(idle: TimeInterval, now: Date = Date()) throws -> Int {
        try writer { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ? OR last_seen_at <= ?",
                           arguments: [now, now.addingTimeInterval(-idle)])
            let removed = db.changesCount
            try db.execute(sql: "DELETE FROM login_failure WHERE at <= ?", arguments: [now.addingTimeInterval(-86_400)])
            return removed
        }
    }

    // MARK: - Failed sign-ins

    /// Records a failed sign-in for `name` from `address` (in the audit log too).
    public func recordLoginFailure(name: String, address: String, now: Date = Date()) throws {
        try writer { db in
            try db.execute(sql: "INSERT INTO login_failure (name, address, at) VALUES (?, ?, ?)",
                           arguments: [name.lowercased(), address, now])
            var event = AuditEvent(at: now, actor: "-", action: "login_failed", target: name.lowercased(), detail: "from \(address)")
            try event.insert(db)
        }
    }

    /// Failed sign-ins since `since`: for the name, and from the address.
    public func loginFailures(name: String, address: String, since: Date) throws -> (name: Int, address: Int) {
        try reader.read { db in
            let byName = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM login_failure WHERE name = ? AND at > ?",
                                          arguments: [name.lowercased(), since]) ?? 0
            let byAddress = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM login_failure WHERE address = ? AND at > ?",
                                             arguments: [address, since]) ?? 0
            return (byName, byAddress)
        }
    }

    /// Forgets a name's failures after it signed in.
    public func clearLoginFailures(name: String) throws {
        try writer { db in try db.execute(sql: "DELETE FROM login_failure WHERE name = ?", arguments: [name.lowercased()]) }
    }

    // MARK: - Audit log

    /// Appends to the audit log.
    public func audit(_ event: AuditEvent) throws {
        try writer { db in
            var event = event
            try event.insert(db)
        }
    }

    /// The newest `limit` audit events, newest first.
    public func auditEvents(limit: Int = 200) throws -> [AuditEvent] {
        try reader.read { db in
            try AuditEvent.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY id DESC LIMIT ?", arguments: [limit])
        }
    }
}
