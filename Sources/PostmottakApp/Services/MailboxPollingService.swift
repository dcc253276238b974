import Foundation
import Logging
public import PostmottakIntake
public import ServiceLifecycle
import PostmottakCore
import PostmottakConfig

/// One mailbox, polled on the configured interval on its own thread. A server that is down
/// is retried with exponential backoff and jitter, one log line per attempt, and the other
/// mailboxes go on. What a poll took wakes the pipeline.
public struct MailboxPollingService: Service {
    public let poller: MailboxPoller
    public let settings: MailboxService
    public let instance: Instance

    public init(poller: MailboxPoller, settings: MailboxService, instance: Instance) {
        self.poller = poller
        self.settings = settings
        self.instance = instance
    }

    public func run() async throws {
        let logger = settings.logger
        let name = poller.mailbox.name
        await cancelWhenGracefulShutdown {
            var failures = 0
            while !Task.isCancelled {
                let delay: Double
                do {
                    let reports = try await poller.pollOnBlockingThread()
                    if failures > 0 { logger.notice("mailbox reachable again", metadata: ["mailbox": "\(name)"]) }
                    failures = 0
                    delay = settings.interval
                    let taken = reports.reduce(0) { $0 + $1.captured + $1.duplicates + $1.oversize }
                    if taken > 0 {
                        logger.info("mailbox polled", metadata: [
                            "mailbox": "\(name)", "captured": "\(reports.reduce(0) { $0 + $1.captured })",
                            "duplicates": "\(reports.reduce(0) { $0 + $1.duplicates })", "oversize": "\(reports.reduce(0) { $0 + $1.oversize })",
                        ])
                        instance.pipelineWake.signal()
                    }
                } catch {
                    failures += 1
                    delay = MailboxService.backoff(attempt: failures, initial: settings.initialBackoff, max: settings.maxBackoff)
                    logger.warning("mailbox poll failed; the other mailboxes go on", metadata: [
                        "mailbox": "\(name)", "attempt": "\(failures)", "error": "\(error)",
                        "next_attempt_s": "\(String(format: "%.1f", delay))",
                    ])
                    await poller.disconnectOnBlockingThread()
                }
                try? await Task.sleep(for: .milliseconds(Int(delay * 1000)))
            }
        }
        await poller.disconnectOnBlockingThread()
    }
}
