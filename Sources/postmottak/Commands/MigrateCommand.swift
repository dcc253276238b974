import ArgumentParser
import PostmottakStore
import PostmottakApp

/// `postmottak migrate`: creates or upgrades the store.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Create or upgrade the store's schema.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let instance = try options.instance(delivering: false)
        let applied = try instance.store.appliedMigrations()
        print("store \(instance.store.path): \(applied.count) migration(s) applied")
        for m in applied { print("  \(m)") }
    }
}
