import ArgumentParser
import PostmottakConfig
import PostmottakCore

/// `postmottak refs check REF`: checks a reference number (OCR confusions and spacing allowed).
struct RefsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs", abstract: "Reference numbers.", subcommands: [Check.self])

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Check a reference number; exit 1 when it is not valid.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The reference number as written, for example \"FJV-2026-000042-7\" or \"fjv 2026 00OO42 7\".")
        var reference: [String]

        func run() async throws {
            let configuration: PostmottakConfiguration
            do { configuration = try PostmottakConfiguration.load(path: options.config) } catch { throw ValidationError(error.description) }
            let text = reference.joined(separator: " ")
            if let parsed = configuration.reference.parse(text) {
                print("\(parsed.formatted)  valid (year \(parsed.year), number \(parsed.sequence))")
            } else {
                print("\(text)  not a valid \(configuration.reference.prefix) reference number (wrong check character, prefix or shape)")
                throw ExitCode(1)
            }
        }
    }
}
