import Logging
public import ServiceLifecycle
import PostmottakCore
import PostmottakIntake
import PostmottakPipeline
import PostmottakTransport
import PostmottakIntake
import PostmottakConfig

/// The drop folder and the pipeline: on the drop folder's interval, or at once when a poll
/// captured something (`Instance.pipelineWake`). What it dispatched wakes the outbox. The
/// blocking work runs on a thread of its own; graceful shutdown cancels the loop, and the
/// item in hand is finished first.
public struct PipelineService: Service {
    public let instance: Instance
    private let executor = BlockingExecutor(threads: 1, name: "postmottak-pipeline")

    public init(instance: Instance) {
        self.instance = instance
    }

    public func run() async throws {
        let config = instance.configuration.intake.dropFolder
        let logger = instance.logger
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await withTaskExecutorPreference(executor) { pass(dropFolder: config.enabled, logger: logger) }
                instance.deliveryWake.signal()
                await instance.pipelineWake.wait(timeout: .milliseconds(Int(config.pollIntervalSeconds * 1000)))
            }
        }
    }

    private func pass(dropFolder: Bool, logger: Logger) {
        do {
            if dropFolder {
                let source: any IntakeSource = instance.dropFolder
                let tally = try source.takeIn()
                if tally.captured + tally.failed > 0 {
                    logger.info("\(source.sourceName) polled", metadata: tally.summary.mapValues { .string($0) })
                }
            }
            try instance.pipeline.runPending()
        } catch {
            logger.error("poll failed; trying again next interval", metadata: ["error": "\(error)"])
        }
    }
}
