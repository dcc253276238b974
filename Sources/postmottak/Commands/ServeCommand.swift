import ArgumentParser
import Logging
import PostmottakApp
import ServiceLifecycle
import UnixSignals

/// `postmottak serve`: the long-running service.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the service: poll the mailboxes, the scan and drop folders, process and deliver until SIGTERM or SIGINT.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let instance = try options.instance()
        let group = ServiceGroup(
            services: try instance.services(),
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: instance.logger)
        try await group.run()
        instance.logger.info("postmottak stopped")
    }
}
