import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes a folder's loop when a file in it is written, closed or moved in (Linux inotify).
/// Each folder to follow is added with `follow`; folders that disappear drop out by
/// themselves. Where inotify is missing, or on a network share that sends no events, `wait`
/// simply waits out its timeout, so the caller's periodic rescan still finds every file.
final class FolderWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private var watched: Set<String> = []
    private let lock = NSLock()

    /// A watcher, or nil when the system offers none (the caller then only rescans).
    init?() {
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        descriptor = fd
        #else
        return nil
        #endif
    }

    deinit {
        #if canImport(Glibc)
        close(descriptor)
        #endif
    }

    /// Follows these folders too (those already followed are skipped).
    func follow(_ directories: [URL]) {
        #if canImport(Glibc)
        lock.lock(); defer { lock.unlock() }
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        for directory in directories where !watched.contains(directory.path) {
            if inotify_add_watch(descriptor, directory.path, mask) >= 0 { watched.insert(directory.path) }
        }
        #endif
    }

    /// Waits until something changes in a followed folder, `timeout` seconds pass, or
    /// `shouldStop` says so. Returns whether a change woke it.
    func wait(timeout: Double, shouldStop: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        #if canImport(Glibc)
        while !shouldStop() {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var pfd = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = Glibc.poll(&pfd, 1, Int32(min(left, 0.2) * 1000) + 1)
            if ready > 0 {
                if drain() { return true }
            } else if ready < 0, errno != EINTR {
                break
            }
        }
        #endif
        while !shouldStop(), Date() < deadline { Thread.sleep(forTimeInterval: min(0.2, max(0, deadline.timeIntervalSinceNow))) }
        return false
    }

    /// Reads every pending event; a folder removed or moved away is forgotten, so it is
    /// followed again if it comes back. Returns whether any event was read.
    private func drain() -> Bool {
        #if canImport(Glibc)
        var any = false
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let n = read(descriptor, buffer, size)
            if n <= 0 { break }
            any = true
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                if event.mask & (UInt32(IN_IGNORED) | UInt32(IN_Q_OVERFLOW)) != 0 {
                    // The kernel dropped a watch or events: follow everything afresh next time.
                    lock.lock(); watched.removeAll(); lock.unlock()
                }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
        }
        return any
        #else
        return false
        #endif
    }
}
