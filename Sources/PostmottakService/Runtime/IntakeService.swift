import Logging
public import ServiceLifecycle
import Foundation
import PostmottakStore

/// `postmottak serve`: polls the IMAP mailboxes (each on its own), watches the scan folder and
/// polls the drop folder, moves items through the pipeline and delivers the outbox, until
/// SIGTERM or SIGINT; then it finishes the item in hand and returns, so the process exits 0.
/// A poll that captured something wakes the pipeline at once.
public struct IntakeService: Service {
    public let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
    }

    public func run() async throws {
        let mail = try instance.mailboxService()
        let logger = instance.logger
        logger.info("postmottak serving", metadata: [
            "drop_folder": "\(instance.configuration.intake.dropFolder.enabled ? instance.layout.dropFolder.path : "disabled")",
            "scan_folder": "\(instance.configuration.intake.scanFolder.enabled ? instance.layout.scanFolder.path : "disabled")",
            "mailboxes": "\(mail.pollers.map(\.mailbox.name).joined(separator: ","))",
        ])
        let shuttingDown = ShutdownFlag()
        let stop: @Sendable () -> Bool = { shuttingDown.isSet }
        let wakeup = Wakeup()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await gracefulShutdown()
                shuttingDown.set()
            }
            if !mail.pollers.isEmpty {
                group.addTask { await mail.run(shouldStop: stop, afterPoll: { wakeup.signal() }) }
            }
            if instance.configuration.intake.scanFolder.enabled {
                group.addTask { await self.scanLoop(wakeup: wakeup, shouldStop: stop) }
            }
            let delivery = Wakeup()
            group.addTask { await self.processLoop(wakeup: wakeup, delivery: delivery, shouldStop: stop) }
            group.addTask { await self.deliveryLoop(wakeup: delivery, shouldStop: stop) }
            await group.next()
            await group.waitForAll()
        }
        logger.info("postmottak stopped")
    }

    /// The drop folder and the pipeline, on the drop folder's interval; what the pipeline
    /// dispatched wakes the delivery loop.
    private func processLoop(wakeup: Wakeup, delivery: Wakeup, shouldStop stop: @escaping @Sendable () -> Bool) async {
        let config = instance.configuration.intake.dropFolder
        let logger = instance.logger
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
                try instance.pipeline.runPending(shouldStop: stop)
                delivery.signal()
            } catch {
                logger.error("poll failed; trying again next interval", metadata: ["error": "\(error)"])
            }
            await wakeup.wait(until: ContinuousClock.now + .milliseconds(Int(config.pollIntervalSeconds * 1000)), shouldStop: stop)
        }
    }

    /// The outbox, apart from the pipeline, so a destination that is slow or down never holds
    /// up intake: delivers what is due, then sleeps until the next entry falls due (at most
    /// five seconds) or the pipeline dispatched something.
    private func deliveryLoop(wakeup: Wakeup, shouldStop stop: @escaping @Sendable () -> Bool) async {
        let logger = instance.logger
        while !stop() {
            var pause = 5.0
            do {
                _ = try await instance.outbox.deliverDue(shouldStop: stop)
                for effect in OutboxEntry.Effect.allCases {
                    if let due = try instance.store.nextDue(effect: effect) { pause = min(pause, max(0.2, due.timeIntervalSinceNow)) }
                }
            } catch {
                logger.error("outbox delivery failed; trying again shortly", metadata: ["error": "\(error)"])
            }
            await wakeup.wait(until: ContinuousClock.now + .milliseconds(Int(pause * 1000)), shouldStop: stop)
        }
    }

    /// The scan folder, on a thread of its own (the wait blocks): read in full, then wait for
    /// an inotify event or the rescan interval, or for the settle time while a file is still
    /// being written.
    private func scanLoop(wakeup: Wakeup, shouldStop stop: @escaping @Sendable () -> Bool) async {
        let config = instance.configuration.intake.scanFolder
        let folder = instance.scanFolder
        let logger = instance.logger
        let watcher = config.watch ? FolderWatcher() : nil
        if config.watch, watcher == nil {
            logger.warning("inotify is not available; the scan folder is only rescanned", metadata: [
                "rescan_interval_seconds": "\(config.rescanIntervalSeconds)",
            ])
        }
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                while !stop() {
                    var waitFor = config.rescanIntervalSeconds
                    do {
                        let polled = try folder.poll(shouldStop: stop)
                        watcher?.follow(polled.directories)
                        if polled.captured + polled.failed > 0 {
                            logger.info("scan folder read", metadata: [
                                "captured": "\(polled.captured)", "failed": "\(polled.failed)", "waiting": "\(polled.waiting)",
                            ])
                            wakeup.signal()
                        }
                        if polled.waiting > 0 { waitFor = min(waitFor, max(0.2, config.settleSeconds / 2)) }
                    } catch {
                        logger.error("scan folder cannot be read; trying again", metadata: ["error": "\(error)"])
                    }
                    if let watcher {
                        _ = watcher.wait(timeout: waitFor, shouldStop: stop)
                    } else {
                        let deadline = Date().addingTimeInterval(waitFor)
                        while !stop(), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
                    }
                }
                done.resume()
            }
            thread.name = "postmottak-scan-folder"
            thread.start()
        }
    }
}

/// Set once when graceful shutdown begins; read by every loop.
final class ShutdownFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
