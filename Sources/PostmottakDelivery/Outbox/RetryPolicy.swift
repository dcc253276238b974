public import Foundation

/// Exponential backoff with jitter, and when to give up and park.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var initialDelay: TimeInterval
    public var maxDelay: TimeInterval

    public init(maxAttempts: Int, initialDelay: TimeInterval, maxDelay: TimeInterval) {
        self.maxAttempts = maxAttempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
    }

    /// The wait after the `attempt`-th failed attempt (1-based): doubling from `initialDelay`,
    /// capped at `maxDelay`, then a random share between 50 % and 100 % of it ("equal jitter").
    public func delay(afterAttempt attempt: Int, random: Double = Double.random(in: 0...1)) -> TimeInterval {
        let exponent = min(max(attempt - 1, 0), 40)
        let base = min(maxDelay, initialDelay * pow(2, Double(exponent)))
        return base / 2 + base / 2 * random
    }

    /// Whether the entry is parked after `attempts` failed attempts.
    public func shouldPark(afterAttempts attempts: Int) -> Bool { attempts >= maxAttempts }
}
