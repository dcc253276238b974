import Foundation
import PostmottakCore
import PostmottakStore
import Testing

@Suite struct OutboxLeaseTests {
    let store: Store

    init() throws {
        let dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    /// A captured item with one outbox entry per effect given, `priority` each.
    func item(_ key: String, effects: [(OutboxEntry.Effect, Int)]) throws -> Int64 {
        let digest = try store.blobs.put(Data(key.utf8))
        let captured = try store.capture(IntakeItem(channel: .file, sourceKey: key, source: key, originalSha256: digest, originalSize: 1,
                                                    receivedAt: Date()), reason: "test").item
        let id = try #require(captured.id)
        try store.transition(id, from: .captured, step: "dispatch") { _, tx in
            for (effect, priority) in effects { try tx.enqueue(OutboxEntry(itemId: id, effect: effect, priority: priority, now: tx.now)) }
            return .init(status: .dispatched, reason: "test")
        }
        return id
    }

    @Test func aClaimedEntryIsHeldUntilItsLeaseRunsOut() throws {
        _ = try item("a", effects: [(.caseRegister, 0)])
        let now = Date().addingTimeInterval(1)
        let first = try store.claimDue(effect: .caseRegister, now: now, limit: 5, lease: 60)
        #expect(first.count == 1)
        #expect(try store.claimDue(effect: .caseRegister, now: now.addingTimeInterval(30), limit: 5, lease: 60).isEmpty,
                "another worker does not take a held entry")
        #expect(try store.claimDue(effect: .caseRegister, now: now.addingTimeInterval(61), limit: 5, lease: 60).count == 1,
                "a dead worker's lease runs out")
    }

    @Test func aFailureReleasesTheLeaseAndWaitsForItsNextAttempt() throws {
        _ = try item("b", effects: [(.archivePackage, 0)])
        let now = Date().addingTimeInterval(1)
        let entry = try #require(try store.claimDue(effect: .archivePackage, now: now, limit: 1, lease: 600).first)
        try store.recordFailure(try #require(entry.id), error: "down", nextAttempt: now.addingTimeInterval(5), park: false)
        #expect(try store.claimDue(effect: .archivePackage, now: now.addingTimeInterval(1), limit: 1, lease: 600).isEmpty)
        let again = try #require(try store.claimDue(effect: .archivePackage, now: now.addingTimeInterval(6), limit: 1, lease: 600).first)
        #expect(again.attempts == 1 && again.lastError == "down")
        #expect(try store.outboxAttempts(try #require(again.id)).map(\.outcome) == ["failed"])
    }

    @Test func claimsTakeOneEffectMostUrgentFirst() throws {
        _ = try item("c1", effects: [(.caseRegister, 0), (.acknowledgement, 0)])
        let urgent = try item("c2", effects: [(.caseRegister, 100)])
        let claimed = try store.claimDue(effect: .caseRegister, now: Date().addingTimeInterval(1), limit: 1, lease: 60)
        #expect(claimed.map(\.itemId) == [urgent], "an access request goes first")
        #expect(claimed.allSatisfy { $0.effect == .caseRegister })
    }

    @Test func caseRegisterStepsAndNumbersAreKept() throws {
        let id = try item("d", effects: [(.caseRegister, 0)])
        try store.recordCaseRegisterStep(id, CaseRegisterStep(step: "saksmappe", state: .sent))
        #expect(try store.caseRegisterSteps(of: id)["saksmappe"]?.state == .sent)
        try store.recordCaseRegisterStep(id, CaseRegisterStep(step: "saksmappe", state: .created, href: "http://x/1", systemID: "s1",
                                                              identifier: "2026/7"))
        let step = try #require(try store.caseRegisterSteps(of: id)["saksmappe"])
        #expect(step.state == .created && step.href == "http://x/1" && step.identifier == "2026/7")
        try store.forgetCaseRegisterStep(id, "saksmappe")
        #expect(try store.caseRegisterSteps(of: id).isEmpty)
        try store.recordCaseRegistration(id, caseNumber: "2026/7", registryID: "2026/7-1", register: "test")
        let stored = try #require(try store.item(id))
        #expect(stored.caseNumber == "2026/7" && stored.registryId == "2026/7-1")
        #expect(try store.events(of: id).last?.reason.contains("2026/7-1") == true)
    }
}

extension OutboxLeaseTests {
    @Test func theNextDueTimeWaitsOutAnotherWorkersLease() throws {
        _ = try item("e", effects: [(.webhook, 0)])
        let now = Date().addingTimeInterval(1)
        #expect(try #require(try store.nextDue(effect: .webhook)) <= now)
        _ = try store.claimDue(effect: .webhook, now: now, limit: 1, lease: 120)
        let next = try #require(try store.nextDue(effect: .webhook))
        #expect(next > now.addingTimeInterval(100), "a held entry is not due for another worker")
        #expect(try store.nextDue(effect: .archivePackage) == nil)
    }
}

extension OutboxLeaseTests {
    @Test func aDeadOwnersLeasesAreReleased() throws {
        _ = try item("f", effects: [(.archivePackage, 0), (.acknowledgement, 0)])
        let now = Date().addingTimeInterval(1)
        _ = try store.claimDue(effect: .archivePackage, now: now, limit: 5, lease: 600, owner: "h/1/a")
        _ = try store.claimDue(effect: .acknowledgement, now: now, limit: 5, lease: 600, owner: "h/2/b")
        #expect(Set(try store.leaseOwners(now: now)) == ["h/1/a", "h/2/b"])
        #expect(try store.releaseLeases(of: "h/1/a") == 1)
        #expect(try store.claimDue(effect: .archivePackage, now: now, limit: 5, lease: 600).count == 1, "free again at once")
        #expect(try store.claimDue(effect: .acknowledgement, now: now, limit: 5, lease: 600).isEmpty, "the other holder keeps its lease")
    }
}
