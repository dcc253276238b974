import Foundation

/// The items of one pipeline pass waiting to be extracted, shared by the extraction workers
/// and the thread that finishes the items in order. The workers are threads of their own
/// (each with the crash journal's alternate signal stack), so they meet on a condition
/// variable rather than in tasks.
// @unchecked: every stored property is read and written only with `condition` locked.
final class ExtractionQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let queue: [Int64]
    private let workers: Int
    private var taken = 0
    private var done = Set<Int64>()
    private var workersDone = 0
    private var stopped = false

    init(ids: [Int64], workers: Int) {
        queue = ids
        self.workers = workers
    }

    /// The next item for a worker, or nil when every item is taken.
    func next() -> Int64? {
        condition.lock()
        defer { condition.unlock() }
        guard !stopped, taken < queue.count else { return nil }
        defer { taken += 1 }
        return queue[taken]
    }

    /// No worker takes another item (those in hand are finished).
    func stop() {
        condition.lock()
        stopped = true
        condition.unlock()
    }

    /// A worker finished with `id` (extracted, quarantined, or failed).
    func finished(_ id: Int64) {
        condition.lock()
        done.insert(id)
        condition.broadcast()
        condition.unlock()
    }

    /// A worker returned.
    func workerDone() {
        condition.lock()
        workersDone += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the workers are through with `id` (or all returned, so none will take it),
    /// waiting up to `grace` seconds for that.
    func waitUntilExtracted(_ id: Int64, grace: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(grace)
        condition.lock()
        defer { condition.unlock() }
        while !done.contains(id), workersDone < workers {
            if !condition.wait(until: deadline) { return done.contains(id) || workersDone >= workers }
        }
        return true
    }

    /// Waits until one of `ids` is through extraction, or every worker has returned (checked
    /// under the lock, so a finish just before the wait is not missed).
    func waitForAny(of ids: [Int64]) {
        condition.lock()
        while !ids.contains(where: done.contains), workersDone < workers { condition.wait() }
        condition.unlock()
    }

    /// Waits until every worker has returned.
    func waitForWorkers() {
        condition.lock()
        while workersDone < workers { condition.wait() }
        condition.unlock()
    }
}
