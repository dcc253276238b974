import Foundation

/// A nudge from one loop to another: a poll that captured something wakes the pipeline at
/// once instead of at its next interval. Nudges before a wait are not lost.
final class Wakeup: @unchecked Sendable {
    private let lock = NSLock()
    private var pending = false

    func signal() {
        lock.lock()
        pending = true
        lock.unlock()
    }

    /// Takes a pending nudge, if any.
    func take() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        let was = pending
        pending = false
        return was
    }

    /// Sleeps until `deadline`, a nudge, or `shouldStop`.
    func wait(until deadline: ContinuousClock.Instant, shouldStop: @Sendable () -> Bool) async {
        while !shouldStop(), ContinuousClock.now < deadline, !take() {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}
