import ArgumentParser
import Foundation

/// `postmottak quarantine list`: bad input, kept with its reason.
struct QuarantineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine", abstract: "Items kept aside with their reason.", subcommands: [List.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List quarantined items.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let items = try instance.store.items(in: [.quarantined])
            let formatter = ISO8601DateFormatter()
            for item in items {
                print("\(item.id ?? 0)\t\(formatter.string(from: item.receivedAt))\t\(item.source)\t\(item.originalSha256.prefix(12))\t\(item.reason ?? "")")
            }
            print("\(items.count) quarantined item(s)")
        }
    }
}
