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
    /// person as "possibly formal". On `train --check`'s table (5,494 examples) 0.2 reached 54
    /// of the 74 formal texts the classifier did not decide, with 56 others waiting of 1,098;
    /// 0.15 reached 59 with 74 others, but caught no further silent miss on either held-out set.
    public static let possiblyFormalAbove = 0.2
    /// The model's formal probability from which it decides a formal matter on its own (an
    /// over-call costs an archivist a look; a miss breaks the law).
    public static let formalAbove = 0.9
    /// The model's spam probability from which mail is spam (never a card, never a text with
    /// an identity number): no reference number, kept with the reason.
    public static let spamAbove = 0.97
    /// The sensitivity model's probability from which a message the rules found nothing in
    /// waits for a person as "possibly sensitive". Chosen on the training data's held-out
    /// fifth (`train --check` prints the table): at 0.4 the model alone reaches 90 of 106
    /// sensitive texts with 19 false alarms in 680; at 0.3, 93 with 22; at 0.2, 96 with 30.
    public static let possiblySensitiveAbove = 0.4
    /// The sensitivity model's probability from which it marks a text sensitive on its own
    /// (on the held-out fifth: 51 of 106 sensitive texts, 2 false alarms in 680).
    public static let sensitiveAbove = 0.9
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
    /// `mayBeSpam` is false for a card (paper is never spam).
    public func classify(subject: String?, text: String, fullText: String? = nil, attachmentNames: [String] = [],
                         mayBeSpam: Bool = true) -> Classification {
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

        let scanned = ([subject ?? "", fullText ?? text] + attachmentNames).joined(separator: "\n")
        let identityKinds = Set(detector.matches(in: scanned).map(\.kind.rawValue)).sorted()
        let identityFound = !identityKinds.isEmpty

        // The text counted once for the kind and area models (they read the same features).
        let kindFeatures = model?.kind.features(of: full)

        var kind: SubmissionKind
        var formalType: FormalType?
        var possiblyFormal: FormalType?
        var kindConfidence = 0.3, areaConfidence = 0.3
        if let (type, phrase) = firstHit(KeywordRules.formal, in: normalised) {
            kind = .formal
            formalType = type
            kindConfidence = 0.95
            explanation.append("kind: formal (\(type.rawValue)) by the rule phrase \"\(phrase)\"")
        } else if let model, let scored = model.kind.scored(features: kindFeatures ?? [:]) {
            let p = scored.probabilities
            // Formal matters are a legal category: the rules above decide them, and the model
            // only when it is sure; when it merely leans formal, a person looks. Its
            // probabilities are calibrated, so they are read as they are.
            let labels = model.kind.labels
            let formal = labels.indices.filter { labels[$0].hasPrefix("formal/") }
            let pFormal = formal.reduce(0) { $0 + p[$1] }
            // The first of equal probabilities wins, in every process.
            let leaning = formal.reduce(formal.first ?? 0) { p[$1] > p[$0] ? $1 : $0 }
            let leaningType = formal.isEmpty ? FormalType.otherFormal
                : FormalType(rawValue: String(labels[leaning].dropFirst("formal/".count))) ?? .otherFormal
            let pAccess = labels.firstIndex(of: "formal/" + FormalType.accessRequest.rawValue).map { p[$0] } ?? 0
            let pSpam = labels.firstIndex(of: SubmissionKind.spam.rawValue).map { p[$0] } ?? 0
            let ordinary = labels.indices.filter { !labels[$0].hasPrefix("formal/") && labels[$0] != SubmissionKind.spam.rawValue }
            let best = ordinary.reduce(ordinary.first ?? 0) { p[$1] > p[$0] ? $1 : $0 }
            let words = { (label: String) in scored.evidence(for: label) }
            if mayBeSpam, pSpam >= Self.spamAbove, !identityFound {
                kind = .spam
                kindConfidence = pSpam
                explanation.append(String(format: "kind: spam (model, %.2f), words ", pSpam) + words(SubmissionKind.spam.rawValue).joined(separator: ", "))
            } else if pFormal >= Self.formalAbove {
                kind = .formal
                formalType = leaningType
                kindConfidence = pFormal
                explanation.append(String(format: "kind: formal (%@) by the model (%.2f), no formal rule phrase", leaningType.rawValue, pFormal)
                                   + ", words " + words(labels[leaning]).joined(separator: ", "))
                if leaningType != .accessRequest, pAccess >= Self.possiblyFormalAbove { possiblyFormal = .accessRequest }
            } else {
                kind = SubmissionKind(rawValue: labels[best]) ?? .deviation
                kindConfidence = p[best]
                var line = String(format: "kind: %@ (model, %.2f)", labels[best], p[best])
                let evidence = words(labels[best])
                if !evidence.isEmpty { line += ", words " + evidence.joined(separator: ", ") }
                if pFormal >= Self.possiblyFormalAbove {
                    line += String(format: "; the model finds it possibly formal (%.2f) but no formal rule fired", pFormal)
                    // An access request is the one the law is strictest about: it is named when it is possible at all.
                    possiblyFormal = pAccess >= Self.possiblyFormalAbove / 2 ? .accessRequest : leaningType
                }
                if pSpam >= Self.possiblyFormalAbove { line += String(format: "; possibly spam (%.2f)", pSpam) }
                explanation.append(line)
            }
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
        let areaScored = model.flatMap { model in
            model.serviceArea.scored(features: model.serviceArea.readsTheSameFeatures(as: model.kind) ? kindFeatures ?? [:]
                                                                                                    : model.serviceArea.features(of: full))
        }
        if let model, let areaScored {
            let probabilities = areaScored.probabilities
            // The model's probabilities, sharpened by the area words that occur (a rule word is
            // strong evidence the model's training set may not have seen).
            var weighted = probabilities
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
            let evidence = areaScored.evidence(for: label)
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
        if identityFound {
            reasons.append("identity number in the text: " + identityKinds.joined(separator: ", "))
        }
        let scannedWords = " " + TextNormalization.words(scanned) + " "
        for (category, stems) in KeywordRules.sensitive {
            let hits = stems.filter { scannedWords.contains(" " + $0) }
            if !hits.isEmpty { reasons.append("\(category) details: \(hits.count) term(s) such as a \(category == "health" ? "condition or treatment" : "care measure")") }
        }
        var possiblySensitive: Double?
        // The model judges only a text with something to judge: a greeting alone is no evidence.
        let enoughWords = TextNormalization.words(scanned).split(separator: " ").count >= Self.possiblySensitiveMinimumWords
        if reasons.isEmpty, enoughWords, let scored = model?.sensitive?.scored(scanned), case let p = scored.probability(of: { $0 == "sensitive" }),
           p >= Self.possiblySensitiveAbove {
            let words = scored.evidence(for: "sensitive").joined(separator: ", ")
            if p >= Self.sensitiveAbove {
                // Restricting a record that needed none costs little; publishing care details is the harm.
                reasons.append(String(format: "care details in everyday words (model, %.2f)", p))
                explanation.append("sensitive: " + reasons[0] + (words.isEmpty ? "" : ", words " + words))
            } else {
                possiblySensitive = p
                explanation.append(String(format: "sensitive: no identity number or care term, but the model finds care details possible (%.2f)", p)
                                   + (words.isEmpty ? "" : ", words " + words) + ": a person looks")
            }
        } else {
            explanation.append(reasons.isEmpty ? "sensitive: no identity number found" : "sensitive: \(reasons.joined(separator: "; "))")
        }

        var result = Classification(kind: kind, formalType: formalType, serviceArea: area, language: language,
                                    sensitive: !reasons.isEmpty, sensitiveReasons: reasons, explanation: explanation)
        result.kindConfidence = kindConfidence
        result.serviceAreaConfidence = areaConfidence
        result.possiblyFormal = possiblyFormal
        result.possiblySensitive = possiblySensitive
        result.identityNumberFound = identityFound
        return result
    }

    private func firstHit<T>(_ rules: [(T, [String])], in normalised: String) -> (T, String)? {
        for (value, phrases) in rules {
            if let p = phrases.first(where: { normalised.contains(" \($0) ") }) { return (value, p) }
        }
        return nil
    }
}
