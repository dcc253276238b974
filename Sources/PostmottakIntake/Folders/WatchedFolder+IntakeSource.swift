extension WatchedFolder: IntakeSource {
    public var sourceName: String { accepts == .scans ? "scan folder" : "drop folder" }

    public func takeIn() throws -> IntakeTally {
        let polled = try poll()
        return IntakeTally(captured: polled.captured, duplicates: polled.alreadyCaptured, failed: polled.failed, waiting: polled.waiting)
    }
}
