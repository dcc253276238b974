public import PostmottakStore

/// The case-register connector when none is configured: formal submissions are numbered and
/// recorded, and their delivery is parked with a reason that says what to do.
public struct UnconfiguredCaseRegister: OutboxConnector {
    public let effect = OutboxEntry.Effect.caseRegister

    public init() {}

    public func check() async throws(DeliveryError) -> String {
        throw .permanent("no case-register connector is configured ([case_register] connector = \"none\")")
    }

    public func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        throw .permanent("no case-register connector is configured ([case_register] connector = \"none\"); "
            + "configure one, then run `postmottak outbox retry \(entry.id ?? 0)`")
    }
}
