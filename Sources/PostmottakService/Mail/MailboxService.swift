import Foundation
public import Logging

/// Runs the mailbox pollers: each mailbox in a task of its own, on its own thread (libcurl
/// blocks), on the configured interval. A mailbox whose server is down waits with
/// exponential backoff and jitter, says so in one log line per attempt, and the other
/// mailboxes go on.
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
    public func pollAllOnce(shouldStop: @escaping @Sendable () -> Bool = { false })
        async -> [(mailbox: String, result: Result<[MailboxPoller.FolderReport], any Error>)]
    {
        await withTaskGroup(of: (Int, Result<[MailboxPoller.FolderReport], any Error>).self) { group in
            for (index, poller) in pollers.enumerated() {
                group.addTask {
                    do { return (index, .success(try await Self.blocking(poller) { try poller.pollOnce(shouldStop: shouldStop) })) }
                    catch { return (index, .failure(error)) }
                }
            }
            var results: [(Int, Result<[MailboxPoller.FolderReport], any Error>)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map { (pollers[$0.0].mailbox.name, $0.1) }
        }
    }

    /// Polls every mailbox until `shouldStop`; `afterPoll` runs after each poll that took
    /// something (to move the new items on).
    public func run(shouldStop: @escaping @Sendable () -> Bool, afterPoll: @escaping @Sendable () async -> Void) async {
        await withTaskGroup(of: Void.self) { group in
            for poller in pollers {
                group.addTask { await loop(poller, shouldStop: shouldStop, afterPoll: afterPoll) }
            }
        }
    }

    private func loop(_ poller: MailboxPoller, shouldStop: @escaping @Sendable () -> Bool,
                      afterPoll: @escaping @Sendable () async -> Void) async {
        var failures = 0
        while !shouldStop() {
            let delay: Double
            do {
                let reports = try await Self.blocking(poller) { try poller.pollOnce(shouldStop: shouldStop) }
                if failures > 0 { logger.notice("mailbox reachable again", metadata: ["mailbox": "\(poller.mailbox.name)"]) }
                failures = 0
                delay = interval
                let taken = reports.reduce(0) { $0 + $1.captured + $1.duplicates + $1.oversize }
                if taken > 0 {
                    logger.info("mailbox polled", metadata: [
                        "mailbox": "\(poller.mailbox.name)", "captured": "\(reports.reduce(0) { $0 + $1.captured })",
                        "duplicates": "\(reports.reduce(0) { $0 + $1.duplicates })", "oversize": "\(reports.reduce(0) { $0 + $1.oversize })",
                    ])
                    await afterPoll()
                }
            } catch {
                failures += 1
                delay = Self.backoff(attempt: failures, initial: initialBackoff, max: maxBackoff)
                logger.warning("mailbox poll failed; the other mailboxes go on", metadata: [
                    "mailbox": "\(poller.mailbox.name)", "attempt": "\(failures)", "error": "\(error)",
                    "next_attempt_s": "\(String(format: "%.1f", delay))",
                ])
                await Self.blocking(poller) { poller.disconnect() }
            }
            let deadline = ContinuousClock.now + .milliseconds(Int(delay * 1000))
            while !shouldStop(), ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
        await Self.blocking(poller) { poller.disconnect() }
    }

    /// Exponential backoff with full jitter in its upper half: initial × 2^(attempt−1), capped,
    /// then a random point between half and all of it (so many gateways do not retry in step).
    public static func backoff(attempt: Int, initial: Double, max cap: Double) -> Double {
        let exponential = Swift.min(cap, initial * pow(2, Double(Swift.max(0, attempt - 1))))
        return exponential * Double.random(in: 0.5...1.0)
    }

    /// Runs blocking work for `poller` on its own serial queue, off the cooperative pool.
    static func blocking<T: Sendable>(_ poller: MailboxPoller, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            poller.queue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    static func blocking(_ poller: MailboxPoller, _ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { continuation in
            poller.queue.async {
                work()
                continuation.resume()
            }
        }
    }
}
