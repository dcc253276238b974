/// Somewhere submissions arrive: the drop folder, the scan folder, a mailbox. Taking in
/// stores each arrival durably (blobs, then one transaction) before the source lets go of
/// it (a file is moved, a message flagged or moved), so a crash at any point loses nothing.
public protocol IntakeSource: Sendable {
    /// For logs and status: "drop folder", "scan folder", "mailbox postmottak".
    var sourceName: String { get }

    /// Takes in what has arrived. Blocking; stops between arrivals when the task is cancelled.
    func takeIn() throws -> IntakeTally
}

/// What one pass over a source took in.
public struct IntakeTally: Sendable, Equatable {
    /// New items.
    public var captured = 0
    /// Arrivals that were another delivery of something already taken (no new item).
    public var duplicates = 0
    /// Arrivals set aside with a reason (quarantined, or moved to the failed folder).
    public var failed = 0
    /// Arrivals not yet settled (a file still being written), taken on a later pass.
    public var waiting = 0

    public init(captured: Int = 0, duplicates: Int = 0, failed: Int = 0, waiting: Int = 0) {
        self.captured = captured
        self.duplicates = duplicates
        self.failed = failed
        self.waiting = waiting
    }

    /// Whether the pass took anything (the pipeline has work).
    public var tookAnything: Bool { captured + duplicates + failed > 0 }

    /// Log metadata values.
    public var summary: [String: String] {
        ["captured": "\(captured)", "duplicates": "\(duplicates)", "failed": "\(failed)", "waiting": "\(waiting)"]
    }
}
