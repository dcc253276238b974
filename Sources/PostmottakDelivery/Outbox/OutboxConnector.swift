public import PostmottakStore

/// Delivers one kind of outside effect. Delivery must be idempotent: the worker delivers at
/// least once, so a connector recognises work it already did (by the entry's idempotency key
/// or the item's reference number) and reports it as delivered instead of doing it again.
public protocol OutboxConnector: Sendable {
    /// The effect this connector delivers.
    var effect: OutboxEntry.Effect { get }

    /// Delivers `entry`; returns a short description of where it went (a path, an id).
    func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String
}
