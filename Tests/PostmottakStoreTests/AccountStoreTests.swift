import Foundation
import PostmottakCore
import PostmottakStore
import Testing

@Suite struct AccountStoreTests {
    let store: Store

    init() throws {
        let dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    @Test func namesAreUniqueInAnyCaseAndMustBeUsable() throws {
        try store.addAccount(name: "Mari", role: .mailroom, passwordHash: "x", by: "test")
        #expect(throws: Store.AccountError.nameTaken("mari")) { try store.addAccount(name: "MARI", role: .admin, passwordHash: "y", by: "test") }
        #expect(throws: Store.AccountError.invalidName("a b")) { try store.addAccount(name: "a b", role: .admin, passwordHash: "y", by: "test") }
        #expect(try store.account(named: "mARi")?.role == .mailroom)
        #expect(try store.auditEvents().first?.action == "account_added")
    }

    @Test func aSessionEndsWhenIdleExpiredOrItsAccountIsDisabled() throws {
        let account = try store.addAccount(name: "arne", role: .archivist, passwordHash: "x", by: "test")
        let id = try #require(account.id)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        func open(_ token: String, hours: Double = 10) throws {
            try store.openSession(WebSession(tokenHash: token, accountId: id, csrfToken: "c", createdAt: start,
                                             expiresAt: start.addingTimeInterval(hours * 3600)), account: account, address: "127.0.0.1")
        }
        try open("a")
        #expect(try store.liveSession(tokenHash: "a", idle: 3600, now: start.addingTimeInterval(1800)) != nil)
        // Touched at 30 minutes, so still alive at 80; gone after an hour without a request.
        #expect(try store.liveSession(tokenHash: "a", idle: 3600, now: start.addingTimeInterval(4800)) != nil)
        #expect(try store.liveSession(tokenHash: "a", idle: 3600, now: start.addingTimeInterval(4800 + 3601)) == nil)
        #expect(try store.liveSession(tokenHash: "a", idle: 1e9, now: start) == nil, "an ended session stays ended")
        try open("b", hours: 1)
        #expect(try store.liveSession(tokenHash: "b", idle: 1e9, now: start.addingTimeInterval(3601)) == nil, "past its end")
        try open("c")
        try store.disableAccount("arne", by: "test")
        #expect(try store.liveSession(tokenHash: "c", idle: 1e9, now: start) == nil)
    }

    @Test func failedSignInsAreCountedByNameAndByAddressWithinTheWindow() throws {
        let now = Date()
        for _ in 0..<3 { try store.recordLoginFailure(name: "Kari", address: "10.0.0.1", now: now) }
        try store.recordLoginFailure(name: "ola", address: "10.0.0.1", now: now)
        let counts = try store.loginFailures(name: "kari", address: "10.0.0.1", since: now.addingTimeInterval(-60))
        #expect(counts.name == 3 && counts.address == 4)
        #expect(try store.loginFailures(name: "kari", address: "10.0.0.1", since: now.addingTimeInterval(1)).name == 0)
        try store.clearLoginFailures(name: "KARI")
        #expect(try store.loginFailures(name: "kari", address: "x", since: .distantPast).name == 0)
    }
}
