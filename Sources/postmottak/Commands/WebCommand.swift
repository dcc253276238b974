import ArgumentParser
import Foundation
import Logging
import PostmottakApp
import PostmottakConfig
import PostmottakWeb
import ServiceLifecycle
import UnixSignals

/// `postmottak web`: the workbench alone, beside a `serve` on the same store.
struct WebCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web", abstract: "Run only the workbench (the web pages), on [web] listen, until SIGTERM or SIGINT.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let instance = try options.instance()
        let web = instance.configuration.web
        instance.logger.info("workbench listening", metadata: ["listen": "\(web.host):\(web.port)", "base_url": "\(web.baseURL.absoluteString)"])
        let group = ServiceGroup(services: [try instance.workbench().application()], gracefulShutdownSignals: [.sigterm, .sigint],
                                 logger: instance.logger)
        try await group.run()
    }
}
