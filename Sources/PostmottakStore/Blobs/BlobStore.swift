public import Foundation
import Crypto
import GRDB

/// A content-addressed store on disk: each blob is a file named by the SHA-256 of its bytes,
/// written to a temporary file, fsynced, renamed into place and its folder fsynced, so a blob
/// that exists is always complete. Writing the same bytes twice is a no-op.
///
/// Small originals may instead live in the database (`blob_data`), written inside the
/// transaction that records their item (see `Store.captureMail`); reading looks there when
/// there is no file, so callers never need to know which tier holds a blob.
public struct BlobStore: Sendable {
    public let root: URL
    private let database: DatabasePool?

    public init(root: URL) throws {
        try self.init(root: root, database: nil)
    }

    init(root: URL, database: DatabasePool?) throws {
        self.root = root
        self.database = database
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tmp"), withIntermediateDirectories: true)
    }

    /// The SHA-256 of `data`, lower-case hex.
    public static func digest(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SHA-256 of a file, read in chunks (for files too large to read at once).
    public static func digest(ofFileAt url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hex(hasher.finalize())
    }

    /// Where the blob named `digest` lives.
    public func url(for digest: String) -> URL {
        let a = String(digest.prefix(2)), b = String(digest.dropFirst(2).prefix(2))
        return root.appendingPathComponent(a).appendingPathComponent(b).appendingPathComponent(digest)
    }

    /// Stores `data` durably and returns its digest.
    @discardableResult
    public func put(_ data: Data) throws(StoreError) -> String {
        let digest = Self.digest(data)
        let final = url(for: digest)
        if FileManager.default.fileExists(atPath: final.path) { return digest }
        let tmp = root.appendingPathComponent("tmp").appendingPathComponent("\(digest).\(UUID().uuidString)")
        do {
            // Both levels of ab/cd/ are made durable, not only the leaf.
            try DurableFile.createDirectory(final.deletingLastPathComponent())
            try DurableFile.write(data, to: tmp)
            try DurableFile.rename(tmp, to: final)
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw .blobWriteFailed(digest, reason: error.description)
        }
        return digest
    }

    /// The bytes of blob `digest`, verified against the digest.
    public func get(_ digest: String, verify: Bool = true) throws(StoreError) -> Data {
        let data: Data
        if let file = try? Data(contentsOf: url(for: digest)) {
            data = file
        } else if let inline = inlineData(digest) {
            data = inline
        } else {
            throw .blobMissing(digest)
        }
        if verify, Self.digest(data) != digest { throw .blobCorrupt(digest) }
        return data
    }

    /// Whether blob `digest` exists.
    public func contains(_ digest: String) -> Bool {
        FileManager.default.fileExists(atPath: url(for: digest).path) || inlineData(digest) != nil
    }

    private func inlineData(_ digest: String) -> Data? {
        guard let database else { return nil }
        return try? database.read { db in try Data.fetchOne(db, sql: "SELECT data FROM blob_data WHERE sha256 = ?", arguments: [digest]) }
    }

    /// Removes temporary files older than `age` seconds, left by a process that was killed.
    public func removeStaleTemporaries(olderThan age: TimeInterval = 3600) {
        let tmp = root.appendingPathComponent("tmp")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        for name in names {
            let url = tmp.appendingPathComponent(name)
            let modified = (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
            if Date().timeIntervalSince(modified) > age { try? FileManager.default.removeItem(at: url) }
        }
    }
}
