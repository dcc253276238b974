import Foundation
import TOMLKit
public import PostmottakCore

/// Everything Postmottak can be told, read from one TOML file. `Config/postmottak.toml`
/// documents every key; any key left out takes the default shown there.
public struct PostmottakConfiguration: Sendable, Equatable {
    public var municipality: Municipality
    public var reference: ReferenceFormat
    public var storage: Storage
    public var intake: Intake
    public var archive: Archive
    public var caseRegister: CaseRegister
    public var routing: Routing
    public var outbox: Outbox
    public var logging: Logging
    public var scan: Scan
    public var classify: Classify
    public var linking: Linking
    public var acknowledgement: Acknowledgement
    public var webhook: Webhook
    public var pipeline: Pipeline
    public var web: Web

    /// The municipality that runs this instance.
    public struct Municipality: Sendable, Equatable {
        public var name: String
        /// An IANA time zone; decides which year a submission's reference number belongs to.
        public var timeZone: String
    }

    /// Where durable state lives. Relative paths are relative to `dataDirectory`.
    public struct Storage: Sendable, Equatable {
        public var dataDirectory: String
        public var database: String
        public var blobs: String
    }

    /// The `.eml` drop folder.
    public struct DropFolder: Sendable, Equatable {
        public var enabled: Bool
        public var path: String
        public var processedPath: String
        public var failedPath: String
        public var pollIntervalSeconds: Double
        public var settleSeconds: Double
    }

    /// The mailroom's scan folder: watched with inotify where it works, and rescanned in full
    /// on an interval for network shares, where inotify sees nothing.
    public struct ScanFolder: Sendable, Equatable {
        public var enabled: Bool
        public var path: String
        public var processedPath: String
        public var failedPath: String
        /// Whether to use inotify (Linux) besides the periodic rescan.
        public var watch: Bool
        public var rescanIntervalSeconds: Double
        public var settleSeconds: Double
    }

    /// Limits and channels for incoming material.
    public struct Intake: Sendable, Equatable {
        public var maxMessageBytes: Int
        public var dropFolder: DropFolder
        public var scanFolder: ScanFolder
        public var imap: IMAP
    }

    /// The archive destination: one BagIt package per submission.
    public struct Archive: Sendable, Equatable {
        public var path: String
        public var sourceOrganization: String
    }

    /// One routing rule: every condition given must match; the first matching rule wins.
    public struct RoutingRule: Sendable, Equatable {
        public var kind: SubmissionKind?
        public var formalType: FormalType?
        public var serviceArea: ServiceArea?
        public var destination: Destination

        public func matches(kind: SubmissionKind, formalType: FormalType?, serviceArea: ServiceArea?) -> Bool {
            (self.kind == nil || self.kind == kind)
                && (self.formalType == nil || self.formalType == formalType)
                && (self.serviceArea == nil || self.serviceArea == serviceArea)
        }
    }

    /// Rules that override the default destination (formal → case register, the rest → archive).
    public struct Routing: Sendable, Equatable {
        public var rules: [RoutingRule]
    }

    /// Retry policy for outside effects.
    public struct Outbox: Sendable, Equatable {
        public var maxAttempts: Int
        public var initialBackoffSeconds: Double
        public var maxBackoffSeconds: Double
        /// Deliveries at the same time per destination, by effect name
        /// (`archive_package`, `case_register`, `acknowledgement`, `webhook`).
        public var concurrency: [String: Int]
        /// How long a worker holds an entry it took before another may take it.
        public var leaseSeconds: Double
    }

    public enum LogLevel: String, Sendable, Equatable, CaseIterable {
        case trace, debug, info, notice, warning, error, critical
    }

    public enum LogFormat: String, Sendable, Equatable, CaseIterable {
        case text, json
    }

    public struct Logging: Sendable, Equatable {
        public var level: LogLevel
        public var format: LogFormat
    }
}

extension PostmottakConfiguration {
    /// The embedded defaults: what Postmottak runs with when no file is given.
    public static var defaults: PostmottakConfiguration {
        do {
            return try parse(TOMLTable())
        } catch {
            preconditionFailure("the embedded defaults must always be valid: \(error)")
        }
    }

