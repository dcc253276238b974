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

    @Flag(help: "Also learn from the decisions people made in review (the store of --data-dir / --config).")
    var includeReviews = false

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        var examples = try TrainingExample.load(directory: URL(fileURLWithPath: data))
        if includeReviews {
            let reviewed = try ReviewedExamples.load(from: try options.instance(delivering: false).store)
            print("\(reviewed.count) example(s) from decisions checked in review")
            examples += reviewed
        }
        let model = try ClassifierModel.train(examples)
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try DurableFile.writeAtomically(try model.encoded(), to: url)
        var counts: [String: Int] = [:]
        for e in examples { counts[e.language.rawValue, default: 0] += 1 }
        print("trained on \(examples.count) examples (" + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
              + "): kind \(model.kind.weights.count) features, area \(model.serviceArea.weights.count), language \(model.language.weights.count)")
        print("wrote \(url.path): \(model.identity)" + (model.sensitive == nil ? "; too few sensitivity labels for a sensitivity model" : ""))
        if check {
            let held = examples.enumerated().filter { $0.offset % 5 == 4 }.map(\.element)
            let rest = examples.enumerated().filter { $0.offset % 5 != 4 }.map(\.element)
            let trial = try ClassifierModel.train(rest)
            var kind = 0, area = 0, language = 0
            var sensitive = (truePositives: 0, falsePositives: 0, falseNegatives: 0, flagged: 0)
            let classifier = RuleClassifier(model: trial)
            for e in held {
                if let truth = e.sensitive {
                    let c = classifier.classify(subject: e.subject, text: e.text)
                    let said = c.sensitive || c.possiblySensitive != nil
                    if c.possiblySensitive != nil { sensitive.flagged += 1 }
                    if said, truth { sensitive.truePositives += 1 } else if said { sensitive.falsePositives += 1 } else if truth { sensitive.falseNegatives += 1 }
                }
                let text = [e.subject ?? "", e.text].joined(separator: "\n")
                if trial.kind.predict(text)?.label == e.kindLabel { kind += 1 }
                if trial.serviceArea.predict(text)?.label == e.serviceArea.rawValue { area += 1 }
                if trial.language.predict(e.text)?.label == e.language.rawValue { language += 1 }
            }
            let n = Double(max(1, held.count))
            print(String(format: "held-out %d: kind %.1f %%, service area %.1f %%, language %.1f %%",
                         held.count, 100 * Double(kind) / n, 100 * Double(area) / n, 100 * Double(language) / n))
            let s = sensitive
            print("sensitive (rules, or the model's suspicion): recall \(s.truePositives)/\(s.truePositives + s.falseNegatives), "
                  + "false alarms \(s.falsePositives), of which \(s.flagged) flagged by the model")
            // The sensitivity model alone, at several thresholds: where its suspicion pays.
            if let model = trial.sensitive {
                for threshold in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] {
                    var hit = 0, alarm = 0, total = 0
                    for e in held where e.sensitive != nil {
                        let text = [e.subject ?? "", e.text].joined(separator: "\n")
                        let p = model.probability(text, of: { $0 == "sensitive" }) ?? 0
                        if e.sensitive == true { total += 1; if p >= threshold { hit += 1 } } else if p >= threshold { alarm += 1 }
                    }
                    print(String(format: "  sensitivity model at %.2f: %d of %d sensitive, %d false alarms", threshold, hit, total, alarm))
                }
            }
        }
    }
}
