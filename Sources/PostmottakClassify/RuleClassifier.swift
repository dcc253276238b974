import PostmottakCore
import Foundation

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

    /// The model's formal probability from which a message no formal rule caught waits for a
    /// person as "possibly formal".
    public static let possiblyFormalAbove = 0.5
    /// The sensitivity model's probability from which a message the rules found nothing in
    /// waits for a person as "possibly sensitive". Chosen on the training data's held-out
    /// fifth (`train --check` prints the table): at 0.8 the model alone catches 33 of 56
    /// sensitive texts with 9 false alarms in 516; at 0.5 it raised twice as many.
    public static let possiblySensitiveAbove = 0.8
    /// Fewer words than this and the sensitivity model is not asked (its posterior on a
    /// greeting is its prior, not evidence).
    public static let possiblySensitiveMinimumWords = 12

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
        // Which model decided (or that the keyword rules did alone), so a decision can be traced.
        var explanation: [String] = [model.map { "model: \($0.identity)" } ?? "model: none, the keyword rules decide"]

        var (language, languageWhy) = languages.guess(text.isEmpty ? (subject ?? "") : text)
        let languageText = text.isEmpty ? (subject ?? "") : text
        let wordCount = TextNormalization.words(languageText).split(separator: " ").count
        if let model, wordCount >= 3, let guess = model.language.predict(languageText), let l = Language(rawValue: guess.label) {
            if language == .other, wordCount >= 8 {
                // A longer text with hardly a function word of nb, nn, sv or en is in another language.
                languageWhy += String(format: " (the model's nearest is %@)", l.rawValue)
            } else {
                language = l
                languageWhy = String(format: "language: %@ (model, %.2f)", l.rawValue, guess.confidence)
            }
        }
        explanation.append(languageWhy)

        var kind: SubmissionKind
        var formalType: FormalType?
        var possiblyFormal: FormalType?
        var kindConfidence = 0.3, areaConfidence = 0.3
        if let (type, phrase) = firstHit(KeywordRules.formal, in: normalised) {
            kind = .formal
            formalType = type
            kindConfidence = 0.95
            explanation.append("kind: formal (\(type.rawValue)) by the rule phrase \"\(phrase)\"")
        } else if let model, let posterior = model.kind.posterior(full),
                  let guess = model.kind.predict(full, among: { !$0.hasPrefix("formal") }) {
            // Formal matters are a legal category: the rules above decide them. The model
            // chooses among the other kinds, its posterior sharpened by the kind phrases that
            // occur; when it leans formal all the same, a person looks.
            // In the model's label order, so sums and ties come out the same in every process.
            var weighted: [(key: String, value: Double)] = model.kind.labels.enumerated()
                .filter { !$0.element.hasPrefix("formal") }.map { ($0.element, posterior.probabilities[$0.offset]) }
            var phrases: [String: Int] = [:]
            for (k, list) in KeywordRules.kinds {
                let hits = list.filter { normalised.contains(" \($0) ") }.count
                if hits > 0, let i = weighted.firstIndex(where: { $0.key == k.rawValue }) {
                    weighted[i].value *= 1 + 2 * Double(hits)
                    phrases[k.rawValue] = hits
                }
            }
            let total = weighted.reduce(0) { $0 + $1.value }
            let ranked = weighted.enumerated().sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }
                .map(\.element)
            let best = ranked.first?.key ?? guess.label
            kind = SubmissionKind(rawValue: best) ?? .deviation
            kindConfidence = total > 0 ? (ranked.first?.value ?? 0) / total : guess.confidence
            let runnerUp = ranked.dropFirst().first
            var line = String(format: "kind: %@ (model, %.2f%@)", best, kindConfidence,
                              runnerUp.map { String(format: "; next %@ %.2f", $0.key, total > 0 ? $0.value / total : 0) } ?? "")
            if let n = phrases[best] { line += ", \(n) kind phrase(s)" }
            if best == guess.label, !guess.evidence.isEmpty { line += ", words " + guess.evidence.joined(separator: ", ") }
            // The single most probable label overall is a formal type, and clearly so.
            let formalBest = model.kind.labels.indices.filter { model.kind.labels[$0].hasPrefix("formal") }
                .map { posterior.probabilities[$0] }.max() ?? 0
            let otherBest = model.kind.labels.indices.filter { !model.kind.labels[$0].hasPrefix("formal") }
                .map { posterior.probabilities[$0] }.max() ?? 0
            if formalBest >= Self.possiblyFormalAbove, formalBest > otherBest {
                kindConfidence = min(kindConfidence, formalBest >= 0.8 ? 0.3 : 0.45)
                line += String(format: "; the model leans formal (%.2f) but no formal rule fired", formalBest)
                let formalLabels = model.kind.labels.indices.filter { model.kind.labels[$0].hasPrefix("formal/") }
                let leaning = formalLabels.reduce(formalLabels[0]) { posterior.probabilities[$1] > posterior.probabilities[$0] ? $1 : $0 }
                possiblyFormal = FormalType(rawValue: String(model.kind.labels[leaning].dropFirst("formal/".count))) ?? .otherFormal
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
        if let model, let posterior = model.serviceArea.posterior(full) {
            // The model's posterior, sharpened by the area words that occur (a rule word is
            // strong evidence the model's small training set may not have seen).
            var weighted = posterior.probabilities
            var words: [String: Int] = [:]
            for (a, phrases) in KeywordRules.areas {
                let hits = phrases.filter { normalised.contains(" \($0) ") }.count
                if hits > 0, let i = model.serviceArea.labels.firstIndex(of: a.rawValue) {
                    weighted[i] *= 1 + 2 * Double(hits)
                    words[a.rawValue] = hits
                }
            }
            let total = weighted.reduce(0, +)
            // The first of equal scores wins (`max` would take the last), the same in every process.
            let best = weighted.indices.reduce(0) { weighted[$1] > weighted[$0] ? $1 : $0 }
            let label = model.serviceArea.labels[best]
            area = ServiceArea(rawValue: label) ?? .other
            areaConfidence = total > 0 ? weighted[best] / total : 0
            let evidence = model.serviceArea.predict(full, among: { $0 == label })?.evidence ?? []
            explanation.append(String(format: "service_area: %@ (model, %.2f)%@", label, areaConfidence,
                                      words[label].map { ", \($0) area word(s)" } ?? "")
                               + (evidence.isEmpty ? "" : ", words " + evidence.joined(separator: ", ")))
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
        var possiblySensitive: Double?
        // The model judges only a text with something to judge: a greeting alone is no evidence.
        let enoughWords = TextNormalization.words(scanned).split(separator: " ").count >= Self.possiblySensitiveMinimumWords
        if reasons.isEmpty, enoughWords, let model = model?.sensitive, let p = model.probability(scanned, of: { $0 == "sensitive" }),
           p >= Self.possiblySensitiveAbove {
            possiblySensitive = p
            explanation.append(String(format: "sensitive: no identity number or care term, but the model finds care details likely (%.2f): a person looks", p))
        } else {
            explanation.append(reasons.isEmpty ? "sensitive: no identity number found" : "sensitive: \(reasons.joined(separator: "; "))")
        }

        var result = Classification(kind: kind, formalType: formalType, serviceArea: area, language: language,
                                    sensitive: !reasons.isEmpty, sensitiveReasons: reasons, explanation: explanation)
        result.kindConfidence = kindConfidence
        result.serviceAreaConfidence = areaConfidence
        result.possiblyFormal = possiblyFormal
        result.possiblySensitive = possiblySensitive
        result.identityNumberFound = !kinds.isEmpty
        return result
    }

    private func firstHit<T>(_ rules: [(T, [String])], in normalised: String) -> (T, String)? {
        for (value, phrases) in rules {
            if let p = phrases.first(where: { normalised.contains(" \($0) ") }) { return (value, p) }
        }
        return nil
    }
}
