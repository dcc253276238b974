public import PostmottakClassify
import PostmottakCore
public import PostmottakScan

/// Kind and service area of a card whose boxes decide nothing (none or two ticked): the
/// classifier reads the card's text, as the pipeline's classify step does. The value is what
/// the pipeline would decide; below the classifier's confidence threshold it is for a person.
public struct CardTextDecision: Sendable {
    public let classifier: RuleClassifier

    /// Below this confidence a card's text decision is for a person. Stricter than the
    /// classifier's own threshold: a card's fields are held to the card's rule that wrong
    /// values go to review (measured with `postmottak eval cards`).
    public let reviewBelow: Double

    /// The default `reviewBelow` (0.8 kept silent errors under 1 % on the sample cards).
    public static let defaultReviewBelow = 0.8

    public init(classifier: RuleClassifier = RuleClassifier(), reviewBelow: Double = CardTextDecision.defaultReviewBelow) {
        self.classifier = classifier
        self.reviewBelow = max(reviewBelow, classifier.reviewBelow)
    }

    /// Fills `kind` and `service_area` of every card page where the boxes left them empty.
    public func fill(_ pages: inout [PageReading]) {
        for index in pages.indices {
            guard var fields = pages[index].fields else { continue }
            let undecided = ["kind", "service_area"].filter { fields[$0]?.value == FieldValue.none && fields[$0]?.needsReview == false }
            guard !undecided.isEmpty else { continue }
            let text = fields["description"]?.value.text ?? pages[index].text
            let decision = classifier.classify(subject: nil, text: text)
            for name in undecided {
                let boxes = fields[name]?.reason ?? "no box ticked"
                let value = name == "kind" ? decision.kind.rawValue : decision.serviceArea.rawValue
                let confidence = name == "kind" ? decision.kindConfidence : decision.serviceAreaConfidence
                let low = confidence < reviewBelow
                // Two boxes ticked: the citizen said two things; the text's reading is only a proposal.
                let conflicting = boxes.contains("boxes ticked")
                fields[name] = FieldReading(
                    value: .text(value), confidence: conflicting ? min(confidence, 0.5) : confidence, needsReview: low || conflicting,
                    reason: "\(boxes): \(value) from the text"
                        + (conflicting ? ", for a person to confirm" : "")
                        + (low ? ", confidence \(Int(confidence * 100)) % below \(Int(reviewBelow * 100)) %" : ""))
            }
            pages[index].fields = fields
        }
    }
}
