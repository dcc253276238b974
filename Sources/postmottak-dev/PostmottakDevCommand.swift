import ArgumentParser
import PostmottakApp

/// `postmottak-dev`: the developers' tools, apart from the shipped command: benchmarks,
/// and evaluations against labelled folders.
@main
struct PostmottakDevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postmottak-dev",
        abstract: "Postmottak's benchmarks and evaluations (not shipped with the service).",
        subcommands: [
            BenchCommand.self, CardBenchCommand.self, NearBenchCommand.self, EvalCommand.self, TrainOCRCommand.self,
        ])

    /// Sets up the process and runs the command (`Launcher.main`).
    static func main() async {
        await Launcher.main(Self.self)
    }
}
