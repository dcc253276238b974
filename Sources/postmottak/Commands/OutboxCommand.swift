import ArgumentParser
import Foundation
import PostmottakStore
import PostmottakDelivery
import PostmottakApp

/// `postmottak outbox list | retry ID`.
struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "Outside effects waiting, delivered or parked.", subcommands: [List.self, Show.self, Retry.self, Check.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List outbox entries.")

        @OptionGroup var options: GlobalOptions

        @Option(help: "Only this status: pending, delivered or parked.")
        var status: String?

        func run() async throws {
            let instance = try options.instance(delivering: false)
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

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One entry and its attempt log.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The outbox entry id.")
        var id: Int64

        func run() async throws {
            let instance = try options.instance(delivering: false)
            guard let e = try instance.store.outboxEntries().first(where: { $0.id == id }) else {
                throw ValidationError("no outbox entry \(id)")
            }
            let formatter = ISO8601DateFormatter()
            print("entry \(id): item \(e.itemId), \(e.effect.rawValue), \(e.status.rawValue), priority \(e.priority), \(e.attempts) attempt(s)")
            if e.status == .pending { print("next attempt: \(formatter.string(from: e.nextAttemptAt))") }
            if let result = e.result { print("delivered: \(result)") }
            if let error = e.lastError, e.status != .delivered { print("last error: \(error)") }
            for attempt in try instance.store.outboxAttempts(id) {
                print("\(formatter.string(from: attempt.at))\t\(attempt.outcome)\t\(attempt.detail ?? "")")
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retry", abstract: "Put parked entries back in line, then deliver what is due.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The outbox entry id.")
        var id: Int64?

        @Flag(help: "Every parked entry (for instance after a connector was configured).")
        var parked = false

        func validate() throws {
            if id != nil && parked { throw ValidationError("give an entry id or --parked, not both") }
            if id == nil && !parked { throw ValidationError("give an entry id or --parked") }
        }

        func run() async throws {
            let instance = try options.instance()
            var ids: [Int64] = []
            if let id {
                guard try instance.store.retryOutbox(id) else { throw ValidationError("no undelivered outbox entry \(id)") }
                ids = [id]
            } else {
                for entry in try instance.store.outboxEntries(in: [.parked]) {
                    if let entryID = entry.id, try instance.store.retryOutbox(entryID) { ids.append(entryID) }
                }
            }
            let result = try await instance.outbox.deliverDue()
            print("retried \(ids.count) entr\(ids.count == 1 ? "y" : "ies"): \(result.delivered) delivered, \(result.failed) failed, \(result.parked) parked")
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Check each destination without delivering anything (discovery and a token for Noark 5).")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let instance = try options.instance()
            var failed = false
            for effect in OutboxEntry.Effect.allCases {
                guard let connector = instance.outbox.connectors[effect] else {
                    print("\(effect.rawValue): not configured")
                    continue
                }
                do {
                    print("\(effect.rawValue): ok: \(try await connector.check())")
                } catch {
                    failed = true
                    print("\(effect.rawValue): FAILED: \(error.description)")
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}
