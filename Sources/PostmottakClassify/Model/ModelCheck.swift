import Foundation
import PostmottakCore

/// How a model trained on four fifths of the training examples judges the fifth it did not
/// see, through the whole classifier (rules and model): the figures `train --check` prints,
/// and where thresholds are chosen (never on an evaluation set).
public struct ModelCheck: Sendable {
    public var examples = 0
    public var kindRight = 0
    public var areaRight = 0
    public var languageRight = 0
    /// Formal examples decided formal, flagged "possibly formal", or neither.
    public var formal = (total: 0, decided: 0, flagged: 0)
    public var accessRequests = (total: 0, decided: 0, flagged: 0)
    /// Decided spam, and of those how many were not.
    public var spam = (total: 0, decided: 0, wrong: 0)
    public var sensitive = (total: 0, found: 0, flagged: 0, falseAlarms: 0)
    /// Examples that would wait for a person at `reviewBelow`.
    public var review = 0
    /// The held-out examples where the law cares that were silently missed (formal or
    /// sensitive, neither decided nor flagged): their first words, to see what was missed.
    public var silentMisses: [String] = []
    /// Why: kind below the threshold, area below it, possibly formal, possibly sensitive (one may have several).
    public var reviewWhy = (kind: 0, area: 0, formal: 0, sensitive: 0)
    /// Expected calibration error of the kind model: the mean gap between confidence and
    /// accuracy over ten equal-width bins, weighted by their counts.
    public var kindCalibrationError = 0.0
    /// Per confidence bin (0.5–0.6 … 0.9–1.0): decisions and how many were right.
    public var reliability: [(from: Double, count: Int, right: Int)] = []

    /// The sensitivity model alone on the held-out fifth's texts without an identity number, per
    /// threshold: sensitive texts it reaches, and false alarms.
    public var sensitivityByThreshold: [(threshold: Double, hits: Int, of: Int, alarms: Int)] = []

    /// The kind model's formal probability on the held-out texts the classifier did not decide
    /// formal, per threshold: formal texts a person would be asked about, and other texts that
    /// would wait for nothing (where `RuleClassifier.possiblyFormalAbove` is chosen).
    public var formalByThreshold: [(threshold: Double, hits: Int, of: Int, alarms: Int)] = []

