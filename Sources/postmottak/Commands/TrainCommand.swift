import ArgumentParser
import Foundation
import PostmottakClassify
import PostmottakPipeline
import PostmottakApp
import PostmottakStore
import PostmottakCore

/// `postmottak train`: learns the kind, service-area and language models from the labelled
/// examples in `Config/training/*.jsonl` and writes the model file the program loads at start.
/// `--check` also holds out every fifth example and prints how the rest predicts it.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train", abstract: "Train the classifier from labelled examples.")

    @Option(name: .long, help: "The folder of *.jsonl training examples.")
    var data = "Config/training"

    @Option(name: .long, help: "Where to write the model.")
    var output = "Config/model/classifier.json"

    @Flag(help: "Also report accuracy on a held-out fifth of the examples.")
    var check = false

    @Flag(help: "With --check: print the first words of every silently missed formal, access request or sensitive example.")
    var verbose = false

    @Flag(help: "Also learn from the decisions people made in review (the store of --data-dir / --config).")
    var includeReviews = false

    @Option(name: .long, help: "With --check: the confidence below which a decision would wait for a person.")
    var reviewBelow = 0.5

    @Option(name: .long, help: ArgumentHelp("Training passes over the examples.", visibility: .hidden))
    var epochs = LogisticModel.Settings().epochs

    @Option(name: .long, help: ArgumentHelp("The learning rate.", visibility: .hidden))
    var learningRate = LogisticModel.Settings().learningRate

    @Option(name: .long, help: ArgumentHelp("The L2 penalty.", visibility: .hidden))
    var l2 = LogisticModel.Settings().l2

    @Option(name: .long, help: ArgumentHelp("Character n-gram lengths, as 3-5.", visibility: .hidden))
    var characters = "3-5"

    @OptionGroup var options: GlobalOptions

    var settings: LogisticModel.Settings {
        var s = LogisticModel.Settings()
        s.epochs = epochs
        s.learningRate = learningRate
        s.l2 = l2
        let bounds = characters.split(separator: "-").compactMap { Int($0) }
        if bounds.count == 2, bounds[0] <= bounds[1] { s.characters = bounds[0]...bounds[1] }
        return s
    }

    func run() async throws {
        var examples = try TrainingExample.load(directory: URL(fileURLWithPath: data))
        if includeReviews {
            let reviewed = try ReviewedExamples.load(from: try options.instance(delivering: false).store)
            print("\(reviewed.count) example(s) from decisions checked in review")
            examples += reviewed
        }
        let model = try ClassifierModel.train(examples, settings: settings)
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try DurableFile.writeAtomically(try model.encoded(), to: url)
        var counts: [String: Int] = [:]
        for e in examples { counts[e.language.rawValue, default: 0] += 1 }
        print("trained on \(examples.count) examples (" + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
              + "): kind \(model.kind.weights.count) features, area \(model.serviceArea.weights.count), language \(model.language.weights.count)")
        print("wrote \(url.path): \(model.identity)" + (model.sensitive == nil ? "; too few sensitivity labels for a sensitivity model" : ""))
        if check {
            let result = try ModelCheck.run(examples, reviewBelow: reviewBelow, settings: settings)
            for line in result.report { print(line) }
            if verbose { for miss in result.silentMisses { print("  silently missed " + miss) } }
        }
    }
}
