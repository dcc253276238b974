public import Foundation
public import Logging
public import PostmottakStore
import PostmottakTransport

/// Delivers due outbox entries through their connectors, records every attempt, backs off on
/// transient errors and parks after too many attempts or a permanent error. Nothing is ever
/// dropped: a parked entry stays until `postmottak outbox retry` puts it back.
///
/// Each destination (effect) has a lane of its own with its own concurrency, so a case
/// register that is down for hours does not hold up archive packages or acknowledgements.
/// An entry is claimed with a lease before it is attempted, so two workers never deliver it
/// at once; within a lane the most urgent (access requests) go first.
public struct OutboxWorker: Sendable {
    public let store: Store
    public let connectors: [OutboxEntry.Effect: any OutboxConnector]
    public let policy: RetryPolicy
    /// Deliveries at the same time, per effect (1 when not given).
    public let concurrency: [OutboxEntry.Effect: Int]
    /// How long a claimed entry is held before another worker may take it.
    public let lease: TimeInterval
    /// False for a worker of a command that only reads: it delivers nothing.
    public let enabled: Bool
    public let logger: Logger
    /// Where deliveries run: threads of their own, one per concurrent delivery.
    private let executor: BlockingExecutor

    public init(store: Store, connectors: [any OutboxConnector], policy: RetryPolicy,
                concurrency: [OutboxEntry.Effect: Int] = [:], lease: TimeInterval = 900, enabled: Bool = true, logger: Logger) {
        self.store = store
        self.connectors = Dictionary(connectors.map { ($0.effect, $0) }, uniquingKeysWith: { a, _ in a })
        self.policy = policy
        self.concurrency = concurrency
        self.lease = lease
        self.enabled = enabled
        self.logger = logger
        let width = OutboxEntry.Effect.allCases.reduce(0) { $0 + max(1, concurrency[$1] ?? 1) }
        executor = BlockingExecutor(threads: enabled ? width : 1, name: "postmottak-delivery")
    }

    /// Counts from one pass.
    public struct PassResult: Sendable, Equatable {
        public var delivered = 0
        public var failed = 0
        public var parked = 0

        static func + (a: PassResult, b: PassResult) -> PassResult {
            PassResult(delivered: a.delivered + b.delivered, failed: a.failed + b.failed, parked: a.parked + b.parked)
        }
    }

    /// Delivers every entry that is due now, each destination in its own lane; stops after
    /// the deliveries in hand when the task is cancelled.
    public func deliverDue(now: @escaping @Sendable () -> Date = Date.init) async throws -> PassResult {
        guard enabled else { return PassResult() }
        try releaseLeasesOfDeadWorkers()
        return try await withThrowingTaskGroup(of: PassResult.self) { group in
            for effect in OutboxEntry.Effect.allCases {
                group.addTask(executorPreference: executor) { try await deliverLane(effect, now: now) }
            }
            var total = PassResult()
            for try await lane in group { total = total + lane }
            return total
        }
    }

    /// Entries held by a worker on this host that died (killed, crashed) are free at once.
    private func releaseLeasesOfDeadWorkers() throws {
        for text in try store.leaseOwners() {
            guard let owner = LeaseOwner(text), owner.isDead() else { continue }
            let released = try store.releaseLeases(of: text)
            logger.notice("released the outbox leases of a worker that is gone", metadata: ["owner": "\(text)", "entries": "\(released)"])
        }
    }

    /// One destination: claims due entries in batches of its concurrency and delivers each batch at once.
    private func deliverLane(_ effect: OutboxEntry.Effect, now: @Sendable () -> Date) async throws -> PassResult {
        let width = max(1, concurrency[effect] ?? 1)
        var result = PassResult()
        while !Task.isCancelled {
            let batch = try store.claimDue(effect: effect, now: now(), limit: width, lease: lease, owner: LeaseOwner.current.text)
            if batch.isEmpty { break }
            let started = now()
            let outcome = try await withThrowingTaskGroup(of: PassResult.self) { group in
                for entry in batch {
                    group.addTask(executorPreference: executor) {
                        var one = PassResult()
                        try await deliver(entry, now: started, into: &one)
                        return one
                    }
                }
                var sum = PassResult()
                for try await one in group { sum = sum + one }
                return sum
            }
            result = result + outcome
        }
        return result
    }

    private func deliver(_ entry: OutboxEntry, now: Date, into result: inout PassResult) async throws {
        guard let id = entry.id else { return }
        let failure: DeliveryError
        if let connector = connectors[entry.effect] {
            let destination: String
            do {
                destination = try await connector.deliver(entry)
            } catch {
                failure = error
                return try recordFailure(entry, id: id, failure: failure, now: now, into: &result)
            }
            try store.recordDelivery(id, result: destination, now: Date())
            logger.info("delivered", metadata: ["outbox": "\(id)", "item": "\(entry.itemId)", "effect": "\(entry.effect.rawValue)"])
            result.delivered += 1
            return
        } else {
            failure = .permanent("no connector for \(entry.effect.rawValue) is configured")
        }
        try recordFailure(entry, id: id, failure: failure, now: now, into: &result)
    }

    private func recordFailure(_ entry: OutboxEntry, id: Int64, failure: DeliveryError, now: Date, into result: inout PassResult) throws {
        let attempts = entry.attempts + 1
        let park: Bool
        switch failure {
        case .permanent: park = true
        case .transient: park = policy.shouldPark(afterAttempts: attempts)
        }
        let next = now.addingTimeInterval(policy.delay(afterAttempt: attempts))
        try store.recordFailure(id, error: failure.description, nextAttempt: next, park: park, now: Date())
        if park {
            result.parked += 1
            logger.warning("outbox entry parked", metadata: [
                "outbox": "\(id)", "item": "\(entry.itemId)", "effect": "\(entry.effect.rawValue)", "attempts": "\(attempts)",
                "reason": "\(failure.description)",
            ])
        } else {
            result.failed += 1
            logger.notice("delivery failed, will retry", metadata: [
                "outbox": "\(id)", "item": "\(entry.itemId)", "effect": "\(entry.effect.rawValue)", "attempts": "\(attempts)",
                "retry_in_s": "\(Int(next.timeIntervalSince(now)))", "reason": "\(failure.description)",
            ])
        }
    }
}
