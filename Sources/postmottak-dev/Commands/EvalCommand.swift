import ArgumentParser
import Foundation
import PostmottakApp
import PostmottakCore
import PostmottakDev
import PostmottakPipeline
import PostmottakIntake
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakScan
import PostmottakApp
import PostmottakStore

/// `postmottak eval cards DIR`: reads every scan in DIR that has a `.truth.json` beside it and
/// prints per-field accuracy, checkbox accuracy, the review rate, the silent error rate and
/// the time per card.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Measure reading against truth files.", subcommands: [Cards.self, Mail.self])

    struct Cards: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "cards", abstract: "Scanned cards against their *.truth.json files.")

        @Option(name: .long, help: "The TOML configuration file.")
        var config: String?

        @Flag(help: "List every miss and every silent error.")
        var verbose = false

        @Argument(help: "The folder of scans and their truth files.")
        var directory: String

        func run() async throws {
            let configuration = try PostmottakConfiguration.load(path: config)
            let templates = try configuration.requiredFormTemplates()
            let reader = ScanReader(pool: OCRPool(size: 1, languages: configuration.scan.languages), templates: templates,
                                    cellClassifier: try configuration.cellClassifier())
            let dir = URL(fileURLWithPath: directory)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".truth.json") }.sorted()
            guard !names.isEmpty else { throw ValidationError("no *.truth.json files in \(directory)") }
            let decision = CardTextDecision(classifier: try Pipeline.classifier(for: configuration, logger: Logger(label: "postmottak.eval")))
            var evaluation = CardEvaluation(combFields: Dictionary(uniqueKeysWithValues: templates.map { ($0.form, Set($0.combs.map(\.field))) }))
            for name in names {
                let file = String(name.dropLast(".truth.json".count))
                let truthData = try Data(contentsOf: dir.appendingPathComponent(name))
                guard let truth = try JSONSerialization.jsonObject(with: truthData) as? [String: Any] else { continue }
                let started = ContinuousClock.now
                var reading: [PageReading] = []
                do {
                    reading = try reader.read(try ScanDocument(data: try Data(contentsOf: dir.appendingPathComponent(file))))
                    decision.fill(&reading)
                } catch {
                    evaluation.failures.append("\(file): \(error)")
                }
                evaluation.add(file: file, reading: reading, truth: truth, seconds: (ContinuousClock.now - started).seconds)
            }
            print(evaluation.report)
            if verbose {
                for f in evaluation.failures { print("  " + f) }
                print(evaluation.calibrationTable())
                print(evaluation.reliabilityTable())
            }
        }
    }

    struct Mail: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mail", abstract: "Messages against DIR/labels.jsonl, through the whole pipeline in a temporary store.")

        @Option(name: .long, help: "The TOML configuration file.")
        var config: String?

        @Flag(help: "List every miss.")
        var verbose = false

        @Flag(help: "Print the target figures as one JSON object instead of the report.")
        var json = false

        @Argument(help: "The folder of messages and their labels.jsonl.")
        var directory: String

        func run() async throws {
            let configuration = try PostmottakConfiguration.load(path: config)
            let dir = URL(fileURLWithPath: directory)
            let labels = try MailEvaluation.labels(at: dir.appendingPathComponent("labels.jsonl"))
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("postmottak-eval-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: scratch) }
            var logger = Logger(label: "postmottak.eval")
            logger.logLevel = .critical
            let instance = try Instance(configuration: configuration, dataDirectory: scratch.path, logger: logger)
            // A file whose bytes were taken already is that item again (a re-fetched copy).
            var copies: [String: Int64] = [:]
            for label in labels {
                if case .alreadyCaptured(let item) = try instance.intake.capture(fileAt: dir.appendingPathComponent(label.file), name: label.file),
                   let id = item.id {
                    copies[label.file] = id
                }
            }
            let started = ContinuousClock.now
            try instance.pipeline.runPending()
            let seconds = (ContinuousClock.now - started).seconds
            var evaluation = MailEvaluation()
            evaluation.add(labels: labels, items: try instance.store.items(in: ItemStatus.allCases), copies: copies)
            if json {
                var figures = evaluation.figures
                figures["messages_per_second"] = Double(labels.count) / max(seconds, 1e-9)
                let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            print(evaluation.report)
            print(String(format: "\npipeline: %d messages in %.2f s", labels.count, seconds))
            if verbose { for miss in evaluation.misses { print("  " + miss) } }
        }
    }
}
