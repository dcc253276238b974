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
            BenchCommand.self, CardBenchCommand.self, NearBenchCommand.self, EvalCommand.self,
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
