import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who holds an outbox lease or works on an item: `host/pid/run`. A worker on the same host
/// can tell that the holder is gone (no such process, or the same pid in another run): it
/// releases the holder's leases at once instead of waiting for them to run out after a
/// crash, and the crash fuse counts the holder's unfinished step as a death.
public struct LeaseOwner: Sendable, Equatable {
    public var host: String
    public var pid: Int32
    public var run: String

    /// This process.
    public static let current = LeaseOwner(host: Self.hostName(), pid: getpid(), run: String(UUID().uuidString.prefix(8)))

    public var text: String { "\(host)/\(pid)/\(run)" }

    public init(host: String, pid: Int32, run: String) {
        self.host = host
        self.pid = pid
        self.run = run
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let pid = Int32(parts[1]) else { return nil }
        self.init(host: String(parts[0]), pid: pid, run: String(parts[2]))
    }

    /// True when this owner is certainly dead: on this host, and its process is gone or the
    /// pid now belongs to this process in another run. Elsewhere, nothing can be told.
    public func isDead(seenFrom me: LeaseOwner = .current) -> Bool {
        guard host == me.host else { return false }
        if pid == me.pid { return run != me.run }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.replacingOccurrences(of: "/", with: "_")
    }
}
