public import Foundation
public import Logging
public import PostmottakConfig
import PostmottakStore

/// The `.eml` drop folder: files are taken once their size and modification time have
/// settled, captured durably, and only then moved to `processed/` (or `failed/` with a
/// `.reason.txt` beside them). A crash between capture and move leaves the file in place; the
/// next poll recognises it as already captured and moves it.
public final class DropFolder: Sendable {
    public let layout: DataLayout
    public let settleSeconds: TimeInterval
    public let intake: FileIntake
    public let logger: Logger
    private let observations = Observations()

    public init(layout: DataLayout, settleSeconds: TimeInterval, intake: FileIntake, logger: Logger) {
        self.layout = layout
        self.settleSeconds = settleSeconds
        self.intake = intake
        self.logger = logger
    }

    /// Counts from one poll.
    public struct PollResult: Sendable, Equatable {
        public var captured = 0
        public var alreadyCaptured = 0
        public var failed = 0
        public var waiting = 0
    }

    /// Takes every settled file in the folder (subfolders included).
    public func poll(now: Date = Date(), shouldStop: @Sendable () -> Bool = { false }) throws -> PollResult {
        var result = PollResult()
        try FileManager.default.createDirectory(at: layout.dropFolder, withIntermediateDirectories: true)
        let files = try FileIntake.files(in: [layout.dropFolder.path]).filter { !isInside($0, layout.processed) && !isInside($0, layout.failed) }
        var seen = Set<String>()
        for url in files {
            if shouldStop() { break }
            seen.insert(url.path)
            guard observations.isSettled(url, now: now, settle: settleSeconds) else { result.waiting += 1; continue }
            let relative = relativePath(of: url)
            do {
                switch try intake.capture(fileAt: url, name: url.lastPathComponent) {
                case .captured: result.captured += 1; try move(url, relative: relative, to: layout.processed)
                case .alreadyCaptured: result.alreadyCaptured += 1; try move(url, relative: relative, to: layout.processed)
                case .oversize(_, let reason):
                    result.failed += 1
                    try move(url, relative: relative, to: layout.failed, reason: reason)
                }
                observations.forget(url)
            } catch {
                result.failed += 1
                logger.error("cannot capture a dropped file", metadata: ["file": "\(url.lastPathComponent)", "error": "\(error)"])
            }
        }
        observations.retain(only: seen)
        return result
    }

    private func isInside(_ url: URL, _ folder: URL) -> Bool {
        url.standardizedFileURL.path.hasPrefix(folder.standardizedFileURL.path + "/")
    }

    private func relativePath(of url: URL) -> String {
        let base = layout.dropFolder.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.lastPathComponent
    }

    /// Moves a file into `folder`, keeping its subfolder, never overwriting another file.
    private func move(_ url: URL, relative: String, to folder: URL, reason: String? = nil) throws {
        var target = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        var n = 1
        let stem = target.deletingPathExtension().lastPathComponent, ext = target.pathExtension
        while FileManager.default.fileExists(atPath: target.path) {
            n += 1
            target = target.deletingLastPathComponent().appendingPathComponent(ext.isEmpty ? "\(stem)-\(n)" : "\(stem)-\(n).\(ext)")
        }
        if let reason {
            try DurableFile.writeAtomically(Data((reason + "\n").utf8), to: URL(fileURLWithPath: target.path + ".reason.txt"))
        }
        try FileManager.default.moveItem(at: url, to: target)
        DurableFile.syncDirectory(url.deletingLastPathComponent())
        DurableFile.syncDirectory(target.deletingLastPathComponent())
    }
}

/// Size and modification time of files seen in earlier polls.
private final class Observations: @unchecked Sendable {
    private struct Seen { var size: Int64; var modified: Date; var since: Date }
    private var seen: [String: Seen] = [:]
    private let lock = NSLock()

    func isSettled(_ url: URL, now: Date, settle: TimeInterval) -> Bool {
        guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey]) else { return false }
        let size = Int64(values.fileSize ?? 0), modified = values.contentModificationDate ?? now
        lock.lock(); defer { lock.unlock() }
        // A file last written longer ago than the settle time is complete now.
        if now.timeIntervalSince(modified) >= settle { return true }
        if let previous = seen[url.path], previous.size == size, previous.modified == modified {
            return now.timeIntervalSince(previous.since) >= settle
        }
        seen[url.path] = Seen(size: size, modified: modified, since: now)
        return false
    }

    func forget(_ url: URL) {
        lock.lock(); defer { lock.unlock() }
        seen[url.path] = nil
    }

    func retain(only paths: Set<String>) {
        lock.lock(); defer { lock.unlock() }
        seen = seen.filter { paths.contains($0.key) }
    }
}
