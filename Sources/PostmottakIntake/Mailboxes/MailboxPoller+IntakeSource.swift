import PostmottakConfig

extension MailboxPoller: IntakeSource {
    public var sourceName: String { "mailbox \(mailbox.name)" }

    public func takeIn() throws -> IntakeTally {
        let reports = try pollOnce()
        return IntakeTally(captured: reports.reduce(0) { $0 + $1.captured }, duplicates: reports.reduce(0) { $0 + $1.duplicates },
                           failed: reports.reduce(0) { $0 + $1.oversize })
    }
}
