import ArgumentParser
import PostmottakApp

/// `postmottak`: the intake gateway's command line.
@main
struct Postmottak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postmottak",
        abstract: "Intake gateway for municipalities: e-mail and scanned cards in, numbered, classified, forwarded.",
        subcommands: [
            DemoCommand.self, IngestCommand.self, ServeCommand.self, ExportCommand.self, ExplainCommand.self,
            RefsCommand.self, QuarantineCommand.self, OutboxCommand.self, MigrateCommand.self, DoctorCommand.self,
            MailCommand.self, OcrCommand.self, FormsCommand.self, ReviewCommand.self, TrainCommand.self,
        ])

    /// Sets up the process (see `Launcher`), then runs the command.
    static func main() async {
        Launcher.ensureOpenMPThreadLimit()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
