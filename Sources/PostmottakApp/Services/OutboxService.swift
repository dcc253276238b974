import Foundation
import Logging
public import ServiceLifecycle
import PostmottakStore
import PostmottakDelivery
import PostmottakCore

/// The outbox, apart from the pipeline, so a destination that is slow or down never holds up
/// intake: delivers what is due, then waits until the next entry falls due (at most five
/// seconds) or the pipeline dispatched something (`Instance.deliveryWake`).
public struct OutboxService: Service {
    public let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
    }

    public func run() async throws {
        let logger = instance.logger
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                var pause = 5.0
                do {
                    _ = try await instance.outbox.deliverDue()
                    for effect in OutboxEntry.Effect.allCases {
                        if let due = try instance.store.nextDue(effect: effect) { pause = min(pause, max(0.2, due.timeIntervalSinceNow)) }
                    }
                } catch {
                    logger.error("outbox delivery failed; trying again shortly", metadata: ["error": "\(error)"])
                }
                await instance.deliveryWake.wait(timeout: .milliseconds(Int(pause * 1000)))
            }
        }
    }
}
