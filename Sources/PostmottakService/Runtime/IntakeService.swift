public import Logging
public import ServiceLifecycle
import Foundation

/// `postmottak serve`: polls the drop folder, moves items through the pipeline and delivers
/// the outbox, on an interval, until SIGTERM or SIGINT; then it finishes the item in hand and
/// returns, so the process exits 0.
public struct IntakeService: Service {
    public let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
    }

    public func run() async throws {
        let config = instance.configuration.intake.dropFolder
        let logger = instance.logger
        logger.info("postmottak serving", metadata: [
            "drop_folder": "\(config.enabled ? instance.layout.dropFolder.path : "disabled")",
            "interval_s": "\(config.pollIntervalSeconds)",
        ])
        // Finish what an earlier run left unfinished before taking anything new.
        let stop: @Sendable () -> Bool = { Task.isShuttingDownGracefully || Task.isCancelled }
        while !stop() {
            do {
                if config.enabled {
                    let polled = try instance.dropFolder.poll(shouldStop: stop)
                    if polled.captured + polled.failed > 0 {
                        logger.info("drop folder polled", metadata: [
                            "captured": "\(polled.captured)", "failed": "\(polled.failed)", "waiting": "\(polled.waiting)",
                        ])
                    }
                }
                try await instance.drain(shouldStop: stop)
            } catch {
                logger.error("poll failed; trying again next interval", metadata: ["error": "\(error)"])
            }
            if stop() { break }
            try? await cancelWhenGracefulShutdown {
                try await Task.sleep(for: .seconds(config.pollIntervalSeconds))
            }
        }
        logger.info("postmottak stopped")
    }
}
