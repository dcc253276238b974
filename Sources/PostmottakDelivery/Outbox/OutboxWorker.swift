public import Foundation
public import Logging
public import PostmottakStore

/// Delivers due outbox entries through their connectors, records every attempt, backs off on
/// transient errors and parks after too many attempts or a permanent error. Nothing is ever
/// dropped: a parked entry stays until `postmottak outbox retry` puts it back.
public struct OutboxWorker: Sendable {
    public let store: Store
    public let connectors: [OutboxEntry.Effect: any OutboxConnector]
    public let policy: RetryPolicy
    public let logger: Logger

    public init(store: Store, connectors: [any OutboxConnector], policy: RetryPolicy, logger: Logger) {
        self.store = store
        self.connectors = Dictionary(connectors.map { ($0.effect, $0) }, uniquingKeysWith: { a, _ in a })
        self.policy = policy
        self.logger = logger
    }

    /// Counts from one pass.
    public struct PassResult: Sendable, Equatable {
        public var delivered = 0
        public var failed = 0
        public var parked = 0
    }

    /// Delivers every entry that is due now, most urgent first; stops early when `shouldStop`.
    public func deliverDue(now: @Sendable () -> Date = Date.init, shouldStop: @Sendable () -> Bool = { false }) async throws -> PassResult {
        var result = PassResult()
        while !shouldStop() {
            let due = try store.dueOutbox(now: now(), limit: 50)
            if due.isEmpty { break }
            for entry in due {
                if shouldStop() { break }
                try await deliver(entry, now: now(), into: &result)
            }
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
