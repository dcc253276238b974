public import PostmottakCore

/// The classifier: explicit rules for the formal types (they win where they fire), a trained
/// model for kind, service area and language (keyword rules when no model is loaded), and
/// the identity-number detector and health and social-care terms for sensitivity. Every
/// decision has a confidence and says why: the rule, or the features that weighed most.
public struct RuleClassifier: Sendable {
    private let detector = IdentityNumberDetector()
    private let languages = LanguageGuesser()
    public let model: ClassifierModel?

    /// Below this confidence a decision is for a person.
    public let reviewBelow: Double

    public init(model: ClassifierModel? = nil, reviewBelow: Double = 0.7) {
        self.model = model
        self.reviewBelow = reviewBelow
    }

    /// Classifies a submission from its subject, its text (the sender's own words) and its
    /// attachments' names. `fullText`, when given, is what is searched for identity numbers:
    /// quoted earlier messages count there.
    public func classify(subject: String?, text: String, fullText: String? = nil, attachmentNames: [String] = []) -> Classification {
        let full = [subject ?? "", text].joined(separator: "\n")
        let normalised = " " + TextNormalization.words(full) + " "
        var explanation: [String] = []

        var (language, languageWhy) = languages.guess(text.isEmpty ? (subject ?? "") : text)
        let languageText = text.isEmpty ? (subject ?? "") : text
        if let model, TextNormalization.words(languageText).split(separator: " ").count >= 3,
           let guess = model.language.predict(languageText), let l = Language(rawValue: guess.label) {
            language = l
            languageWhy = String(format: "language: %@ (model, %.2f)", l.rawValue, guess.confidence)
        }
        explanation.append(languageWhy)

        var kind: SubmissionKind
        var formalType: FormalType?
        var kindConfidence = 0.3, areaConfidence = 0.3
        if let (type, phrase) = firstHit(KeywordRules.formal, in: normalised) {
            kind = .formal
            formalType = type
            kindConfidence = 0.95
            explanation.append("kind: formal (\(type.rawValue)) by the rule phrase \"\(phrase)\"")
        } else if let model, let guess = model.kind.predict(full, among: { !$0.hasPrefix("formal") }) {
            // Formal matters are a legal category: the rules above decide them. The model
            // chooses among the other kinds; when it leans formal all the same, a person looks.
            kind = SubmissionKind(rawValue: guess.label) ?? .deviation
            kindConfidence = guess.confidence
            var line = String(format: "kind: %@ (model, %.2f%@), words %@", guess.label, guess.confidence,
                              guess.runnerUp.map { String(format: "; next %@ %.2f", $0.label, $0.confidence) } ?? "",
                              guess.evidence.joined(separator: ", "))
            if let formal = model.kind.probability(full, of: { $0.hasPrefix("formal") }), formal >= 0.5 {
                kindConfidence = min(kindConfidence, formal >= 0.8 ? 0.3 : 0.45)
                line += String(format: "; the model leans formal (%.2f) but no formal rule fired", formal)
            }
            explanation.append(line)
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
        if let model, let guess = model.serviceArea.predict(full) {
            area = ServiceArea(rawValue: guess.label) ?? .other
            areaConfidence = guess.confidence
            explanation.append(String(format: "service_area: %@ (model, %.2f), words %@", guess.label, guess.confidence,
                                      guess.evidence.joined(separator: ", ")))
        } else {
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
        }

        var reasons: [String] = []
        let scanned = ([subject ?? "", fullText ?? text] + attachmentNames).joined(separator: "\n")
        let kinds = Set(detector.matches(in: scanned).map(\.kind.rawValue)).sorted()
        if !kinds.isEmpty {
            reasons.append("identity number in the text: " + kinds.joined(separator: ", "))
        }
        let scannedWords = " " + TextNormalization.words(scanned) + " "
        for (category, stems) in KeywordRules.sensitive {
            let hits = stems.filter { scannedWords.contains(" " + $0) }
            if !hits.isEmpty { reasons.append("\(category) details: \(hits.count) term(s) such as a \(category == "health" ? "condition or treatment" : "care measure")") }
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
