import Foundation
import PostmottakCore

/// A multinomial logistic regression over `TextFeatures` (words, word pairs, character
/// n-grams), with its probabilities calibrated by temperature scaling on examples it was not
/// trained on: a confidence of 0.9 means right about nine times in ten.
///
/// Discriminative where naive Bayes is generative: it learns how much each feature adds
/// *given the others*, so ten near-synonyms of one complaint do not count ten times, and a
/// long text is not more certain merely for being long. Trained in Swift (AdaGrad over
/// log-loss with an L2 penalty, classes weighted equally), deterministic in every process.
public struct LogisticModel: Sendable, Codable, Equatable {
    public var labels: [String]
    /// Feature → weight per label in `labels` order (to three decimals; features whose
    /// weights all round to zero are left out).
    public var weights: [String: [Float]]
    /// The intercept per label.
    public var bias: [Double]
    /// Scores are divided by this before the softmax; fitted on a validation split.
    public var temperature: Double
    public var words: Bool
    public var minCharacters: Int
    public var maxCharacters: Int
    /// Whether the model reads content words only (`TextFeatures.functionWords` left out).
    public var contentOnly = false

    /// How training runs. The defaults were chosen on the training data's own held-out fifth.
    public struct Settings: Sendable, Equatable {
        public var epochs = 14
        public var learningRate = 0.5
        /// The L2 penalty per example seen.
        public var l2 = 2e-5
        /// Features in fewer documents than this are left out.
        public var minDocuments = 2
        public var words = true
        public var characters: ClosedRange<Int> = 3...5
        /// Content words only: no function words in words, pairs or character n-grams.
        public var contentOnly = false
        /// Whether every label weighs the same in all however many examples it has (kind and
        /// area), or each example the same (sensitivity: a text with nothing to judge should
        /// come out near the rate in the data, not at one half).
        public var balanced = true
        public init() {}
    }

    /// One document as the model sees it: feature indexes and their weights, L2-normalised.
    struct Document {
        var indexes: [Int32]
        var values: [Float]
    }

