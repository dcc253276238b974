import Foundation
public import Logging
import PostmottakConfig

/// The configured mailboxes' pollers, each with its own thread for the blocking work
/// (libcurl). The serve loop is one `MailboxPollingService` per mailbox (in the App); this
/// polls them all once, for `postmottak mail poll`.
public struct MailboxService: Sendable {
    public let pollers: [MailboxPoller]
    public let interval: Double
    public let initialBackoff: Double
    public let maxBackoff: Double
    public let logger: Logger

    public init(pollers: [MailboxPoller], interval: Double, initialBackoff: Double, maxBackoff: Double, logger: Logger) {
        self.pollers = pollers
        self.interval = interval
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.logger = logger
    }

    /// Polls every mailbox once, concurrently. Returns each mailbox's folder reports, or the
    /// error that stopped it.
    public func pollAllOnce() async -> [(mailbox: String, result: Result<[MailboxPoller.FolderReport], any Error>)] {
        await withTaskGroup(of: (Int, Result<[MailboxPoller.FolderReport], any Error>).self) { group in
            for (index, poller) in pollers.enumerated() {
                group.addTask {
                    do { return (index, .success(try await poller.pollOnBlockingThread())) }
                    catch { return (index, .failure(error)) }
                }
            }
            var results: [(Int, Result<[MailboxPoller.FolderReport], any Error>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map { (pollers[$0.0].mailbox.name, $0.1) }
        }
    }

    /// Exponential backoff with full jitter in its upper half: initial × 2^(attempt−1), capped,
    /// then a random point between half and all of it (so many gateways do not retry in step).
    public static func backoff(attempt: Int, initial: Double, max cap: Double) -> Double {
        let exponential = Swift.min(cap, initial * pow(2, Double(Swift.max(0, attempt - 1))))
        return exponential * Double.random(in: 0.5...1.0)
    }
}

extension MailboxPoller {
    /// `pollOnce` on the poller's own thread; a cancelled task stops between messages.
    public func pollOnBlockingThread() async throws -> [FolderReport] {
        try await withTaskExecutorPreference(executor) { try pollOnce() }
    }

    /// `disconnect` on the poller's own thread.
    public func disconnectOnBlockingThread() async {
        await withTaskExecutorPreference(executor) { disconnect() }
    }
}
