public import Logging
public import ServiceLifecycle
import Foundation

/// `postmottak serve`: polls the IMAP mailboxes (each on its own) and the drop folder, moves
/// items through the pipeline and delivers the outbox, on an interval, until SIGTERM or
/// SIGINT; then it finishes the item in hand and returns, so the process exits 0.
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
            "mailboxes": "\(mail.pollers.map(\.mailbox.name).joined(separator: ","))",
        ])
        let shuttingDown = ShutdownFlag()
        let stop: @Sendable () -> Bool = { shuttingDown.isSet }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                try? await gracefulShutdown()
                shuttingDown.set()
            }
            if !mail.pollers.isEmpty {
                group.addTask { await mail.run(shouldStop: stop, afterPoll: {}) }
            }
            group.addTask { await self.processLoop(shouldStop: stop) }
            await group.next()
            await group.waitForAll()
        }
        logger.info("postmottak stopped")
    }

    /// The drop folder, the pipeline and the outbox, on the drop folder's interval.
    private func processLoop(shouldStop stop: @escaping @Sendable () -> Bool) async {
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
                try await instance.drain(shouldStop: stop)
            } catch {
                logger.error("poll failed; trying again next interval", metadata: ["error": "\(error)"])
            }
            let deadline = ContinuousClock.now + .milliseconds(Int(config.pollIntervalSeconds * 1000))
            while !stop(), ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(100)) }
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