    /// Learns from `(text, label)` pairs. When `calibrateOn` is given (texts with their labels,
    /// not among `examples`), the temperature is fitted on them; otherwise it is 1.
    public static func train(_ examples: [(text: String, label: String)], settings: Settings = Settings(),
                             calibrateOn validation: [(text: String, label: String)] = []) -> LogisticModel {
        let labels = Array(Set(examples.map(\.label))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let counted = examples.map {
            TextFeatures.of($0.text, words: settings.words, characters: settings.characters, contentOnly: settings.contentOnly)
        }
        var documentFrequency: [String: Int] = [:]
        for features in counted { for key in features.keys { documentFrequency[key, default: 0] += 1 } }
        // The vocabulary in name order, so indexes (and every sum over them) are the same in every process.
        let vocabulary = documentFrequency.filter { $0.value >= settings.minDocuments }.keys.sorted()
        let featureIndex = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
        let documents = counted.map { vectorise($0, index: { featureIndex[$0] }) }
        let targets = examples.map { labelIndex[$0.label] ?? 0 }

        // Each label weighs the same in all, however many examples it has: how often a label
        // occurs in the training set says how the set was written, not how often citizens send it.
        var perLabel = [Int](repeating: 0, count: labels.count)
        for t in targets { perLabel[t] += 1 }
        let sampleWeight = perLabel.map { $0 > 0 ? (settings.balanced ? Double(examples.count) / Double(labels.count * $0) : 1) : 0 }

        let width = labels.count
        var w = [Float](repeating: 0, count: vocabulary.count * width)
        var g2 = [Float](repeating: 1e-6, count: vocabulary.count * width)
        var b = [Double](repeating: 0, count: width)
        var bg2 = [Double](repeating: 1e-6, count: width)
        var order = Array(examples.indices)
        var random = SplitMix64(seed: 0x5EED_0F_1A55)
        var scores = [Double](repeating: 0, count: width)
        let rate = Float(settings.learningRate)
        let l2 = Float(settings.l2)
        for _ in 0..<settings.epochs {
            order.shuffle(using: &random)
            for i in order {
                let d = documents[i]
                for l in 0..<width { scores[l] = b[l] }
                for (k, f) in d.indexes.enumerated() {
                    let row = Int(f) * width
                    let v = Double(d.values[k])
                    for l in 0..<width { scores[l] += v * Double(w[row + l]) }
                }
                let p = softmax(scores, temperature: 1)
                let sw = sampleWeight[targets[i]]
                for l in 0..<width {
                    let grad = sw * (p[l] - (l == targets[i] ? 1 : 0))
                    bg2[l] += grad * grad
                    b[l] -= settings.learningRate * grad / bg2[l].squareRoot()
                }
                for (k, f) in d.indexes.enumerated() {
                    let row = Int(f) * width
                    let v = d.values[k]
                    for l in 0..<width {
                        let grad = Float(sw * (p[l] - (l == targets[i] ? 1 : 0))) * v + l2 * w[row + l]
                        g2[row + l] += grad * grad
                        w[row + l] -= rate * grad / g2[row + l].squareRoot()
                    }
                }
            }
        }

        var weights: [String: [Float]] = [:]
        for (f, name) in vocabulary.enumerated() {
            let row = (0..<width).map { Float((Double(w[f * width + $0]) * 1000).rounded() / 1000) }
            if row.contains(where: { $0 != 0 }) { weights[name] = row }
        }
        var model = LogisticModel(labels: labels, weights: weights, bias: b.map { ($0 * 1000).rounded() / 1000 }, temperature: 1,
                                  words: settings.words, minCharacters: settings.characters.lowerBound,
                                  maxCharacters: settings.characters.upperBound, contentOnly: settings.contentOnly)
        if !validation.isEmpty { model.temperature = model.fittedTemperature(validation) }
        return model
    }

    /// The temperature that minimises the log-loss on `validation` (golden-section search
    /// over 0.05…20 in log space; the loss is convex in 1/T).
    func fittedTemperature(_ validation: [(text: String, label: String)]) -> Double {
        let judged: [([Double], Int)] = validation.compactMap { e in
            guard let l = labels.firstIndex(of: e.label), let raw = self.scored(e.text)?.raw else { return nil }
            return (raw, l)
        }
        guard !judged.isEmpty else { return 1 }
        func loss(_ logT: Double) -> Double {
            let t = exp(logT)
            return judged.reduce(0) { sum, s in sum - log(max(1e-12, Self.softmax(s.0, temperature: t)[s.1])) }
        }
        var lo = log(0.05), hi = log(20.0)
        let phi = (5.0.squareRoot() - 1) / 2
        var x1 = hi - phi * (hi - lo), x2 = lo + phi * (hi - lo)
        var f1 = loss(x1), f2 = loss(x2)
        for _ in 0..<60 {
            if f1 < f2 { hi = x2; x2 = x1; f2 = f1; x1 = hi - phi * (hi - lo); f1 = loss(x1) }
            else { lo = x1; x1 = x2; f1 = f2; x2 = lo + phi * (hi - lo); f2 = loss(x2) }
        }
        return (exp((lo + hi) / 2) * 1000).rounded() / 1000
    }

    /// `1 + ln(count)` per feature, the vector scaled to length 1 over all of the text's
    /// features (known or not, the same in training and use), then the known ones kept.
    static func vectorise(_ features: [String: Int], index: (String) -> Int32?) -> Document {
        let norm = features.values.reduce(0.0) { $0 + pow(1 + log(Double($1)), 2) }.squareRoot()
        var pairs: [(Int32, Float)] = []
        for (key, n) in features {
            guard let i = index(key) else { continue }
            pairs.append((i, Float((1 + log(Double(n))) / max(norm, 1e-9))))
        }
        pairs.sort { $0.0 < $1.0 }
        return Document(indexes: pairs.map(\.0), values: pairs.map(\.1))
    }

    static func softmax(_ scores: [Double], temperature: Double) -> [Double] {
        let top = scores.max() ?? 0
        let exps = scores.map { exp(($0 - top) / temperature) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    /// A text scored once: its raw scores, its calibrated probabilities and the known features
    /// with their values (in name order), from which any label's evidence is read without
    /// reading the text again.
    public struct Scored: Sendable {
        let labels: [String]
        let words: Bool
        let raw: [Double]
        let known: [(feature: String, value: Double, weights: [Float])]
        /// The calibrated probability of every label, in `labels` order.
        public let probabilities: [Double]

        /// The combined probability of the labels that `matching` accepts.
        public func probability(of matching: (String) -> Bool) -> Double {
            labels.indices.filter { matching(labels[$0]) }.reduce(0) { $0 + probabilities[$1] }
        }

        /// The words that favoured `label` most over the best other label, strongest first.
        public func evidence(for label: String, count: Int = 4) -> [String] {
            guard let target = labels.firstIndex(of: label) else { return [] }
            let others = labels.indices.filter { $0 != target }
            guard let rival = others.reduce(others.first, { best, l in best.map { raw[l] > raw[$0] ? l : $0 } }) else { return [] }
            return Prediction.strongest(known.map { ($0.feature, $0.value * Double($0.weights[target] - $0.weights[rival])) },
                                        words: words, count: count)
        }
    }

    /// The features this model reads in `text`.
    public func features(of text: String) -> [String: Int] {
        TextFeatures.of(text, words: words, characters: minCharacters...max(minCharacters, maxCharacters), contentOnly: contentOnly)
    }

    /// Whether `other` reads the same features, so that one count of a text serves both.
    public func readsTheSameFeatures(as other: LogisticModel) -> Bool {
        words == other.words && minCharacters == other.minCharacters && maxCharacters == other.maxCharacters
            && contentOnly == other.contentOnly
    }

    /// `text` scored (nil for a model without labels).
    public func scored(_ text: String) -> Scored? { scored(features: features(of: text)) }

    /// A text scored from its features (`features(of:)`).
    public func scored(features: [String: Int]) -> Scored? {
        guard !labels.isEmpty else { return nil }
        let norm = features.values.reduce(0.0) { $0 + pow(1 + log(Double($1)), 2) }.squareRoot()
        var scores = bias
        var known: [(String, Double, [Float])] = []
        // In the features' own order, so every process sums the same numbers in the same order.
        for (feature, n) in features.sorted(by: { $0.key < $1.key }) {
            guard let w = weights[feature] else { continue }
            let v = (1 + log(Double(n))) / max(norm, 1e-9)
            known.append((feature, v, w))
            for l in labels.indices { scores[l] += v * Double(w[l]) }
        }
        return Scored(labels: labels, words: words, raw: scores, known: known,
                      probabilities: Self.softmax(scores, temperature: temperature))
    }

    /// The calibrated probability of every label, in `labels` order.
    public func probabilities(_ text: String) -> [Double]? { scored(text)?.probabilities }

    /// The combined probability of the labels that `matching` accepts.
    public func probability(_ text: String, of matching: (String) -> Bool) -> Double? {
        scored(text)?.probability(of: matching)
    }

    /// The words that favoured `label` most over the best other label in `text`, strongest first.
    public func evidence(for label: String, in text: String, count: Int = 4) -> [String] {
        scored(text)?.evidence(for: label, count: count) ?? []
    }

    /// The most probable label among those `among` accepts (all by default), its probability
    /// renormalised over them, the runner-up, and the words that favoured it most over the runner-up.
    public func predict(_ text: String, evidence count: Int = 4, among: (String) -> Bool = { _ in true }) -> Prediction? {
        guard let scored = scored(text) else { return nil }
        let (raw, known) = (scored.raw, scored.known)
        return Prediction.best(labels: labels, scores: raw, probabilities: scored.probabilities,
                               allowed: labels.indices.filter { among(labels[$0]) }, words: words, count: count) { best, rival in
            known.map { ($0.feature, $0.value * Double($0.weights[best] - $0.weights[rival])) }
        }
    }
}

extension LogisticModel {
    enum CodingKeys: String, CodingKey {
        case labels, weights, bias, temperature, words, minCharacters, maxCharacters, contentOnly
    }

    /// Reads a model; one written before `contentOnly` existed read every word.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(labels: try c.decode([String].self, forKey: .labels), weights: try c.decode([String: [Float]].self, forKey: .weights),
                  bias: try c.decode([Double].self, forKey: .bias), temperature: try c.decode(Double.self, forKey: .temperature),
                  words: try c.decode(Bool.self, forKey: .words), minCharacters: try c.decode(Int.self, forKey: .minCharacters),
                  maxCharacters: try c.decode(Int.self, forKey: .maxCharacters),
                  contentOnly: try c.decodeIfPresent(Bool.self, forKey: .contentOnly) ?? false)
    }
}
