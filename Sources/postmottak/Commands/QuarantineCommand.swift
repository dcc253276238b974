import ArgumentParser
import Foundation
import PostmottakStore
import PostmottakPipeline
import PostmottakCore
import PostmottakApp

/// `postmottak quarantine list | release ID`: bad input, kept with its reason; and, once the
/// cause is mended (a reader fixed after the crash fuse set an item aside), tried again.
struct QuarantineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine", abstract: "Items kept aside with their reason.", subcommands: [List.self, Release.self])

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release",
            abstract: "Put a quarantined item back at the start of the pipeline and process it (after its cause is mended).")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The item's id.") var id: Int64

        func run() async throws {
            let instance = try options.instance()
            let who = ProcessInfo.processInfo.environment["USER"] ?? "an operator"
            guard let item = try instance.store.item(id), item.status == .quarantined else {
                print("item \(id) is not quarantined")
                throw ExitCode(1)
            }
            guard item.originalComplete else {
                print("item \(id) has no complete original (only its headers were kept); it cannot be read again")
                throw ExitCode(1)
            }
            try instance.store.transition(id, from: .quarantined, step: "release") { item, _ in
                let was = item.reason ?? ""
                item.reason = nil
                return .init(status: .captured, reason: "released from quarantine by \(who), to be read again (it was: \(was))")
            }
            try instance.store.endStep(id)
            try instance.pipeline.process(id)
            try await instance.drain()
            let after = try instance.store.item(id)
            print("item \(id): \(after?.status.rawValue ?? "?")\(after?.reason.map { " (\($0))" } ?? "")")
        }
    }

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
