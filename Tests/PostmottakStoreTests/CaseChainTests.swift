import Foundation
import PostmottakCore
import PostmottakStore
import Testing

/// A delivery follows an item's chain of duplicates and follow-ups to its end.
@Suite struct CaseChainTests {
    let store: Store

    init() throws {
        let dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    func item(_ key: String, status: ItemStatus, duplicateOf: Int64? = nil, followupOf: Int64? = nil) throws -> IntakeItem {
        let digest = try store.blobs.put(Data(key.utf8))
        let captured = try store.capture(IntakeItem(channel: .file, sourceKey: key, source: key, originalSha256: digest,
                                                    originalSize: 1, receivedAt: Date()), reason: "test").item
        return try store.transition(captured.id!, from: .captured, step: "test") { item, _ in
            item.duplicateOf = duplicateOf
            item.followupOf = followupOf
            return .init(status: status, reason: "test")
        }
    }

    @Test func aNearDuplicateOfAnUnnumberedDuplicateReachesTheCaseOnceItIsNumbered() throws {
        // The case waits in review (no number yet); a copy joined it; a near copy of the copy joined the copy.
        let root = try item("root", status: .review)
        let copy = try item("copy", status: .dispatched, duplicateOf: root.id)
        let nearCopy = try item("near", status: .dispatched, duplicateOf: copy.id)
        guard case .waiting(let top) = try store.caseRoot(of: nearCopy) else { Issue.record("not waiting"); return }
        #expect(top.id == root.id, "the chain is followed to its end, not one step")

        try store.transition(root.id!, from: .review, step: "number") { item, tx in
            item.reference = try tx.allocateReference(year: 2026, format: try ReferenceFormat(prefix: "TST", sequenceDigits: 4), itemID: item.id!).formatted
            return .init(status: .numbered, reason: "test")
        }
        guard case .numbered(let numbered) = try store.caseRoot(of: nearCopy) else { Issue.record("not numbered"); return }
        #expect(numbered.id == root.id && numbered.reference != nil)
    }

    @Test func aChainThatEndsWithoutANumberSaysSo() throws {
        let ignored = try item("auto-reply", status: .ignored)
        let copy = try item("copy-of-auto-reply", status: .dispatched, duplicateOf: ignored.id)
        guard case .none(let top) = try store.caseRoot(of: copy) else { Issue.record("a chain to an ignored item has no case"); return }
        #expect(top.id == ignored.id)
    }

    @Test func aCycleInADamagedStoreEnds() throws {
        let a = try item("a", status: .dispatched)
        let b = try item("b", status: .dispatched, followupOf: a.id)
        _ = try store.transition(a.id!, from: .dispatched, step: "damage") { item, _ in
            item.followupOf = b.id
            return .init(status: .dispatched, reason: "a damaged store")
        }
        let top = try CaseChain.top(of: try #require(try store.item(b.id!))) { try store.item($0) }
        #expect(top.reference == nil)
    }
}

/// The crash fuse: a step that dies with the process is counted; one that ends is not.
@Suite struct StepAttemptTests {
    let store: Store

    init() throws {
        let dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    func captured(_ key: String) throws -> IntakeItem {
        let digest = try store.blobs.put(Data(key.utf8))
        return try store.capture(IntakeItem(channel: .file, sourceKey: key, source: key, originalSha256: digest,
                                            originalSize: 1, receivedAt: Date()), reason: "test").item
    }

    /// A mark left by a process that is gone, as a crash leaves it; `crash` as the crash
    /// journal confirms it (a trap, SIGILL).
    func dieInStep(_ id: Int64, crash: Bool) throws {
        try store.markStepForTesting(id, owner: "\(LeaseOwner.current.host)/999999/gone")
        if crash { #expect(try store.recordCrash(id, at: .captured, pid: 999999, signal: 4)) }
    }

    @Test func anItemThatCrashedTheReaderTwiceIsQuarantinedNamingTheStepAndSignal() throws {
        let item = try captured("poison")
        #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .proceed(attempt: 1))
        try dieInStep(item.id!, crash: true)
        #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .proceed(attempt: 2))
        try dieInStep(item.id!, crash: true)
        #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .fused(crashes: 2, unfinished: 2))
        let after = try #require(try store.item(item.id!))
        #expect(after.status == .quarantined)
        #expect(after.reason?.contains("stopped the reader twice in the extract step (SIGILL") == true)
        // A crash is counted once, however often its journal is read.
        #expect(try store.recordCrash(item.id!, at: .captured, pid: 999999, signal: 4) == false)
    }

    @Test func stopsWithoutACrashRecordNeedTwoMoreBeforeTheItemIsSetAside() throws {
        // SIGKILL, the OOM killer, a power cut: the item may only have been in hand.
        let item = try captured("bystander")
        for attempt in 1...4 {
            #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .proceed(attempt: attempt))
            try dieInStep(item.id!, crash: false)
        }
        #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .fused(crashes: 0, unfinished: 4))
        #expect(try store.item(item.id!)?.reason?.contains("the process stopped 4 times") == true)
    }

    @Test func aStepThatEndsOrFailsWithAnErrorIsNotCounted() throws {
        let item = try captured("fine")
        for _ in 0..<5 {
            #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .proceed(attempt: 1))
            try store.endStep(item.id!)
        }
        // This process's own mark, carried on by a transition, is work in hand, not a death.
        #expect(try store.beginStep(item.id!, at: .captured, step: "extract", limit: 2) == .proceed(attempt: 1))
        try store.transition(item.id!, from: .captured, step: "extract") { _, _ in .init(status: .extracted, reason: "ok") }
        #expect(try store.beginStep(item.id!, at: .extracted, step: "classify", limit: 2) == .proceed(attempt: 1))
    }
}
