import Foundation
import PostmottakStore

/// The temporary name a package (a bag, an arkivmelding folder) is written under before it
/// is renamed into place: `.tmp-<host>+<pid>+<run>+<name>-<uuid>`. The writer is in the name,
/// so a worker cleaning up after a crash removes only the folders of processes that are gone
/// and never one that another running process is still writing.
enum TemporaryFolder {
    static let prefix = ".tmp-"

    /// A new temporary folder name for `name`, owned by this process.
    static func name(for name: String, owner: LeaseOwner = .current) -> String {
        let host = owner.host.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" }
        return "\(prefix)\(String(host))+\(owner.pid)+\(owner.run)+\(name)-\(UUID().uuidString)"
    }

    /// The owner written into a temporary folder's name, or nil for an older name.
    static func owner(of folderName: String) -> LeaseOwner? {
        guard folderName.hasPrefix(prefix) else { return nil }
        let parts = folderName.dropFirst(prefix.count).split(separator: "+", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let pid = Int32(parts[1]) else { return nil }
        return LeaseOwner(host: String(parts[0]), pid: pid, run: String(parts[2]))
    }

    /// Removes the temporary folders in `directory` that were left by a process that died:
    /// on this host with its process gone; elsewhere, or of an older name, once a day old.
    static func removeAbandoned(in directory: URL, now: Date = Date(), me: LeaseOwner = .current) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let host = String(me.host.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
        for name in names where name.hasPrefix(prefix) {
            let url = directory.appendingPathComponent(name)
            let abandoned: Bool
            if let owner = owner(of: name), owner.host == host {
                abandoned = LeaseOwner(host: me.host, pid: owner.pid, run: owner.run).isDead(seenFrom: me)
            } else {
                let modified = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? now
                abandoned = now.timeIntervalSince(modified) > 86_400
            }
            if abandoned { try? FileManager.default.removeItem(at: url) }
        }
    }
}
