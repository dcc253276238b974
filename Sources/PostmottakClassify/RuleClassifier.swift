public import PostmottakCore

/// The foundation's classifier: explicit keyword rules for formal matters, kind and service
/// area, and the identity-number detector for sensitivity. Every decision says which rule
/// fired. A trained model replaces the kind and area rules in a later issue.
public struct RuleClassifier: Sendable {
    private let detector = IdentityNumberDetector()
    private let languages = LanguageGuesser()

    /// Below this confidence a decision is for a person.
    public let reviewBelow: Double

    public init(reviewBelow: Double = 0.7) {
        self.reviewBelow = reviewBelow
    }

    /// Classifies a submission from its subject, its text (the sender's own words) and its
    /// attachments' names. `fullText`, when given, is what is searched for identity numbers:
    /// quoted earlier messages count there.
    public func classify(subject: String?, text: String, fullText: String? = nil, attachmentNames: [String] = []) -> Classification {
        let full = [subject ?? "", text].joined(separator: "\n")
        let normalised = " " + TextNormalization.words(full) + " "
        var explanation: [String] = []

        let (language, languageWhy) = languages.guess(text.isEmpty ? (subject ?? "") : text)
        explanation.append(languageWhy)

        var kind: SubmissionKind
        var formalType: FormalType?
        var kindConfidence = 0.3, areaConfidence = 0.3
        if let (type, phrase) = firstHit(KeywordRules.formal, in: normalised) {
            kind = .formal
            formalType = type
            kindConfidence = 0.95
            explanation.append("kind: formal (\(type.rawValue)) by the rule phrase \"\(phrase)\"")
        } else {
            var best: (SubmissionKind, Int, String)?
            for (k, phrases) in KeywordRules.kinds {
                let hits = phrases.filter { normalised.contains(" \($0) ") }
                if let first = hits.first, hits.count > (best?.1 ?? 0) { best = (k, hits.count, first) }
            }
            if let best {
                kind = best.0
                kindConfidence = best.1 >= 2 ? 0.85 : 0.7
                explanation.append("kind: \(best.0.rawValue), \(best.1) rule phrase(s) such as \"\(best.2)\"")
            } else if full.contains("?") {
                kind = .question
                kindConfidence = 0.5
                explanation.append("kind: question, no rule phrase and the text asks a question")
            } else {
                kind = .deviation
                explanation.append("kind: deviation by default, no rule phrase fired")
            }
        }

        var area = ServiceArea.other
        var areaBest = 0
        var areaPhrase = ""
        for (a, phrases) in KeywordRules.areas {
            let hits = phrases.filter { normalised.contains(" \($0) ") }
            if hits.count > areaBest { area = a; areaBest = hits.count; areaPhrase = hits[0] }
        }
        if areaBest > 0 { areaConfidence = areaBest >= 2 ? 0.85 : 0.7 }
        explanation.append(areaBest > 0
            ? "service_area: \(area.rawValue), \(areaBest) rule word(s) such as \"\(areaPhrase)\""
            : "service_area: other, no area word")

        var reasons: [String] = []
        let scanned = ([subject ?? "", fullText ?? text] + attachmentNames).joined(separator: "\n")
        let kinds = Set(detector.matches(in: scanned).map(\.kind.rawValue)).sorted()
        if !kinds.isEmpty {
            reasons.append("identity number in the text: " + kinds.joined(separator: ", "))
        }
        explanation.append(reasons.isEmpty ? "sensitive: no identity number found" : "sensitive: \(reasons.joined(separator: "; "))")

        var result = Classification(kind: kind, formalType: formalType, serviceArea: area, language: language,
                                    sensitive: !reasons.isEmpty, sensitiveReasons: reasons, explanation: explanation)
        result.kindConfidence = kindConfidence
        result.serviceAreaConfidence = areaConfidence
        return result
    }

    private func firstHit<T>(_ rules: [(T, [String])], in normalised: String) -> (T, String)? {
        for (value, phrases) in rules {
            if let p = phrases.first(where: { normalised.contains(" \($0) ") }) { return (value, p) }
        }
        return nil
    }
}
