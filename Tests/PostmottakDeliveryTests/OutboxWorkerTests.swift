import Foundation
import Logging
import PostmottakDelivery
import PostmottakStore
import Synchronization
import Testing
import PostmottakCore

/// A destination for the worker's tests: answers with the given outcome and records what it got.
final class RecordingConnector: OutboxConnector {
    let effect: OutboxEntry.Effect
    let outcome: @Sendable (OutboxEntry) -> DeliveryError?
    let seen = Mutex<[Int64]>([])

    init(_ effect: OutboxEntry.Effect, outcome: @escaping @Sendable (OutboxEntry) -> DeliveryError? = { _ in nil }) {
        self.effect = effect
        self.outcome = outcome
    }

    func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        seen.withLock { $0.append(entry.itemId) }
        if let error = outcome(entry) { throw error }
        return "ok \(entry.itemId)"
    }
}

@Suite struct OutboxWorkerTests {
    let store: Store

    init() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-outbox-\(UUID().uuidString)")
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    func enqueue(_ key: String, _ effects: [(OutboxEntry.Effect, Int)]) throws -> Int64 {
        let digest = try store.blobs.put(Data(key.utf8))
        let item = try store.capture(IntakeItem(channel: .file, sourceKey: key, source: key, originalSha256: digest, originalSize: 1,
                                                receivedAt: Date()), reason: "test").item
        let id = try #require(item.id)
        try store.transition(id, from: .captured, step: "dispatch") { _, tx in
            for (effect, priority) in effects { try tx.enqueue(OutboxEntry(itemId: id, effect: effect, priority: priority, now: tx.now)) }
            return .init(status: .dispatched, reason: "test")
        }
        return id
    }

    func worker(_ connectors: [any OutboxConnector], maxAttempts: Int = 3) -> OutboxWorker {
        OutboxWorker(store: store, connectors: connectors, policy: RetryPolicy(maxAttempts: maxAttempts, initialDelay: 60, maxDelay: 600),
                     concurrency: [.caseRegister: 2], logger: Logger(label: "test"))
    }

    @Test func aDestinationThatIsDownHoldsUpNoOther() async throws {
        let a = try enqueue("a", [(.caseRegister, 0), (.archivePackage, 0)])
        let b = try enqueue("b", [(.caseRegister, 0), (.acknowledgement, 0)])
        let register = RecordingConnector(.caseRegister) { _ in .transient("503") }
        let archive = RecordingConnector(.archivePackage)
        let acks = RecordingConnector(.acknowledgement)
        let started = Date()
        let result = try await worker([register, archive, acks]).deliverDue(now: { Date().addingTimeInterval(1) })
        #expect(result.delivered == 2 && result.failed == 2 && result.parked == 0)
        #expect(archive.seen.withLock { $0 } == [a] && acks.seen.withLock { $0 } == [b])
        let waiting = try store.outboxEntries(in: [.pending])
        // Measured from before the attempt, so a slow machine cannot make the wait look short.
        #expect(waiting.count == 2 && waiting.allSatisfy { $0.effect == .caseRegister && $0.attempts == 1 && $0.nextAttemptAt > started.addingTimeInterval(20) },
                "the failed ones wait out their backoff")
        #expect(try store.item(a)?.status == .dispatched, "an item is done only when every effect is delivered")
    }

    @Test func accessRequestsGoFirstAndPermanentErrorsPark() async throws {
        let ordinary = try enqueue("o", [(.caseRegister, 0)])
        let access = try enqueue("x", [(.caseRegister, 100)])
        let register = RecordingConnector(.caseRegister) { entry in entry.priority == 0 ? .permanent("refused: 400") : nil }
        let worker = OutboxWorker(store: store, connectors: [register], policy: RetryPolicy(maxAttempts: 3, initialDelay: 60, maxDelay: 600),
                                  concurrency: [.caseRegister: 1], logger: Logger(label: "test"))
        let result = try await worker.deliverDue(now: { Date().addingTimeInterval(1) })
        #expect(register.seen.withLock { $0 } == [access, ordinary])
        #expect(result.delivered == 1 && result.parked == 1)
        let parked = try #require(try store.outboxEntries(in: [.parked]).first)
        #expect(parked.itemId == ordinary && parked.lastError == "refused: 400")
        #expect(try store.retryOutbox(try #require(parked.id)))
        #expect(try store.outboxAttempts(try #require(parked.id)).map(\.outcome) == ["parked", "retry requested"])
    }

    @Test func transientFailuresParkAfterTheLastAttempt() async throws {
        _ = try enqueue("t", [(.webhook, 0)])
        let hook = RecordingConnector(.webhook) { _ in .transient("timeout") }
        let worker = worker([hook], maxAttempts: 2)
        var clock = Date().addingTimeInterval(1)
        for _ in 0..<2 {
            let now = clock
            _ = try await worker.deliverDue(now: { now })
            clock = clock.addingTimeInterval(3600)
        }
        let entry = try #require(try store.outboxEntries().first)
        #expect(entry.status == .parked && entry.attempts == 2)
    }
}
