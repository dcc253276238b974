import ArgumentParser
import Foundation
import PostmottakApp
import PostmottakCore
import PostmottakDev
import PostmottakPipeline
import PostmottakIntake
import Logging
import PostmottakClassify
import PostmottakConfig
import PostmottakCore
import PostmottakApp
import PostmottakStore

/// `postmottak bench-classify`: near-duplicate look-up time with 10 thousand, 100 thousand
/// and 1 million stored fingerprints (generated, in a scratch SQLite store), side by side,
/// and classification throughput of the trained model beside the keyword rules alone, in the
/// same run.
struct NearBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-classify", abstract: "Benchmark near-duplicate look-ups and classification throughput.")

    @Option(name: .long, help: "The TOML configuration file (for the model).")
    var config: String?

    @Option(help: "Store sizes to measure at, comma-separated.")
    var sizes = "10000,100000,1000000"

    @Option(help: "Look-ups per size.")
    var lookups = 2000

    @Option(help: "Messages to classify for the throughput figure.")
    var messages = 5000

    func run() async throws {
        let configuration = try PostmottakConfiguration.load(path: config)
        let targets = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.sorted()
        guard !targets.isEmpty else { throw ValidationError("--sizes needs numbers, such as 10000,100000,1000000") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("postmottak-bench-near-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let store = try Store(database: scratch.appendingPathComponent("bench.sqlite"), blobs: scratch.appendingPathComponent("blobs"))

        // Generated texts: each a random draw of words from a vocabulary, so signatures spread
        // like real ones; senders repeat (a thousand items per sender at the largest size).
        let vocabulary = (0..<5000).map { "ord\($0)" }
        func text(_ n: Int) -> String {
            var g = SplitMix64(seed: UInt64(n))
            return (0..<40).map { _ in vocabulary[Int(g.next() % UInt64(vocabulary.count))] }.joined(separator: " ")
        }
        func signature(_ n: Int) -> MinHashSignature { MinHashSignature(text: text(n)) ?? MinHashSignature(values: []) }
        func sender(_ n: Int) -> String { "sender\(n % 1000)@example.org" }

        print("near-duplicate look-up (MinHash, 64 values in 16 bands, SQLite index), \(lookups) look-ups per size:")
        var filled = 0
        var results: [(Int, Double)] = []
        for size in targets {
            let started = ContinuousClock.now
            try store.fillNearIndexForBenchmark(count: size - filled, startingAt: filled, sender: sender, signature: signature)
            let fillSeconds = (ContinuousClock.now - started).seconds
            filled = size
            // Half the queries are near copies of stored texts (a word changed), half are new.
            var found = 0
            let clock = ContinuousClock.now
            for q in 0..<lookups {
                let n: Int, query: String
                if q % 2 == 0 {
                    n = (q * 7919) % size
                    query = text(n) + " endret"
                } else {
                    n = size + q
                    query = text(n)
                }
                guard let sig = MinHashSignature(text: query) else { continue }
                let hit = try store.nearLookupForBenchmark(sig, sender: sender(n))
                if hit.best >= configuration.linking.nearDuplicateSimilarity { found += 1 }
            }
            let perLookup = (ContinuousClock.now - clock).seconds / Double(lookups)
            results.append((size, perLookup))
            print(String(format: "  %9d stored: %8.1f µs per look-up (%d of %d near copies found; filled in %.1f s)",
                         size, perLookup * 1e6, found, (lookups + 1) / 2, fillSeconds))
        }
        if let first = results.first, let last = results.last, results.count > 1 {
            print(String(format: "  ratio %d / %d stored: %.2fx (target at most 1.5x)", last.0, first.0, last.1 / first.1))
        }

        // Classification throughput: the trained model and the keyword rules alone, on the same texts.
        let trainingDir = URL(fileURLWithPath: "Config/training")
        var texts = (try? TrainingExample.load(directory: trainingDir).map { ($0.subject, $0.text) }) ?? []
        if texts.isEmpty { texts = (0..<100).map { (nil, text($0)) } }
        let model = Resources.locate(configuration.classify.model)
            .flatMap { try? ClassifierModel.load(from: $0) }
        let trained = RuleClassifier(model: model), rules = RuleClassifier()
        func rate(_ classifier: RuleClassifier) -> Double {
            let started = ContinuousClock.now
            for i in 0..<messages {
                let (subject, body) = texts[i % texts.count]
                _ = classifier.classify(subject: subject, text: body)
            }
            return Double(messages) / (ContinuousClock.now - started).seconds
        }
        let baseline = rate(rules)
        let measured = rate(trained)
        print(String(format: "classification: %.0f msg/s with the trained model%@, keyword rules alone %.0f msg/s (%.2fx)",
                     measured, model == nil ? " (no model found: rules only)" : "", baseline, measured / baseline))
    }
}
