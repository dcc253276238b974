import Foundation
public import PostmottakStore

/// Delivers one kind of outside effect. Delivery must be idempotent: the worker delivers at
/// least once, so a connector recognises work it already did (by the entry's idempotency key
/// or the item's reference number) and reports it as delivered instead of doing it again.
public protocol OutboxConnector: Sendable {
    /// The effect this connector delivers.
    var effect: OutboxEntry.Effect { get }

    /// Delivers `entry`; returns a short description of where it went (a path, an id).
    func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String

    /// Checks, without delivering anything, that the destination can be reached and
    /// accepts work; returns what was found (for `postmottak outbox check`).
    func check() async throws(DeliveryError) -> String
}

extension OutboxConnector {
    public func check() async throws(DeliveryError) -> String { "no check for this destination" }

    /// Checks that `directory` exists (creating it) and takes a file.
    func checkWritable(_ directory: URL) throws(DeliveryError) -> String {
        let probe = directory.appendingPathComponent(".tmp-check-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data("check".utf8).write(to: probe)
            try FileManager.default.removeItem(at: probe)
        } catch {
            throw .transient("cannot write in \(directory.path): \(DeliveryError.describe(error))")
        }
        return "\(directory.path) is writable"
    }
}
