import PostmottakPipeline
import ArgumentParser
import Foundation
import PostmottakScan
import PostmottakApp
import PostmottakStore
import PostmottakCore
import PostmottakConfig

/// `postmottak review list | show ID | set ID FIELD VALUE | approve ID`: the cards a person checks.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Cards waiting for a person: list, show, correct a field, approve.",
        subcommands: [List.self, Show.self, Set.self, Approve.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Cards waiting for review.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let items = try ReviewQueue(store: instance.store, pipeline: instance.pipeline).list()
            for item in items {
                print("\(item.id ?? 0)\t\(item.source)\t\(item.reviewReason ?? "")")
            }
            print("\(items.count) item(s) waiting for review")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "What waits: a card's fields and crops of those to check; a message's proposed decisions and text.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The item id.") var id: Int64
        @Option(help: "Where to write the crops (PNG); default: <data dir>/review/<id>.") var crops: String?

        func run() async throws {
            let instance = try options.instance(delivering: false)
            let entry = try ReviewQueue(store: instance.store, pipeline: instance.pipeline).entry(id)
            let folder = URL(fileURLWithPath: crops ?? instance.layout.dataDirectory.appendingPathComponent("review/\(id)").path)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            print("item \(id): \(entry.item.source)")
            if entry.fields.isEmpty {
                try showMessage(entry.item, store: instance.store)
                return
            }
            for name in FormReader.fieldNames {
                guard let f = entry.fields[name] else { continue }
                let value: String
                switch f.value {
                case .text(let s): value = s
                case .flag(let b): value = b ? "true" : "false"
                case .none: value = "(empty)"
                }
                let shown = value.count > 60 ? String(value.prefix(57)) + "..." : value
                var line = "\(f.needsReview ? "CHECK" : "     ") \(name.padding(toLength: 13, withPad: " ", startingAt: 0)) "
                    + "\(shown.padding(toLength: 60, withPad: " ", startingAt: 0)) \(Int(f.confidence * 100)) %"
                if let reason = f.reason { line += "  \(reason)" }
                if let digest = entry.crops[name] {
                    let url = folder.appendingPathComponent("\(name).png")
                    try instance.store.blobs.get(digest).write(to: url)
                    line += "  crop: \(url.path)"
                }
                print(line)
            }
        }
    }

    /// A message in review: why, what the classifier proposes and how sure it is, and its text.
    static func showMessage(_ item: IntakeItem, store: Store) throws {
        print("why:      \(item.reviewReason ?? item.reason ?? "-")")
        print("from:     \(item.senderName.map { "\($0) " } ?? "")<\(item.sender ?? "-")>")
        print("subject:  \(item.subject ?? "-")")
        let percent: (Double?) -> String = { $0.map { " (\(Int(($0 * 100).rounded())) %)" } ?? "" }
        print("kind:     \(item.kind?.rawValue ?? "-")\(item.formalType.map { "/\($0.rawValue)" } ?? "")\(percent(item.kindConfidence))")
        print("area:     \(item.serviceArea?.rawValue ?? "-")\(percent(item.serviceAreaConfidence))")
        print("language: \(item.language?.rawValue ?? "-"); sensitive: \(item.sensitive == true ? "yes" : "no")")
        for line in item.explanation { print("          \(line)") }
        if let digest = item.textSha256 {
            let text = String(decoding: try store.blobs.get(digest), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20)
            print("text:")
            for line in lines { print("  | \(line)") }
            if text.split(separator: "\n", omittingEmptySubsequences: false).count > 20 { print("  | …") }
        }
        print("correct with: postmottak review set \(item.id ?? 0) kind|service_area VALUE; then review approve \(item.id ?? 0)")
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Correct one field (an empty value clears it).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The item id.") var id: Int64
        @Argument(help: "The field: kind, service_area, wants_reply, name, address, postal_code, city, phone, email, date, description.") var field: String
        @Argument(help: "The value.") var value: String

        func run() async throws {
            let instance = try options.instance(delivering: false)
            do {
                try ReviewQueue(store: instance.store, pipeline: instance.pipeline).set(id, field: field, value: value)
            } catch let error as ReviewQueue.ReviewError {
                throw ValidationError(error.description)
            }
            print("item \(id): \(field) \(value.isEmpty ? "cleared" : "set")")
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a card: it goes on to be numbered and forwarded.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The item id.") var id: Int64

        func run() async throws {
            let instance = try options.instance()
            do {
                try ReviewQueue(store: instance.store, pipeline: instance.pipeline).approve(id, by: ProcessInfo.processInfo.environment["USER"])
            } catch let error as ReviewQueue.ReviewError {
                throw ValidationError(error.description)
            }
            try await instance.drain()
            let item = try instance.store.item(id)
            print("item \(id): approved, \(item?.status.rawValue ?? "?")\(item?.reference.map { ", \($0)" } ?? "")")
        }
    }
}
