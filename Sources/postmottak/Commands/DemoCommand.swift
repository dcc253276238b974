import ArgumentParser
import Foundation
import PostmottakConfig
import PostmottakApp
import PostmottakStore

/// `postmottak demo`: runs the whole pipeline on `Samples/` with the embedded defaults and
/// prints what became of each message.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Run the pipeline on the sample messages and print a summary table.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The folder of sample messages.")
    var samples: String = "Samples"

    @Flag(help: "Show the log here instead of writing it to <data dir>/demo.log.")
    var verbose = false

    func run() async throws {
        // A person wants the table: the log goes to a file unless asked for.
        var logFile: String?
        if !verbose {
            let configuration = try PostmottakConfiguration.load(path: options.config)
            let layout = DataLayout(configuration: configuration, dataDirectoryOverride: options.dataDir ?? "demo-data")
            try FileManager.default.createDirectory(at: layout.dataDirectory, withIntermediateDirectories: true)
            let path = layout.dataDirectory.appendingPathComponent("demo.log").path
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if fd >= 0 { dup2(fd, STDERR_FILENO); close(fd); logFile = path }
        }
        let instance = try options.instance(defaultDataDir: "demo-data")
        print("reading the messages and scans in \(samples)" + (logFile.map { " (the log: \($0))" } ?? "") + " …")
        let summary = try await Ingestion.run(instance: instance, paths: [samples])
        let rows = try Exporter(store: instance.store).rows()
        print(Table.render(
            header: ["ID", "FILE", "STATUS", "REFERENCE", "KIND", "AREA", "LANG", "SENS", "DEST", "NOTE"],
            rows: rows.map { r in
                [String(r.id), r.source, r.status, r.reference ?? "-", (r.kind ?? "-") + (r.formalType.map { "/\($0)" } ?? ""),
                 r.serviceArea ?? "-", r.language ?? "-", r.sensitive ? "yes" : "", r.destination ?? "-",
                 r.duplicateOf.map { "duplicate of \($0)" } ?? r.followupOf.map { "follow-up of \($0)" } ?? r.reason ?? ""]
            },
            widths: [4, 28, 11, 18, 22, 17, 4, 4, 13, 70]))
        let counts = Dictionary(grouping: rows, by: \.status).mapValues(\.count)
        print("")
        print(summary.line)
        print("items: \(rows.count); " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("numbered: \(rows.filter { $0.reference != nil }.count)")
        var delivered: [OutboxEntry.Effect: Int] = [:]
        for entry in try instance.store.outboxEntries(in: [.delivered]) { delivered[entry.effect, default: 0] += 1 }
        let waiting = try instance.store.outboxEntries(in: [.pending, .parked]).count
        print("case register: \(delivered[.caseRegister] ?? 0) delivered (\(instance.configuration.caseRegister.connector.rawValue)"
            + (instance.configuration.caseRegister.connector == .arkivmelding ? ", in \(instance.layout.caseRegister.path)" : "") + ")")
        print("archive: \(delivered[.archivePackage] ?? 0) BagIt packages in \(instance.layout.archive.path)")
        print("acknowledgements: \(delivered[.acknowledgement] ?? 0)"
            + (instance.configuration.acknowledgement.transport == .folder ? " in \(instance.layout.mailOut.path)" : " over SMTP"))
        if waiting > 0 { print("outbox: \(waiting) waiting or parked (postmottak outbox list)") }
        print("why an item got its number and destination: postmottak explain ID --data-dir \(instance.layout.dataDirectory.path)")
    }
}
