import PostmottakPipeline
import ArgumentParser
import Foundation
import Logging
import PostmottakConfig
import PostmottakScan
import PostmottakApp
import PostmottakCore

/// `postmottak ocr FILE...`: what Postmottak reads from scans, one JSON object per file.
struct OcrCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocr", abstract: "Read scanned files (PNG, JPEG, TIFF, PDF): form, rotation, fields and text, as JSON Lines.")

    @Option(name: .long, help: "The TOML configuration file.")
    var config: String?

    @Argument(help: "Scanned files.")
    var files: [String]

    func run() async throws {
        let configuration = try PostmottakConfiguration.load(path: config)
        let templates = try FormTemplate.load(directory: try FormsDirectory.require(configuration.scan.formsDirectory))
        let workers = configuration.scan.workers == 0 ? ProcessInfo.processInfo.activeProcessorCount : configuration.scan.workers
        let reader = ScanReader(pool: OCRPool(size: workers, languages: configuration.scan.languages), templates: templates,
                                cellClassifier: try configuration.cellClassifier())
        let logger = Logger(label: "postmottak.ocr")
        ImageLibraryMessages.setHandler { logger.notice("an image library reported a problem with a picture", metadata: ["message": "\($0)"]) }
        let decision = CardTextDecision(classifier: try Pipeline.classifier(for: configuration, logger: logger))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = 0
        for file in files {
            let started = ContinuousClock.now
            var record = Record(file: file)
            do {
                let document = try ScanDocument(data: try Data(contentsOf: URL(fileURLWithPath: file)), limits: ScanDocument.Limits(configuration))
                var pages = try reader.read(document)
                decision.fill(&pages)
                record.format = document.format.rawValue
                record.pages = pages
                record.form = pages.first?.form
                record.rotation = pages.first?.rotation
                record.text = pages.map(\.text).joined(separator: "\n\n")
                record.fields = pages.first?.fields
            } catch {
                record.error = "\(error)"
                failed += 1
            }
            record.seconds = (ContinuousClock.now - started).seconds
            print(String(decoding: try encoder.encode(record), as: UTF8.self))
        }
        if failed > 0 { throw ExitCode(3) }
    }

    struct Record: Encodable {
        var file: String
        var format: String?
        var form: String?
        var rotation: Int?
        var text: String?
        /// Page 1's fields, when it is a known form: each with value, confidence and needs_review.
        var fields: [String: FieldReading]?
        var pages: [PageReading] = []
        var error: String?
        var seconds: Double = 0
    }
}
