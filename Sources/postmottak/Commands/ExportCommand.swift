import ArgumentParser
import PostmottakApp

/// `postmottak export`: every intake item, as JSON Lines or CSV, on standard output.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Print every intake item (jsonl or csv).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "jsonl or csv.")
    var format: String = "jsonl"

    func run() async throws {
        guard let format = Exporter.Format(rawValue: format) else {
            throw ValidationError("--format must be jsonl or csv, not \(format)")
        }
        let instance = try options.instance(delivering: false)
        try Exporter(store: instance.store).export(format: format) { print($0) }
    }
}
