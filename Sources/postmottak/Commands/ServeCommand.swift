import ArgumentParser
import Logging
import PostmottakService
import ServiceLifecycle

/// `postmottak serve`: the long-running service.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the service: poll the drop folder and process until SIGTERM or SIGINT.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let instance = try options.instance()
        let group = ServiceGroup(
            services: [IntakeService(instance: instance)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: instance.logger)
        try await group.run()
    }
}
