import ArgumentParser
import Foundation
import PostmottakStore
import PostmottakPipeline
import PostmottakCore
import PostmottakApp

/// `postmottak quarantine list | release ID | discard ID --reason TEXT`: bad input, kept with its reason; and, once the
/// cause is mended (a reader fixed after the crash fuse set an item aside), tried again.
struct QuarantineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine", abstract: "Items kept aside with their reason.", subcommands: [List.self, Release.self, Discard.self])

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release",
            abstract: "Put a quarantined item back at the start of the pipeline and process it (after its cause is mended).")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The item's id.") var id: Int64

        func run() async throws {
            let instance = try options.instance()
            let who = ProcessInfo.processInfo.environment["USER"] ?? "an operator"
            let desk = QuarantineDesk(store: instance.store, pipeline: instance.pipeline)
            do {
                try desk.release(id, by: who)
            } catch let error as QuarantineDesk.QuarantineError {
                print(error.description)
                throw ExitCode(1)
            }
            try await instance.drain()
            let after = try instance.store.item(id)
            print("item \(id): \(after?.status.rawValue ?? "?")\(after?.reason.map { " (\($0))" } ?? "")")
        }
    }

    struct Discard: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "discard", abstract: "Set a quarantined item aside for good, with a reason that is kept (nothing is deleted).")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The item's id.") var id: Int64
        @Option(help: "Why it is discarded (kept with the item).") var reason: String

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let who = ProcessInfo.processInfo.environment["USER"] ?? "an operator"
            do {
                try QuarantineDesk(store: instance.store, pipeline: instance.pipeline).discard(id, reason: reason, by: who)
            } catch let error as QuarantineDesk.QuarantineError {
                print(error.description)
                throw ExitCode(1)
            }
            print("item \(id): discarded")
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
