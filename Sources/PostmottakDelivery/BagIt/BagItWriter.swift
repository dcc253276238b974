public import Foundation
import Crypto
import PostmottakStore

/// Writes BagIt 1.0 packages (RFC 8493) atomically: the bag is built under a temporary
/// name in the target folder, every file fsynced, then renamed into place. A reader never
/// sees half a bag, and a bag that exists under its final name is complete.
public struct BagItWriter: Sendable {
    /// One payload file, at `path` under `data/`.
    public struct PayloadFile: Sendable {
        public var path: String
        public var data: Data

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    public init() {}

    /// The outcome of `write`.
    public enum Outcome: Sendable, Equatable {
        case written(URL)
        /// A complete bag with that name was already there (an earlier attempt finished).
        case alreadyPresent(URL)
    }

    /// Writes the bag `name` into `directory`.
    public func write(name: String, into directory: URL, payload: [PayloadFile], info: [(String, String)],
                      now: Date = Date()) throws -> Outcome {
        let final = directory.appendingPathComponent(name, isDirectory: true)
        if FileManager.default.fileExists(atPath: final.appendingPathComponent("tagmanifest-sha256.txt").path) {
            return .alreadyPresent(final)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tmp = directory.appendingPathComponent(TemporaryFolder.name(for: name), isDirectory: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let data = tmp.appendingPathComponent("data", isDirectory: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)

        var manifest = ""
        var octets = 0
        for file in payload {
            let url = data.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try DurableFile.write(file.data, to: url)
            manifest += "\(Self.sha256(file.data))  \(Self.encodePath("data/" + file.path))\n"
            octets += file.data.count
        }
        for dir in Set(payload.map { data.appendingPathComponent($0.path).deletingLastPathComponent() }) {
            try DurableFile.syncDirectory(dir)
        }

        let bagit = Data("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)
        var infoText = ""
        for (key, value) in info + [("Bagging-Date", Self.day(now)), ("Payload-Oxum", "\(octets).\(payload.count)")] {
            infoText += "\(key): \(Self.singleLine(value))\n"
        }
        let tags: [(String, Data)] = [
            ("bagit.txt", bagit),
            ("bag-info.txt", Data(infoText.utf8)),
            ("manifest-sha256.txt", Data(manifest.utf8)),
        ]
        var tagManifest = ""
        for (file, contents) in tags {
            try DurableFile.write(contents, to: tmp.appendingPathComponent(file))
            tagManifest += "\(Self.sha256(contents))  \(file)\n"
        }
        try DurableFile.write(Data(tagManifest.utf8), to: tmp.appendingPathComponent("tagmanifest-sha256.txt"))
        try DurableFile.syncDirectory(tmp)
        try DurableFile.rename(tmp, to: final)
        return .written(final)
    }

    /// Removes temporary folders (`.tmp-*`: bags, arkivmelding folders) left by a process
    /// that was killed while writing one; never one that a running process is writing.
    public static func removeAbandoned(in directory: URL) {
        TemporaryFolder.removeAbandoned(in: directory)
    }

    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// RFC 8493 §2.1.3: CR, LF and % in manifest paths are percent-encoded.
    static func encodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func singleLine(_ value: String) -> String {
        value.components(separatedBy: .newlines).joined(separator: " ")
    }

    static func day(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }
}