    /// Loads and validates `path`, or returns the embedded defaults when `path` is nil.
    public static func load(path: String?) throws(ConfigurationError) -> PostmottakConfiguration {
        guard let path else { return defaults }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text: text, source: path)
    }

    /// Parses and validates TOML text.
    public static func parse(text: String, source: String = "(inline)") throws(ConfigurationError) -> PostmottakConfiguration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(path: source, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .syntax(path: source, line: 0, column: 0, message: String(describing: error))
        }
        return try parse(table)
    }

    static func parse(_ table: TOMLTable) throws(ConfigurationError) -> PostmottakConfiguration {
        let root = try ConfigTable(table, path: "", allowed: [
            "municipality", "reference", "storage", "intake", "archive", "case_register", "routing", "outbox", "logging", "scan", "classify", "linking", "acknowledgement", "webhook", "pipeline", "web",
        ])

        let m = try root.subtable("municipality", allowed: ["name", "time_zone"])
        let timeZone = try m.string("time_zone", default: "Europe/Oslo")
        guard TimeZone(identifier: timeZone) != nil else {
            throw .invalidValue(key: "municipality.time_zone", value: "\"\(timeZone)\"", allowed: "an IANA time zone such as \"Europe/Oslo\" or \"Europe/Stockholm\"")
        }
        let municipality = Municipality(name: try m.string("name", default: "Fjordvik kommune"), timeZone: timeZone)

        let r = try root.subtable("reference", allowed: ["prefix", "sequence_digits"])
        let prefix = try r.string("prefix", default: "FJV")
        let digits = try r.int("sequence_digits", default: 6, range: 3...9)
        let reference: ReferenceFormat
        do {
            reference = try ReferenceFormat(prefix: prefix, sequenceDigits: digits)
        } catch {
            throw .invalidValue(key: "reference.prefix", value: "\"\(prefix)\"", allowed: "1 to 8 capital letters A-Z")
        }

        let s = try root.subtable("storage", allowed: ["data_dir", "database", "blobs"])
        let storage = Storage(
            dataDirectory: try s.string("data_dir", default: "data"),
            database: try s.string("database", default: "postmottak.sqlite"),
            blobs: try s.string("blobs", default: "blobs"))

        let i = try root.subtable("intake", allowed: ["max_message_bytes", "drop_folder", "scan_folder", "imap"])
        let d = try i.subtable("drop_folder", allowed: ["enabled", "path", "processed_path", "failed_path", "poll_interval_seconds", "settle_seconds"])
        let intake = Intake(
            maxMessageBytes: try i.int("max_message_bytes", default: 25 * 1024 * 1024, range: 1024...(2 * 1024 * 1024 * 1024)),
            dropFolder: DropFolder(
                enabled: try d.bool("enabled", default: true),
                path: try d.string("path", default: "inbox"),
                processedPath: try d.string("processed_path", default: "processed"),
                failedPath: try d.string("failed_path", default: "failed"),
                pollIntervalSeconds: try d.double("poll_interval_seconds", default: 5, range: 0.1...86_400),
                settleSeconds: try d.double("settle_seconds", default: 2, range: 0...3_600)),
            scanFolder: try parseScanFolder(i),
            imap: try parseIMAP(i))

        let a = try root.subtable("archive", allowed: ["path", "source_organization"])
        let archive = Archive(
            path: try a.string("path", default: "archive"),
            sourceOrganization: try a.string("source_organization", default: municipality.name))

        let caseRegister = try parseCaseRegister(root)

        let routingTable = try root.subtable("routing", allowed: ["rules"])
        var rules: [RoutingRule] = []
        for rule in try routingTable.tableArray("rules", allowed: ["kind", "formal_type", "service_area", "destination"]) {
            let kind: SubmissionKind? = try rule.optionalString("kind").map { s throws(ConfigurationError) in try rule.parseChoice(s, key: "kind") }
            if let kind, !kind.isSubmission {
                throw .invalidValue(key: rule.qualified("kind"), value: "\"\(kind.rawValue)\"", allowed: "a submission kind: deviation, suggestion, praise, question or formal")
            }
            guard rule.table["destination"] != nil else {
                throw .invalidValue(key: rule.qualified("destination"), value: "(missing)", allowed: "\"case_register\" or \"archive\"")
            }
            rules.append(RoutingRule(
                kind: kind,
                formalType: try rule.optionalString("formal_type").map { s throws(ConfigurationError) in try rule.parseChoice(s, key: "formal_type") },
                serviceArea: try rule.optionalString("service_area").map { s throws(ConfigurationError) in try rule.parseChoice(s, key: "service_area") },
                destination: try rule.choice("destination", default: Destination.archive)))
        }

        let o = try root.subtable("outbox", allowed: ["max_attempts", "initial_backoff_seconds", "max_backoff_seconds", "concurrency", "lease_seconds"])
        let lanes = ["archive_package", "case_register", "acknowledgement", "webhook"]
        let c = try o.subtable("concurrency", allowed: lanes)
        var concurrency: [String: Int] = [:]
        for lane in lanes { concurrency[lane] = try c.int(lane, default: 2, range: 1...64) }
        let outbox = Outbox(
            maxAttempts: try o.int("max_attempts", default: 12, range: 1...1_000),
            initialBackoffSeconds: try o.double("initial_backoff_seconds", default: 30, range: 0.01...86_400),
            maxBackoffSeconds: try o.double("max_backoff_seconds", default: 3_600, range: 0.01...604_800),
            concurrency: concurrency,
            leaseSeconds: try o.double("lease_seconds", default: 900, range: 5...86_400))
        guard outbox.maxBackoffSeconds >= outbox.initialBackoffSeconds else {
            throw .invalidValue(key: "outbox.max_backoff_seconds", value: String(outbox.maxBackoffSeconds),
                                allowed: "a number no smaller than outbox.initial_backoff_seconds (\(outbox.initialBackoffSeconds))")
        }

        let l = try root.subtable("logging", allowed: ["level", "format"])
        let logging = Logging(level: try l.choice("level", default: LogLevel.info), format: try l.choice("format", default: LogFormat.text))

        return PostmottakConfiguration(
            municipality: municipality, reference: reference, storage: storage, intake: intake, archive: archive,
            caseRegister: caseRegister, routing: Routing(rules: rules), outbox: outbox, logging: logging, scan: try parseScan(root),
            classify: try parseClassify(root), linking: try parseLinking(root),
            acknowledgement: try parseAcknowledgement(root), webhook: try parseWebhook(root), pipeline: try parsePipeline(root),
            web: try parseWeb(root))
    }
}
