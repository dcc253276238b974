import Foundation
import PostmottakCore
import PostmottakStore
import Testing

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pm-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct StoreTests {
    let dir: URL
    let store: Store
    let format: ReferenceFormat

    init() throws {
        dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
        format = try ReferenceFormat(prefix: "TST", sequenceDigits: 4)
    }

    func newItem(_ key: String) throws -> IntakeItem {
        let digest = try store.blobs.put(Data(key.utf8))
        let item = IntakeItem(channel: .file, sourceKey: key, source: key, originalSha256: digest, originalSize: 1, receivedAt: Date())
        return try store.capture(item, reason: "test").item
    }

    @Test func captureIsIdempotentBySourceKey() throws {
        let a = try newItem("k1")
        let again = try store.capture(IntakeItem(channel: .file, sourceKey: "k1", source: "other", originalSha256: a.originalSha256,
                                                 originalSize: 1, receivedAt: Date()), reason: "again")
        guard case .alreadyCaptured(let existing) = again else { Issue.record("captured twice"); return }
        #expect(existing.id == a.id)
        #expect(try store.allItems().count == 1)
    }

    @Test func referenceSequencesAreGapFreePerYearAndRestart() throws {
        for n in 0..<5 {
            let item = try newItem("r\(n)")
            let year = n < 3 ? 2026 : 2027
            try store.transition(item.id!, from: .captured, step: "number") { item, tx in
                item.reference = try tx.allocateReference(year: year, format: format, itemID: item.id!).formatted
                return .init(status: .numbered, reason: "test")
            }
        }
        #expect(try store.referenceSequences(year: 2026) == [1, 2, 3])
        #expect(try store.referenceSequences(year: 2027) == [1, 2])
    }

    @Test func aRolledBackStepLeavesNoGap() throws {
        let a = try newItem("g1")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.transition(a.id!, from: .captured, step: "number") { item, tx in
                _ = try tx.allocateReference(year: 2026, format: format, itemID: item.id!)
                throw Boom()
            }
        }
        try store.transition(a.id!, from: .captured, step: "number") { item, tx in
            item.reference = try tx.allocateReference(year: 2026, format: format, itemID: item.id!).formatted
            return .init(status: .numbered, reason: "test")
        }
        #expect(try store.referenceSequences(year: 2026) == [1])
        #expect(try store.item(a.id!)?.reference == format.reference(year: 2026, sequence: 1).formatted)
    }

    @Test func concurrentWritersFromTwoConnectionsNeverShareANumber() async throws {
        let other = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
        var ids: [Int64] = []
        for n in 0..<40 { ids.append(try newItem("c\(n)").id!) }
        let format = self.format
        let store = self.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (n, id) in ids.enumerated() {
                let s = n % 2 == 0 ? store : other
                group.addTask {
                    try s.transition(id, from: .captured, step: "number") { item, tx in
                        item.reference = try tx.allocateReference(year: 2026, format: format, itemID: id).formatted
                        return .init(status: .numbered, reason: "test")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try store.referenceSequences(year: 2026) == Array(1...40))
    }

    @Test func staleTransitionsAreRefused() throws {
        let a = try newItem("s1")
        try store.transition(a.id!, from: .captured, step: "x") { _, _ in .init(status: .extracted, reason: "first") }
        #expect(throws: StoreError.self) {
            try store.transition(a.id!, from: .captured, step: "x") { _, _ in .init(status: .extracted, reason: "second") }
        }
        #expect(try store.events(of: a.id!).map(\.reason) == ["test", "first"])
    }

    @Test func eventLogAndReferencesAreAppendOnly() throws {
        _ = try newItem("e1")
        let sqlite = dir.appendingPathComponent("db.sqlite").path
        for sql in ["UPDATE item_event SET reason = 'x'", "DELETE FROM item_event"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            p.arguments = [sqlite, sql]
            p.standardError = Pipe()
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus != 0, "\(sql) was allowed")
        }
    }

    @Test func blobsAreContentAddressedAndVerified() throws {
        let data = Data("blob".utf8)
        let d1 = try store.blobs.put(data)
        let d2 = try store.blobs.put(data)
        #expect(d1 == d2 && d1 == BlobStore.digest(data))
        #expect(try store.blobs.get(d1) == data)
        try Data("tampered".utf8).write(to: store.blobs.url(for: d1))
        #expect(throws: StoreError.self) { try store.blobs.get(d1) }
        #expect(throws: StoreError.self) { try store.blobs.get(String(repeating: "0", count: 64)) }
    }

    @Test func outboxParksAndRetries() throws {
        let a = try newItem("o1")
        try store.transition(a.id!, from: .captured, step: "dispatch") { item, tx in
            try tx.enqueue(OutboxEntry(itemId: item.id!, effect: .archivePackage, priority: 0, now: tx.now))
            try tx.enqueue(OutboxEntry(itemId: item.id!, effect: .archivePackage, priority: 0, now: tx.now))
            return .init(status: .dispatched, reason: "queued")
        }
        let entries = try store.outboxEntries()
        #expect(entries.count == 1, "a second enqueue of the same effect is ignored")
        let id = entries[0].id!
        try store.recordFailure(id, error: "down", nextAttempt: Date().addingTimeInterval(60), park: true)
        #expect(try store.outboxEntries(in: [.parked]).count == 1)
        #expect(try store.dueOutbox(now: Date().addingTimeInterval(3600)).isEmpty)
        #expect(try store.retryOutbox(id))
        try store.recordDelivery(id, result: "ok")
        #expect(try store.item(a.id!)?.status == .done)
    }
}
