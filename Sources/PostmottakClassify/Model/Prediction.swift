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
