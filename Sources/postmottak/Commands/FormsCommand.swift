import ArgumentParser
import Foundation
import PostmottakConfig
import PostmottakScan
import PostmottakApp

/// `postmottak forms import | list`: the paper forms Postmottak recognises.
struct FormsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms", abstract: "The paper forms Postmottak recognises (templates in scan.forms_dir).",
        subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Make a template from a form's design file (boxes in millimetres).")

        @Argument(help: "The design file (<code>.design.json).")
        var design: String

        @Option(help: "Where to write the template (default: standard output).")
        var output: String?

        func run() async throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: design))
            let template = try FormTemplate(design: data, file: design)
            let json = try template.encoded() + Data("\n".utf8)
            if let output {
                try json.write(to: URL(fileURLWithPath: output), options: .atomic)
                print("\(template.form): \(template.checkboxes.count) checkboxes, \(template.textFields.count) text fields, "
                      + "\(template.combs.count) combs → \(output)")
            } else {
                FileHandle.standardOutput.write(json)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the templates that are loaded.")

        @Option(name: .long, help: "The TOML configuration file.")
        var config: String?

        func run() async throws {
            let configuration = try PostmottakConfiguration.load(path: config)
            for t in try configuration.requiredFormTemplates() {
                print("\(t.form)\t\(t.language)\t\(t.municipality)\t\(t.title)")
            }
        }
    }
}
