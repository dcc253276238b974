import CCrashJournal
public import Foundation
public import Logging
import PostmottakCore
public import PostmottakStore

/// The crash journal: one file per process in `<data>/crash-journal/`, to which a signal
/// handler writes a line when a thread dies of a fault while it works on an item. At start
/// the journals of processes that are gone are read into the crash fuse (the item, its step
/// and the signal) and removed; then this process opens its own.
public enum CrashJournal {
    /// Reads the journals left by dead processes into `store`, then opens this process's.
    public static func open(in folder: URL, store: Store, logger: Logger) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            logger.error("the crash journal folder cannot be made; crashes are counted as stops only",
                         metadata: ["folder": "\(folder.path)", "error": "\(error)"])
            return
        }
        let me = LeaseOwner.current
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".log") {
            let parts = name.dropLast(4).split(separator: "+")
            guard parts.count == 3, let pid = Int32(parts[1]) else { continue }
            let owner = LeaseOwner(host: String(parts[0]), pid: pid, run: String(parts[2]))
            guard owner.host == me.host, owner != me, owner.isDead(seenFrom: me) else { continue }
            let url = folder.appendingPathComponent(name)
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                guard let record = Record(line) else { continue }
                let counted = (try? store.recordCrash(record.item, at: record.status, pid: record.pid, signal: record.signal)) ?? false
                logger.error("an item crashed the reader in an earlier run", metadata: [
                    "item": "\(record.item)", "step": "\(record.status.stepName ?? record.status.rawValue)",
                    "signal": "\(SignalName.of(record.signal))", "counted": "\(counted)",
                ])
            }
            try? FileManager.default.removeItem(at: url)
        }
        let own = folder.appendingPathComponent("\(me.host)+\(me.pid)+\(me.run).log")
        if pm_crash_journal_open(own.path) != 0 {
            logger.error("the crash journal cannot be opened; crashes are counted as stops only", metadata: ["file": "\(own.path)"])
        }
    }

    /// The calling thread now works on `item` at `status`.
    static func enter(_ item: Int64, _ status: ItemStatus) {
        pm_crash_journal_enter(item, Int32(ItemStatus.allCases.firstIndex(of: status) ?? 0))
    }

    /// The calling thread is done with its item.
    static func leave() { pm_crash_journal_leave() }

    /// One line: `crash item=N status=S signal=G pid=P`.
    struct Record {
        var item: Int64
        var status: ItemStatus
        var signal: Int32
        var pid: Int32

        init?(_ line: Substring) {
            var fields: [Substring: Substring] = [:]
            for word in line.split(separator: " ").dropFirst() {
                let pair = word.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { fields[pair[0]] = pair[1] }
            }
            guard line.hasPrefix("crash "), let item = fields["item"].flatMap({ Int64($0) }),
                  let code = fields["status"].flatMap({ Int($0) }), ItemStatus.allCases.indices.contains(code),
                  let signal = fields["signal"].flatMap({ Int32($0) }), let pid = fields["pid"].flatMap({ Int32($0) }) else { return nil }
            self.item = item
            self.status = ItemStatus.allCases[code]
            self.signal = signal
            self.pid = pid
        }
    }
}
