public import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Wakes a folder's loop when a file in it is written, closed or moved in (Linux inotify;
/// the only code that names it). Each folder to follow is added with `follow`; folders that
/// disappear drop out by themselves. On a network share that sends no events, `wait` simply
/// waits out its timeout, so the caller's periodic rescan still finds every file.
public final class FolderWatcher: Sendable {
    private let descriptor: Int32
    /// A pipe that `interrupt()` writes a byte to, so a blocked `wait` returns at once.
    private let interruption: Int32
    private let interrupter: Int32
    private let watched = Mutex<Set<String>>([])

    /// A watcher, or nil when the system offers none (the caller then only rescans).
    public init?() {
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            close(fd)
            return nil
        }
        for end in pipeEnds {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = fd
        interruption = pipeEnds[0]
        interrupter = pipeEnds[1]
        #else
        return nil
        #endif
    }

    deinit {
        #if canImport(Glibc)
        close(descriptor)
        close(interruption)
        close(interrupter)
        #endif
    }

    /// Follows these folders too (those already followed are skipped).
    public func follow(_ directories: [URL]) {
        #if canImport(Glibc)
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        watched.withLock { watched in
            for directory in directories where !watched.contains(directory.path) {
                if inotify_add_watch(descriptor, directory.path, mask) >= 0 { watched.insert(directory.path) }
            }
        }
        #endif
    }

    /// Blocks until something changes in a followed folder, `timeout` seconds pass, or
    /// `interrupt()` is called. Returns whether a change woke it.
    public func wait(timeout: Double) -> Bool {
        #if canImport(Glibc)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: interruption, events: Int16(POLLIN), revents: 0)]
            let ready = Glibc.poll(&fds, 2, Int32(min(left, 86_400) * 1000) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                return false
            }
            if fds[1].revents != 0 {
                var bytes = [UInt8](repeating: 0, count: 64)
                while read(interruption, &bytes, bytes.count) > 0 {}
                return false
            }
            if fds[0].revents != 0, drain() { return true }
        }
        #else
        return false
        #endif
    }

    /// Makes a blocked `wait` (or the next one) return at once.
    public func interrupt() {
        #if canImport(Glibc)
        var one: UInt8 = 1
        _ = write(interrupter, &one, 1)
        #endif
    }

    /// Waits as `wait` does, in the calling task: cancelling the task interrupts the wait.
    public func changed(within timeout: Double) async -> Bool {
        await withTaskCancellationHandler {
            Task.isCancelled ? false : wait(timeout: timeout)
        } onCancel: {
            interrupt()
        }
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
                    watched.withLock { $0.removeAll() }
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