    /// Trains on every example whose position is not 4 mod 5, judges the rest.
    public static func run(_ examples: [TrainingExample], reviewBelow: Double,
                           settings: LogisticModel.Settings = LogisticModel.Settings()) throws(TrainingError) -> ModelCheck {
        let held = examples.enumerated().filter { $0.offset % 5 == 4 }.map(\.element)
        let rest = examples.enumerated().filter { $0.offset % 5 != 4 }.map(\.element)
        let trial = try ClassifierModel.train(rest, settings: settings)
        let classifier = RuleClassifier(model: trial, reviewBelow: reviewBelow)
        var check = ModelCheck()
        var bins = [(count: Int, right: Int, confidence: Double)](repeating: (0, 0, 0), count: 10)
        var undecided: [(p: Double, formal: Bool)] = []
        for e in held {
            check.examples += 1
            let c = classifier.classify(subject: e.subject, text: e.text)
            let decided = c.kind == .formal ? "formal/" + (c.formalType ?? .otherFormal).rawValue : c.kind.rawValue
            let right = decided == e.kindLabel
            if right { check.kindRight += 1 }
            if c.serviceArea == e.serviceArea { check.areaRight += 1 }
            if c.language == e.language { check.languageRight += 1 }
            let bin = min(9, Int(c.kindConfidence * 10))
            bins[bin].count += 1
            bins[bin].confidence += c.kindConfidence
            if right { bins[bin].right += 1 }
            if c.kind != .formal {
                let text = [e.subject ?? "", e.text].joined(separator: "\n")
                undecided.append((trial.kind.probability(text, of: { $0.hasPrefix("formal/") }) ?? 0, e.kind == .formal))
            }
            let formalMissed = e.kind == .formal && c.kind != .formal && c.possiblyFormal == nil
            let accessMissed = e.formalType == .accessRequest && c.formalType != .accessRequest && c.possiblyFormal != .accessRequest
            let sensitiveMissed = e.sensitive == true && !c.sensitive && c.possiblySensitive == nil
            if formalMissed || accessMissed || sensitiveMissed {
                check.silentMisses.append((formalMissed ? "formal " : accessMissed ? "access " : "sensitive ") + e.kindLabel + ": "
                                          + String(((e.subject ?? "") + " | " + e.text).prefix(160)).replacingOccurrences(of: "\n", with: " "))
            }
            if e.kind == .formal {
                check.formal.total += 1
                if c.kind == .formal { check.formal.decided += 1 } else if c.possiblyFormal != nil { check.formal.flagged += 1 }
                if e.formalType == .accessRequest {
                    check.accessRequests.total += 1
                    if c.kind == .formal, c.formalType == .accessRequest { check.accessRequests.decided += 1 }
                    else if c.possiblyFormal == .accessRequest { check.accessRequests.flagged += 1 }
                }
            }
            if e.kind == .spam { check.spam.total += 1 }
            if c.kind == .spam { check.spam.decided += 1; if e.kind != .spam { check.spam.wrong += 1 } }
            if let truth = e.sensitive {
                if truth { check.sensitive.total += 1 }
                if c.sensitive { if truth { check.sensitive.found += 1 } else { check.sensitive.falseAlarms += 1 } }
                else if c.possiblySensitive != nil { if truth { check.sensitive.flagged += 1 } else { check.sensitive.falseAlarms += 1 } }
            }
            if c.kindConfidence < reviewBelow || c.serviceAreaConfidence < reviewBelow || c.possiblyFormal != nil
                || (c.possiblySensitive != nil && !c.sensitive) {
                check.review += 1
                if c.kindConfidence < reviewBelow { check.reviewWhy.kind += 1 }
                if c.serviceAreaConfidence < reviewBelow { check.reviewWhy.area += 1 }
                if c.possiblyFormal != nil { check.reviewWhy.formal += 1 }
                if c.possiblySensitive != nil && !c.sensitive { check.reviewWhy.sensitive += 1 }
            }
        }
        if let model = trial.sensitive {
            let detector = IdentityNumberDetector()
            let judged = held.compactMap { e -> (Double, Bool)? in
                let text = [e.subject ?? "", e.text].joined(separator: "\n")
                guard let truth = e.sensitive, detector.matches(in: text).isEmpty else { return nil }
                return (model.probability(text, of: { $0 == "sensitive" }) ?? 0, truth)
            }
            check.sensitivityByThreshold = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95].map { t in
                (t, judged.filter { $0.1 && $0.0 >= t }.count, judged.filter(\.1).count, judged.filter { !$0.1 && $0.0 >= t }.count)
            }
        }
        check.formalByThreshold = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4].map { t in
            (t, undecided.filter { $0.formal && $0.p >= t }.count, undecided.filter(\.formal).count,
             undecided.filter { !$0.formal && $0.p >= t }.count)
        }
        let n = Double(max(1, check.examples))
        check.kindCalibrationError = bins.reduce(0) { sum, b in
            b.count == 0 ? sum : sum + Double(b.count) / n * abs(b.confidence / Double(b.count) - Double(b.right) / Double(b.count))
        }
        check.reliability = (5..<10).map { (Double($0) / 10, bins[$0].count, bins[$0].right) }
        return check
    }

    /// The figures as lines for a person.
    public var report: [String] {
        let n = Double(max(1, examples))
        func pct(_ k: Int) -> String { String(format: "%.1f %%", 100 * Double(k) / n) }
        var lines = [
            "held-out fifth \(examples): kind \(pct(kindRight)), service area \(pct(areaRight)), language \(pct(languageRight))",
            "formal \(formal.total): decided \(formal.decided), flagged \(formal.flagged), silently missed \(formal.total - formal.decided - formal.flagged)",
            "access requests \(accessRequests.total): decided \(accessRequests.decided), flagged \(accessRequests.flagged), "
                + "missed \(accessRequests.total - accessRequests.decided - accessRequests.flagged)",
            "spam \(spam.total): decided \(spam.decided), of which not spam \(spam.wrong)",
            "sensitive \(sensitive.total): found \(sensitive.found), flagged \(sensitive.flagged), "
                + "silently missed \(sensitive.total - sensitive.found - sensitive.flagged), false alarms \(sensitive.falseAlarms)",
            "would wait for a person: \(review) (\(pct(review))): kind unsure \(reviewWhy.kind), area unsure \(reviewWhy.area), "
                + "possibly formal \(reviewWhy.formal), possibly sensitive \(reviewWhy.sensitive)",
            String(format: "kind calibration error %.3f; by confidence:", kindCalibrationError),
        ]
        for b in reliability where b.count > 0 {
            lines.append(String(format: "  %.1f–%.1f: %d decisions, %.0f %% right", b.from, b.from + 0.1, b.count, 100 * Double(b.right) / Double(b.count)))
        }
        for t in sensitivityByThreshold {
            lines.append(String(format: "  sensitivity model at %.2f: %d of %d sensitive, %d false alarms", t.threshold, t.hits, t.of, t.alarms))
        }
        for t in formalByThreshold {
            lines.append(String(format: "  possibly formal from %.2f: %d of %d formal not decided, %d others waiting", t.threshold, t.hits, t.of, t.alarms))
        }
        return lines
    }
}
