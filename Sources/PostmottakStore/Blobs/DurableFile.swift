public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// File writes that survive a crash or power loss: write, fsync, rename, fsync the folder.
/// Every system call's failure is an error that names the file and what to do (a full disk
/// says so); a file left half-written by a failure is removed.
public enum DurableFile {
    /// A failed file operation.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What was being done ("write", "fsync", "rename", …).
        public var operation: String
        public var path: String
        public var errno: Int32

        public var description: String {
            let text = String(cString: strerror(errno))
            let hint: String
            switch errno {
            case ENOSPC, EDQUOT: hint = "free disk space (or raise the quota) and it is tried again"
            case EACCES, EPERM, EROFS: hint = "check the folder's permissions and that the disk is mounted writable"
            case EIO: hint = "the disk reported an I/O error: check it"
            default: hint = "check the disk and the folder"
            }
            return "cannot \(operation) \(path): \(text); \(hint)"
        }
    }

    /// Writes `data` to `url`, a new file, and fsyncs it. On failure nothing is left behind.
    public static func write(_ data: Data, to url: URL) throws(Failure) {
        let path = url.path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(operation: "create", path: path, errno: errno) }
        var failure: Failure?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var base = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = systemWrite(fd, base, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(operation: "write", path: path, errno: errno)
                    return
                }
                left -= n
                base += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = Failure(operation: "fsync", path: path, errno: errno) }
        if close(fd) != 0, failure == nil { failure = Failure(operation: "close", path: path, errno: errno) }
        if let failure {
            unlink(path)
            throw failure
        }
    }

    /// Renames `source` to `destination` atomically and fsyncs the destination's folder.
    public static func rename(_ source: URL, to destination: URL) throws(Failure) {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            throw Failure(operation: "rename \(source.lastPathComponent) to", path: destination.path, errno: errno)
        }
        try syncDirectory(destination.deletingLastPathComponent())
    }

    /// fsyncs a folder, so the names in it (new files, renames, new subfolders) are durable.
    public static func syncDirectory(_ url: URL) throws(Failure) {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(operation: "open the folder", path: url.path, errno: errno) }
        defer { close(fd) }
        // Some file systems cannot fsync a folder (EINVAL); their names are durable anyway.
        if fsync(fd) != 0, errno != EINVAL { throw Failure(operation: "fsync the folder", path: url.path, errno: errno) }
    }

    /// Creates `url` (and any missing parents) so that each new folder's name is durable:
    /// every parent a folder was made in is fsynced.
    public static func createDirectory(_ url: URL) throws(Failure) {
        var missing: [URL] = []
        var current = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.append(current)
            current = current.deletingLastPathComponent()
        }
        for folder in missing.reversed() {
            if mkdir(folder.path, 0o755) != 0, errno != EEXIST {
                throw Failure(operation: "create the folder", path: folder.path, errno: errno)
            }
            try syncDirectory(folder.deletingLastPathComponent())
        }
    }

    /// Writes `data` atomically: to a temporary name beside `url`, then renamed over it.
    public static func writeAtomically(_ data: Data, to url: URL) throws(Failure) {
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try write(data, to: tmp)
        do {
            try rename(tmp, to: url)
        } catch {
            unlink(tmp.path)
            throw error
        }
    }
}
