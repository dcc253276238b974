public import Logging
import Foundation
public import PostmottakConfig

/// Log lines on standard error, as text for people or as JSON objects for collectors.
/// Callers put only ids, counts, statuses and reasons in metadata: never message text,
/// subjects or identity numbers.
public struct StandardErrorLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let json: Bool

    public init(label: String, level: Logger.Level, json: Bool) {
        self.label = label
        self.logLevel = level
        self.json = json
    }

    /// Bootstraps swift-log from the configuration's `[logging]` table.
    public static func bootstrap(_ logging: PostmottakConfiguration.Logging) {
        let level = Logger.Level(rawValue: logging.level.rawValue) ?? .info
        let json = logging.format == .json
        LoggingSystem.bootstrap { label in StandardErrorLogHandler(label: label, level: level, json: json) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let extra = event.metadata { all.merge(extra) { _, new in new } }
        let time = ISO8601DateFormatter().string(from: Date())
        var line: String
        if json {
            var object: [String: String] = ["time": time, "level": event.level.rawValue, "message": "\(event.message)", "logger": label]
            for (k, v) in all { object[k] = "\(v)" }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            line = String(decoding: data, as: UTF8.self)
        } else {
            line = "\(time) \(event.level.rawValue.uppercased()) \(event.message)"
            for (k, v) in all.sorted(by: { $0.key < $1.key }) { line += " \(k)=\(v)" }
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
