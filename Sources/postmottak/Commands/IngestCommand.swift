import PostmottakIntake
import ArgumentParser
import Foundation
import PostmottakCore
import PostmottakApp
import PostmottakStore
import PostmottakPipeline
import Logging

/// `postmottak ingest PATH...`: captures message files (or every file in folders), then moves
/// everything unfinished through the pipeline and delivers the outbox.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Capture message files or folders, then process them to their destinations.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Message files (.eml) or folders that hold them.")
    var paths: [String]

    func run() async throws {
        let instance = try options.instance()
        let summary = try await Ingestion.run(instance: instance, paths: paths)
        print(summary.line)
    }
}

/// Capture-then-drain, shared by `ingest` and `demo`.
enum Ingestion {
    struct Summary {
        var captured = 0, known = 0, oversize = 0, unreadable = 0
        var line: String {
            "captured \(captured) new, \(known) already known, \(oversize) over the size limit, \(unreadable) unreadable"
        }
    }

    static func run(instance: Instance, paths: [String]) async throws -> Summary {
        var summary = Summary()
        // Finish whatever an earlier, interrupted run left first.
        try await instance.drain()
        for url in try FileIntake.files(in: paths) {
            do {
                switch try instance.intake.capture(fileAt: url, name: url.lastPathComponent) {
                case .captured(let item): summary.captured += 1; try instance.pipeline.process(item.id ?? 0)
                case .alreadyCaptured: summary.known += 1
                case .oversize: summary.oversize += 1
                }
            } catch {
                summary.unreadable += 1
                instance.logger.error("cannot read file", metadata: ["file": "\(FileIntake.loggable(url.lastPathComponent))", "error": "\(IdentityNumberDetector().masked(String(describing: error), context: .identifier))"])
            }
        }
        try await instance.drain()
        return summary
    }
}
