public import Foundation
import Synchronization
public import Logging
import PostmottakCore
import PostmottakScan
import PostmottakStore

/// A folder that files are dropped into: the `.eml` drop folder, or the mailroom's scan
/// folder. Files are taken once their size and modification time have settled, captured
/// durably, and only then moved to the processed folder (or the failed folder with a
/// `.reason.txt` beside them). A crash between capture and move leaves the file in place; the
/// next poll recognises it as already captured and moves it.
public final class WatchedFolder: Sendable {
    /// What a folder takes.
    public enum Accepts: Sendable {
        /// Any file: messages, and pictures or PDFs (read as scans by their signature).
        case anything
        /// Only TIFF, PNG, JPEG and PDF files; any other file is moved to the failed folder.
        case scans
    }

    public let folder: URL
    public let processed: URL
    public let failed: URL
    public let accepts: Accepts
    public let settleSeconds: TimeInterval
    public let intake: FileIntake
    public let logger: Logger
    private let observations = Observations()

    public init(folder: URL, processed: URL, failed: URL, accepts: Accepts, settleSeconds: TimeInterval,
                intake: FileIntake, logger: Logger) {
        self.folder = folder
        self.processed = processed
        self.failed = failed
        self.accepts = accepts
        self.settleSeconds = settleSeconds
        self.intake = intake
        self.logger = logger
    }

    /// Counts from one poll, and the folders seen (for a watcher to follow).
    public struct PollResult: Sendable, Equatable {
        public var captured = 0
        public var alreadyCaptured = 0
        public var failed = 0
        public var waiting = 0
        public var directories: [URL] = []
    }

    /// Takes every settled file in the folder (subfolders included).
    public func poll(now: Date = Date()) throws -> PollResult {
        var result = PollResult()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (files, directories) = try walk()
        result.directories = directories
        var seen = Set<String>()
        for url in files {
            if Task.isCancelled { break }
            seen.insert(url.path)
            guard observations.isSettled(url, now: now, settle: settleSeconds) else { result.waiting += 1; continue }
            let relative = relativePath(of: url)
            do {
                if accepts == .scans, let refusal = try Self.refusal(ofScanAt: url) {
                    result.failed += 1
                    logger.warning("not a scan; moved to the failed folder", metadata: ["file": "\(FileIntake.loggable(url.lastPathComponent))"])
                    try move(url, relative: relative, to: failed, reason: refusal)
                    observations.forget(url)
                    continue
                }
                switch try intake.capture(fileAt: url, name: url.lastPathComponent) {
                case .captured: result.captured += 1; try move(url, relative: relative, to: processed)
                case .alreadyCaptured: result.alreadyCaptured += 1; try move(url, relative: relative, to: processed)
                case .oversize(_, let reason):
                    result.failed += 1
                    try move(url, relative: relative, to: failed, reason: reason)
                }
                observations.forget(url)
            } catch {
                result.failed += 1
                logger.error("cannot capture a dropped file", metadata: ["file": "\(FileIntake.loggable(url.lastPathComponent))", "error": "\(error)"])
            }
        }
        observations.retain(only: seen)
        return result
    }

    /// Why a file in the scan folder is no scan, or nil when it is one (by its signature,
    /// whatever its name says).
    static func refusal(ofScanAt url: URL) throws -> String? {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let head = try handle.read(upToCount: 16) ?? Data()
        if head.isEmpty { return "the file is empty" }
        if ScanDocument.format(of: head) != nil { return nil }
        return "not a scan: the file is no TIFF, PNG, JPEG or PDF (by its first bytes, whatever its name says)"
    }

    /// The candidate files (sorted) and every folder below `folder` (itself included),
    /// leaving out the processed and failed folders.
    private func walk() throws -> ([URL], [URL]) {
        var files: [URL] = [], directories: [URL] = [folder]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                                                    options: [.skipsHiddenFiles])
        while let next = walker?.nextObject() as? URL {
            let values = try? next.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                if isSameOrInside(next, processed) || isSameOrInside(next, failed) { walker?.skipDescendants(); continue }
                directories.append(next)
            } else if values?.isRegularFile == true, FileIntake.isCandidate(next.lastPathComponent) {
                files.append(next)
            }
        }
        return (files.sorted { $0.path < $1.path }, directories)
    }

    private func isSameOrInside(_ url: URL, _ folder: URL) -> Bool {
        let path = url.standardizedFileURL.path, base = folder.standardizedFileURL.path
        return path == base || path.hasPrefix(base + "/")
    }

    private func relativePath(of url: URL) -> String {
        let base = folder.standardizedFileURL.path + "/"
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
        try DurableFile.syncDirectory(url.deletingLastPathComponent())
        try DurableFile.syncDirectory(target.deletingLastPathComponent())
    }
}

/// Size and modification time of files seen in earlier polls, and since when they are so.
private final class Observations: Sendable {
    private struct Seen { var size: Int64; var modified: Date; var since: Date }
    private let seen = Mutex<[String: Seen]>([:])

    func isSettled(_ url: URL, now: Date, settle: TimeInterval) -> Bool {
        guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey]) else { return false }
        let size = Int64(values.fileSize ?? 0), modified = values.contentModificationDate ?? now
        if settle <= 0 { return true }
        // Settled means the same size and modification time at two looks `settle` apart. An old
        // modification time proves nothing: a copy that keeps it (Explorer over SMB, `cp -p`,
        // `rsync -t`) is still being written.
        return seen.withLock { seen in
            if let previous = seen[url.path], previous.size == size, previous.modified == modified {
                return now.timeIntervalSince(previous.since) >= settle
            }
            seen[url.path] = Seen(size: size, modified: modified, since: now)
            return false
        }
    }

    func forget(_ url: URL) {
        seen.withLock { $0[url.path] = nil }
    }

    func retain(only paths: Set<String>) {
        seen.withLock { $0 = $0.filter { paths.contains($0.key) } }
    }
}
