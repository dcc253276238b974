import ArgumentParser
import Foundation
import PostmottakStore
import PostmottakCore
import PostmottakConfig
import PostmottakApp

/// `postmottak explain ID`: the event log of one item: why it got its number and destination.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show why an item got its status, number and destination (its event log).")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The item id, or its reference number.")
    var item: String

    func run() async throws {
        let instance = try options.instance(delivering: false)
        let found: IntakeItem?
        if let id = Int64(item) {
            found = try instance.store.item(id)
        } else {
            let wanted = instance.configuration.reference.parse(item)?.formatted ?? item
            found = try instance.store.allItems().first { $0.reference == wanted }
        }
        guard let found, let id = found.id else { throw ValidationError("no item \(item)") }
        print("item \(id)  \(found.reference ?? "(no number)")  status \(found.status.rawValue)  destination \(found.destination?.rawValue ?? "-")")
        let formatter = ISO8601DateFormatter()
        for event in try instance.store.events(of: id) {
            let move = event.fromStatus.map { "\($0.rawValue) → \(event.toStatus.rawValue)" } ?? "→ \(event.toStatus.rawValue)"
            print("  \(formatter.string(from: event.at))  \(event.step.padding(toLength: 9, withPad: " ", startingAt: 0)) \(move): \(event.reason)")
        }
        for line in found.explanation { print("  why: \(line)") }
        for line in found.defects { print("  defect: \(line)") }
    }
}
