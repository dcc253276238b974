import Logging
public import ServiceLifecycle
import PostmottakIntake
import PostmottakTransport
import PostmottakCore
import PostmottakConfig

/// The scan folder: read in full, then wait for an inotify event or the rescan interval
/// (or the settle time while a file is still being written). What it captured wakes the
/// pipeline. The blocking work runs on a thread of its own; cancelling interrupts the wait.
public struct ScanFolderService: Service {
    public let instance: Instance
    private let executor = BlockingExecutor(threads: 1, name: "postmottak-scan-folder")

    public init(instance: Instance) {
        self.instance = instance
    }

    public func run() async throws {
        let config = instance.configuration.intake.scanFolder
        let folder = instance.scanFolder
        let logger = instance.logger
        let watcher = config.watch ? FolderWatcher() : nil
        if config.watch, watcher == nil {
            logger.warning("inotify is not available; the scan folder is only rescanned", metadata: [
                "rescan_interval_seconds": "\(config.rescanIntervalSeconds)",
            ])
        }
        await cancelWhenGracefulShutdown {
            await withTaskExecutorPreference(executor) {
                while !Task.isCancelled {
                    var waitFor = config.rescanIntervalSeconds
                    do {
                        let polled = try folder.poll()
                        watcher?.follow(polled.directories)
                        if polled.captured + polled.failed > 0 {
                            logger.info("scan folder read", metadata: [
                                "captured": "\(polled.captured)", "failed": "\(polled.failed)", "waiting": "\(polled.waiting)",
                            ])
                            instance.pipelineWake.signal()
                        }
                        if polled.waiting > 0 { waitFor = min(waitFor, max(0.2, config.settleSeconds / 2)) }
                    } catch {
                        logger.error("scan folder cannot be read; trying again", metadata: ["error": "\(error)"])
                    }
                    if let watcher {
                        _ = await watcher.changed(within: waitFor)
                    } else {
                        try? await Task.sleep(for: .milliseconds(Int(waitFor * 1000)))
                    }
                }
            }
        }
    }
}
