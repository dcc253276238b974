import Foundation

/// A task executor on threads of its own, for deliveries that block in C libraries
/// (libcurl transfers, fsync). Tasks that prefer it keep those waits off Swift's cooperative
/// pool, so a register that takes a minute to time out does not starve the pipeline.
/// Threads start when work first needs them, up to the limit, and then stay.
// @unchecked: `jobs`, `started` and `idle` are used only with `condition` held.
public final class BlockingExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var started = 0
    private var idle = 0
    private let limit: Int
    private let name: String

    /// At most `threads` threads, named `name-N`.
    public init(threads: Int, name: String) {
        limit = max(1, threads)
        self.name = name
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        if idle == 0, started < limit {
            started += 1
            let thread = Thread { [self] in work() }
            thread.name = "\(name)-\(started)"
            thread.start()
        }
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            idle += 1
            while jobs.isEmpty { condition.wait() }
            idle -= 1
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
