public import Foundation
public import Logging
import PostmottakCore
import PostmottakScan
public import PostmottakStore

/// Captures message files: the bytes go to the blob store and an item is recorded, in one
/// durable step, keyed by the file's SHA-256 so the same bytes are recognised however often
/// they are offered. A file over the size limit is captured as its headers plus a note and
/// quarantined at once.
public struct FileIntake: Sendable {
    public let store: Store
    public let maxBytes: Int
    public let logger: Logger

    public init(store: Store, maxBytes: Int, logger: Logger) {
        self.store = store
        self.maxBytes = maxBytes
        self.logger = logger
    }

    /// What became of one file.
    public enum Outcome: Sendable, Equatable {
        case captured(IntakeItem)
        case alreadyCaptured(IntakeItem)
        /// Captured as headers only and quarantined: the file must stay where a person finds it.
        case oversize(IntakeItem, reason: String)

        public var item: IntakeItem {
            switch self { case .captured(let i), .alreadyCaptured(let i), .oversize(let i, _): i }
        }
    }

    /// Captures the file at `url`; `name` is how it is shown (the file name).
    public func capture(fileAt url: URL, name: String, now: Date = Date()) throws -> Outcome {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let display = Self.loggable(name)

        if size > Int64(maxBytes) {
            let digest = try BlobStore.digest(ofFileAt: url)
            let reason = "message is \(size) bytes, over the limit of \(maxBytes) (intake.max_message_bytes); "
                + "its headers are kept and the file itself is not read"
            let headers = try Self.headerBlock(of: url, limit: 256 * 1024)
            let note = Data("X-Postmottak-Note: \(reason)\r\n".utf8) + headers
            let headerDigest = try store.blobs.put(note)
            var item = IntakeItem(channel: .file, sourceKey: "sha256:\(digest)", source: display, originalSha256: headerDigest,
                                  originalSize: size, originalComplete: false, receivedAt: now, status: .quarantined)
            item.reason = reason
            switch try store.capture(item, reason: "captured headers only and quarantined: \(reason)") {
            case .captured(let stored):
                logger.warning("file quarantined", metadata: ["item": "\(stored.id ?? 0)", "file": "\(display)", "reason": "over the size limit"])
                return .oversize(stored, reason: reason)
            case .alreadyCaptured(let stored):
                return .alreadyCaptured(stored)
            }
        }

        let data = try Data(contentsOf: url)
        let digest = try store.blobs.put(data)
        // A picture or a PDF is a scan (a card or a letter), whatever folder it came through.
        let channel: Channel = ScanDocument.format(of: data) != nil ? .scan : .file
        let item = IntakeItem(channel: channel, sourceKey: "sha256:\(digest)", source: display, originalSha256: digest,
                              originalSize: Int64(data.count), receivedAt: now)
        switch try store.capture(item, reason: "captured from file \(display) (\(data.count) bytes)") {
        case .captured(let stored):
            logger.info("captured", metadata: ["item": "\(stored.id ?? 0)", "file": "\(display)", "bytes": "\(data.count)"])
            return .captured(stored)
        case .alreadyCaptured(let stored):
            logger.info("already captured", metadata: ["item": "\(stored.id ?? 0)", "file": "\(display)"])
            return .alreadyCaptured(stored)
        }
    }

    /// The message files under `paths` (files as given, folders walked), in a stable order.
    /// Hidden files and unfinished ones (`.tmp`, `.part`) are skipped.
    public static func files(in paths: [String]) throws -> [URL] {
        var result: [URL] = []
        for path in paths {
            // A path given by the operator is followed when it is a symbolic link (a folder
            // linked into place); links found inside folders are not (they could point anywhere).
            let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            if !isDirectory.boolValue { result.append(url); continue }
            let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
            var found: [URL] = []
            while let next = walker?.nextObject() as? URL {
                guard isCandidate(next.lastPathComponent),
                      (try? next.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found.append(next)
            }
            result.append(contentsOf: found.sorted { $0.path < $1.path })
        }
        return result
    }

    /// A file name as it may be shown in logs and records: identity numbers masked, control
    /// characters and path separators made harmless. Never the raw name.
    public static func loggable(_ name: String) -> String {
        SafeFileName(IdentityNumberDetector().masked(name, context: .identifier), fallback: "unnamed").value
    }

    /// Whether a file name is one to take (not hidden, not being written).
    public static func isCandidate(_ name: String) -> Bool {
        let lower = name.lowercased()
        return !name.hasPrefix(".") && !lower.hasSuffix(".tmp") && !lower.hasSuffix(".part")
            && !lower.hasSuffix(".reason.txt") && !lower.hasSuffix("~")
    }

    /// The header section of a file (up to the first blank line, at most `limit` bytes).
    static func headerBlock(of url: URL, limit: Int) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let head = try handle.read(upToCount: limit) ?? Data()
        let bytes = [UInt8](head)
        for i in bytes.indices where bytes[i] == 0x0A {
            if i + 1 < bytes.count, bytes[i + 1] == 0x0A { return Data(bytes[...i]) }
            if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return Data(bytes[...(i + 2)]) }
        }
        return head
    }
}
