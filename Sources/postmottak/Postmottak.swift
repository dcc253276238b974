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
            MailCommand.self, OcrCommand.self, FormsCommand.self, ReviewCommand.self, TrainCommand.self, WebCommand.self,
            UsersCommand.self,
        ])

    /// Sets up the process and runs the command (`Launcher.main`).
    static func main() async {
        await Launcher.main(Self.self)
    }
}
