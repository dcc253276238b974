import Foundation

/// A decision of a text model: the label, its probability, the runner-up, and the features
/// that favoured the label most over the runner-up, strongest first.
public struct Prediction: Sendable, Equatable {
    public var label: String
    public var confidence: Double
    public var runnerUp: (label: String, confidence: Double)?
    public var evidence: [String]

    public static func == (a: Prediction, b: Prediction) -> Bool {
        a.label == b.label && a.confidence == b.confidence && a.evidence == b.evidence
    }
}

extension Prediction {
    /// The label with the highest score among the `allowed` indexes (ties to the one that comes
    /// first, in every process), its probability renormalised over them, the runner-up, and
    /// the features that favoured it most over the runner-up (`contributions(best, rival)`).
    static func best(labels: [String], scores: [Double], probabilities: [Double], allowed: [Int], words: Bool, count: Int,
                     contributions: (_ best: Int, _ rival: Int) -> [(String, Double)]) -> Prediction? {
        guard !allowed.isEmpty else { return nil }
        let mass = allowed.reduce(0) { $0 + probabilities[$1] }
        let ranked = allowed.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        let best = ranked[0]
        let second = ranked.count > 1 ? ranked[1] : nil
        let why = second.map { strongest(contributions(best, $0), words: words, count: count) } ?? []
        return Prediction(label: labels[best], confidence: mass > 0 ? probabilities[best] / mass : 0,
                          runnerUp: second.map { (labels[$0], mass > 0 ? probabilities[$0] / mass : 0) }, evidence: why)
    }

    /// The `count` strongest positive contributions as a person reads them, equal ones by name
    /// (the same in every process); character n-grams only when the model has no words.
    static func strongest(_ contributions: [(String, Double)], words: Bool, count: Int) -> [String] {
        contributions.filter { $0.1 > 0 && (!words || !$0.0.hasPrefix("c:")) }
            .sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
            .prefix(count).map { describe($0.0) }
    }

    /// A feature as a person reads it: `"søknad"`, `"klage på"`, `"-kan-"`.
    static func describe(_ feature: String) -> String {
        let body = feature.dropFirst(2)
        return feature.hasPrefix("c:") ? "\"" + body.replacingOccurrences(of: " ", with: "_") + "\"" : "\"" + body + "\""
    }
}
