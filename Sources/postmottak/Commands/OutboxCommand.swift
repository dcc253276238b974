import ArgumentParser
import Foundation
import PostmottakStore

/// `postmottak outbox list | retry ID`.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "Outside effects waiting, delivered or parked.", subcommands: [List.self, Retry.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List outbox entries.")

        @OptionGroup var options: GlobalOptions

        @Option(help: "Only this status: pending, delivered or parked.")
        var status: String?

        func run() async throws {
            let instance = try options.instance()
            var statuses: [OutboxEntry.Status] = []
            if let status {
                guard let s = OutboxEntry.Status(rawValue: status) else { throw ValidationError("--status must be pending, delivered or parked") }
                statuses = [s]
            }
            let formatter = ISO8601DateFormatter()
            for e in try instance.store.outboxEntries(in: statuses) {
                print("\(e.id ?? 0)\titem \(e.itemId)\t\(e.effect.rawValue)\t\(e.status.rawValue)\tattempts \(e.attempts)\tnext \(formatter.string(from: e.nextAttemptAt))\t\(e.result ?? e.lastError ?? "")")
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "retry", abstract: "Put a parked entry back in line, then deliver.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The outbox entry id.")
        var id: Int64

        func run() async throws {
            let instance = try options.instance()
            guard try instance.store.retryOutbox(id) else { throw ValidationError("no undelivered outbox entry \(id)") }
            let result = try await instance.outbox.deliverDue()
            print("retried \(id): \(result.delivered) delivered, \(result.failed) failed, \(result.parked) parked")
        }
    }
}
