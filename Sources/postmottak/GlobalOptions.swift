import ArgumentParser
import Foundation
import Logging
import PostmottakConfig
import PostmottakApp

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The TOML configuration file (default: the embedded defaults, as in Config/postmottak.toml).")
    var config: String?

    @Option(name: .long, help: "Where the store, blobs and output folders live (overrides storage.data_dir).")
    var dataDir: String?

    /// Loads the configuration, sets up logging and opens the instance. A configuration error
    /// stops the program with one message that names the key. A command that only reads
    /// (`delivering: false`) neither connects to the destinations nor needs their secrets.
    func instance(defaultDataDir: String? = nil, delivering: Bool = true) throws -> Instance {
        let configuration: PostmottakConfiguration
        do {
            configuration = try PostmottakConfiguration.load(path: config)
        } catch {
            throw ValidationError(error.description)
        }
        LoggingBootstrap.once(configuration.logging)
        return try Instance(configuration: configuration, dataDirectory: dataDir ?? defaultDataDir,
                            logger: Logger(label: "postmottak"), delivering: delivering)
    }
}

/// swift-log may be bootstrapped once per process.
enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false

    static func once(_ logging: PostmottakConfiguration.Logging) {
        guard !done else { return }
        done = true
        StandardErrorLogHandler.bootstrap(logging)
    }
}
