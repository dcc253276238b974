import Foundation

/// A complement naive Bayes model over `TextFeatures`: per label a prior and a smoothed
/// weight per feature (the negated log-probability of the feature in the other labels). Small enough to ship as JSON in the repository, fast to
/// apply (a dictionary look-up per feature), and it explains itself: the features that
/// weighed most for the winning label.
public struct NaiveBayesModel: Sendable, Codable, Equatable {
    public var labels: [String]
    /// log P(label).
    public var priors: [Double]
    /// Feature → −log P(feature | the other labels), per label in `labels` order (to three decimals,
    /// which keeps the shipped file small and changes no decision).
    public var weights: [String: [Float]]
    /// The weight of an unseen feature, per label.
    public var unseen: [Double]
    /// Whether word features are used (the language model uses characters only).
    public var words: Bool
    public var minCharacters: Int
    public var maxCharacters: Int

    /// Learns from `(text, label)` pairs. `alpha` is the additive smoothing; features seen
    /// fewer than `minCount` times in all are left out (noise, and model size).
    public static func train(_ examples: [(text: String, label: String)], alpha: Double = 0.1, minCount: Int = 2,
                             words: Bool = true, characters: ClosedRange<Int> = 3...5, complement: Bool = true) -> NaiveBayesModel {
        let labels = Array(Set(examples.map(\.label))).sorted()
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var documents = [Int](repeating: 0, count: labels.count)
        var perLabel: [String: [Double]] = [:]
        var totals = [Double](repeating: 0, count: labels.count)
        var overall: [String: Int] = [:]
        for example in examples {
            guard let l = index[example.label] else { continue }
            documents[l] += 1
            for (feature, count) in TextFeatures.of(example.text, words: words, characters: characters) {
                overall[feature, default: 0] += count
                perLabel[feature, default: [Double](repeating: 0, count: labels.count)][l] += Double(count)
            }
        }
        let kept = perLabel.filter { (overall[$0.key] ?? 0) >= minCount }
        // Summed in the features' order, so training gives the same model in every process.
        for (_, counts) in kept.sorted(by: { $0.key < $1.key }) { for l in labels.indices { totals[l] += counts[l] } }
        let all = totals.reduce(0, +)
        let vocabulary = Double(kept.count + 1)
        // Complement naive Bayes (Rennie et al., 2003; the default): each label is scored by how unlike the
        // *other* labels' texts a text is. Estimated from the other labels' counts, which are
        // large for every label, it does not favour the labels with few examples the way the
        // plain multinomial model does (their unseen features cost them nothing).
        var weights: [String: [Float]] = [:]
        weights.reserveCapacity(kept.count)
        for (feature, counts) in kept {
            let total = counts.reduce(0, +)
            weights[feature] = labels.indices.map { l in
                let weight = complement
                    ? -log((total - counts[l] + alpha) / (all - totals[l] + alpha * vocabulary))
                    : log((counts[l] + alpha) / (totals[l] + alpha * vocabulary))
                return Float((weight * 1000).rounded() / 1000)
            }
        }
        return NaiveBayesModel(
            // Equal priors: how often a label occurs in the training set says how the set was
            // written, not how often citizens send it; the evidence decides.
            labels: labels, priors: documents.map { _ in log(1 / Double(labels.count)) }, weights: weights,
            unseen: labels.indices.map { l in
                complement ? -log(alpha / (all - totals[l] + alpha * vocabulary)) : log(alpha / (totals[l] + alpha * vocabulary))
            },
            words: words, minCharacters: characters.lowerBound, maxCharacters: characters.upperBound)
    }

    /// The combined posterior of the labels that `matching` accepts.
    public func probability(_ text: String, of matching: (String) -> Bool) -> Double? {
        guard let posterior = posterior(text) else { return nil }
        return labels.indices.filter { matching(labels[$0]) }.reduce(0) { $0 + posterior.probabilities[$1] }
    }

    /// The posterior over all labels, and the features known to the model with their counts.
    func posterior(_ text: String) -> (probabilities: [Double], scores: [Double], known: [(String, Int, [Float])])? {
        guard !labels.isEmpty else { return nil }
        let features = TextFeatures.of(text, words: words, characters: minCharacters...max(minCharacters, maxCharacters))
        var scores = priors
        var known: [(String, Int, [Float])] = []
        // In the features' own order, so every process sums the same numbers in the same
        // order (a Dictionary's order differs from process to process).
        for (feature, n) in features.sorted(by: { $0.key < $1.key }) {
            guard let w = weights[feature] else { continue }
            known.append((feature, n, w))
            for l in labels.indices { scores[l] += Double(n) * Double(w[l]) }
        }
        // Naive Bayes is overconfident on long texts (its features are not independent);
        // the scores are tempered by the number of features before the softmax.
        let temper = max(1, Double(known.reduce(0) { $0 + $1.1 }).squareRoot())
        let top = scores.max() ?? 0
        let exps = scores.map { exp(($0 - top) / temper) }
        let sum = exps.reduce(0, +)
        return (exps.map { $0 / sum }, scores, known)
    }

    /// The most probable label of `text` among those `among` accepts (all by default), with
    /// its posterior renormalised over them and its evidence.
    public func predict(_ text: String, evidence count: Int = 4, among: (String) -> Bool = { _ in true }) -> Prediction? {
        guard let (probabilities, scores, known) = posterior(text) else { return nil }
        return Prediction.best(labels: labels, scores: scores, probabilities: probabilities,
                               allowed: labels.indices.filter { among(labels[$0]) }, words: words, count: count) { best, rival in
            known.map { ($0.0, Double($0.1) * Double($0.2[best] - $0.2[rival])) }
        }
    }
}
