public import Foundation
import PostmottakCore
public import PostmottakStore

/// Scores the pipeline's decisions against labelled messages (the `labels.jsonl` format of
/// ../shared/samples/mail): per label precision, recall and F1 for kind, formal type,
/// service area, language, sensitive, duplicates and follow-ups, and the confusion matrix of
/// kind.
public struct MailEvaluation: Sendable {
    /// One labelled message.
    public struct Label: Sendable, Decodable {
        public var file: String
        public var kind: String
        public var formalType: String?
        public var serviceArea: String?
        public var language: String?
        public var sensitive: Bool?
        public var duplicateOf: String?
        /// `exact` or `near`.
        public var duplicateType: String?
        public var followupOf: String?

        enum CodingKeys: String, CodingKey {
            case file, kind, language, sensitive
            case formalType = "formal_type", serviceArea = "service_area", duplicateOf = "duplicate_of", followupOf = "followup_of"
            case duplicateType = "duplicate_type"
        }
    }

    /// Precision, recall and F1 of one label value.
    public struct Score: Sendable, Equatable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var support: Int { truePositives + falseNegatives }
    }

    /// Per dimension, per value: its score.
    public private(set) var scores: [String: [String: Score]] = [:]
    /// Kind: truth → predicted → count.
    public private(set) var confusion: [String: [String: Int]] = [:]
    public private(set) var misses: [String] = []
    public private(set) var messages = 0

    public init() {}

    /// Reads `labels.jsonl`.
    public static func labels(at url: URL) throws -> [Label] {
        let decoder = JSONDecoder()
        return try String(decoding: Data(contentsOf: url), as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { try decoder.decode(Label.self, from: Data($0.utf8)) }
    }

    /// Scores every label against the item taken from its file (found by the item's source
    /// name). `copies` maps a file whose bytes had been taken already to that item: it counts
    /// as an exact duplicate of it, decided like it.
    public mutating func add(labels: [Label], items: [IntakeItem], copies: [String: Int64] = [:]) {
        var byFile = Dictionary(items.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a })
        let fileOfID = Dictionary(items.compactMap { i in i.id.map { ($0, i.source) } }, uniquingKeysWith: { a, _ in a })
        let byID = Dictionary(items.compactMap { i in i.id.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        for (file, id) in copies {
            guard var copy = byID[id] else { continue }
            copy.duplicateOf = id
            copy.linkType = .exact
            copy.followupOf = nil
            byFile[file] = copy
        }
        for label in labels {
            messages += 1
            guard let item = byFile[label.file] else { misses.append("\(label.file): not taken in"); continue }
            let predictedKind = item.kind?.rawValue ?? (item.status == .quarantined ? "quarantined" : "none")
            count("kind", truth: label.kind, predicted: predictedKind, file: label.file)
            confusion[label.kind, default: [:]][predictedKind, default: 0] += 1
            let submission = SubmissionKind(rawValue: label.kind)?.isSubmission == true
            if submission {
                count("formal", truth: label.kind == "formal" ? "formal" : "not_formal",
                      predicted: item.kind == .formal ? "formal" : "not_formal", file: label.file)
                if label.kind == "formal" || item.kind == .formal {
                    count("formal_type", truth: label.formalType ?? "none", predicted: item.formalType?.rawValue ?? "none", file: label.file)
                }
                count("service_area", truth: label.serviceArea ?? "none", predicted: item.serviceArea?.rawValue ?? "none", file: label.file)
                count("sensitive", truth: (label.sensitive ?? false) ? "sensitive" : "not_sensitive",
                      predicted: item.sensitive == true ? "sensitive" : "not_sensitive", file: label.file)
            }
            if let language = label.language, submission {
                count("language", truth: language, predicted: item.language?.rawValue ?? "none", file: label.file)
            }
            let duplicate = item.duplicateOf.flatMap { fileOfID[$0] }
            link("duplicate", truth: label.duplicateOf, predicted: duplicate, file: label.file)
            for type in ["exact", "near"] {
                link("duplicate_\(type)", truth: label.duplicateType == type ? label.duplicateOf : nil,
                     predicted: item.linkType?.rawValue == type ? duplicate : nil, file: label.file, quiet: true)
            }
            let followup = item.followupOf.flatMap { fileOfID[$0] }
            link("followup", truth: label.followupOf, predicted: followup, file: label.file)

            // Where the law cares, a miss is silent only when no person is asked either.
            let waiting = item.status == .review || item.needsReview
            if waiting { waitingForPerson += 1 }
            if label.kind == "formal", item.kind != .formal, !waiting {
                silentlyMissedFormal += 1
                misses.append("\(label.file): SILENTLY MISSED formal (\(label.formalType ?? "?")), decided \(predictedKind)")
            }
            if label.formalType == "access_request", !(item.kind == .formal && item.formalType == .accessRequest), !waiting {
                silentlyMissedAccessRequests += 1
            }
            if label.sensitive == true, item.sensitive != true, !waiting {
                silentlyMissedSensitive += 1
                misses.append("\(label.file): SILENTLY MISSED sensitive")
            }
        }
    }

    private mutating func count(_ dimension: String, truth: String, predicted: String, file: String) {
        var table = scores[dimension] ?? [:]
        if truth == predicted {
            table[truth, default: Score()].truePositives += 1
        } else {
            table[truth, default: Score()].falseNegatives += 1
            table[predicted, default: Score()].falsePositives += 1
            misses.append("\(file): \(dimension) \(predicted), labelled \(truth)")
        }
        scores[dimension] = table
    }

    /// A link is right when it points at the labelled original; a wrong target is both a miss and a false link.
    private mutating func link(_ dimension: String, truth: String?, predicted: String?, file: String, quiet: Bool = false) {
        let before = misses.count
        defer { if quiet { misses.removeSubrange(before...) } }
        var score = scores[dimension]?["linked"] ?? Score()
        switch (truth, predicted) {
        case (nil, nil): break
        case (let t?, let p?) where t == p: score.truePositives += 1
        case (let t?, let p?):
            score.falseNegatives += 1; score.falsePositives += 1
            misses.append("\(file): \(dimension) of \(p), labelled \(t)")
        case (let t?, nil):
            score.falseNegatives += 1
            misses.append("\(file): no \(dimension) link, labelled \(dimension) of \(t)")
        case (nil, let p?):
            score.falsePositives += 1
            misses.append("\(file): \(dimension) of \(p), labelled none")
        }
        scores[dimension, default: [:]]["linked"] = score
    }

    /// Macro-averaged F1 over the values of `dimension` that occur in the truth.
    public func macroF1(_ dimension: String) -> Double {
        let present = (scores[dimension] ?? [:]).values.filter { $0.support > 0 }
        return present.isEmpty ? 1 : present.map(\.f1).reduce(0, +) / Double(present.count)
    }

    public func score(_ dimension: String, _ value: String) -> Score { scores[dimension]?[value] ?? Score() }

    /// Truly formal, not decided formal and not waiting for a person.
    public private(set) var silentlyMissedFormal = 0
    /// Truly access requests, not decided so and not waiting for a person.
    public private(set) var silentlyMissedAccessRequests = 0
    /// Truly sensitive, not decided so and not waiting for a person.
    public private(set) var silentlyMissedSensitive = 0
    /// Messages waiting for a person (in review, or marked for one).
    public private(set) var waitingForPerson = 0

    /// The report: per dimension a table, then the confusion matrix of kind.
    public var report: String {
        var lines = ["messages \(messages)"]
        for dimension in ["kind", "formal", "formal_type", "service_area", "language", "sensitive", "duplicate", "duplicate_exact",
                          "duplicate_near", "followup"] {
            guard let table = scores[dimension] else { continue }
            lines.append("")
            lines.append(String(format: "%-18@ precision  recall   F1     support", dimension as NSString))
            for (value, s) in table.sorted(by: { $0.key < $1.key }) {
                lines.append(String(format: "  %-16@ %6.3f   %6.3f  %6.3f  %4d", value as NSString, s.precision, s.recall, s.f1, s.support))
            }
            if !dimension.hasPrefix("duplicate"), dimension != "followup" {
                lines.append(String(format: "  %-16@ %22.3f", "macro-F1" as NSString, macroF1(dimension)))
            }
        }
        lines.append("")
        lines.append("where the law cares (a miss is silent when no person is asked either)")
        lines.append("  silently missed formal            \(silentlyMissedFormal)")
        lines.append("  silently missed access requests   \(silentlyMissedAccessRequests)")
        lines.append("  silently missed sensitive         \(silentlyMissedSensitive)")
        lines.append(String(format: "  waiting for a person              %d of %d (%.1f %%)", waitingForPerson, messages,
                            messages > 0 ? 100 * Double(waitingForPerson) / Double(messages) : 0))
        let kinds = Set(confusion.keys).union(confusion.values.flatMap(\.keys)).sorted()
        lines.append("")
        lines.append("kind confusion (rows: labelled, columns: decided)")
        lines.append(([String(repeating: " ", count: 14)] + kinds.map { String($0.prefix(8)).padding(toLength: 9, withPad: " ", startingAt: 0) }).joined())
        for truth in kinds where confusion[truth] != nil {
            let row = kinds.map { String(confusion[truth]?[$0] ?? 0).padding(toLength: 9, withPad: " ", startingAt: 0) }
            lines.append(truth.padding(toLength: 14, withPad: " ", startingAt: 0) + row.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// The figures the issue sets targets for, by name (for `eval mail --json` and the tests).
    public var figures: [String: Double] {
        [
            "kind_macro_f1": macroF1("kind"),
            "formal_recall": score("formal", "formal").recall,
            "formal_precision": score("formal", "formal").precision,
            "access_request_recall": score("formal_type", "access_request").recall,
            "auto_reply_precision": score("kind", "auto_reply").precision,
            "bounce_precision": score("kind", "bounce").precision,
            "spam_precision": score("kind", "spam").precision,
            "sensitive_recall": score("sensitive", "sensitive").recall,
            "sensitive_precision": score("sensitive", "sensitive").precision,
            "service_area_macro_f1": macroF1("service_area"),
            "language_macro_f1": macroF1("language"),
            "duplicate_exact_f1": score("duplicate_exact", "linked").f1,
            "duplicate_near_f1": score("duplicate_near", "linked").f1,
            "followup_f1": score("followup", "linked").f1,
            "followup_recall": score("followup", "linked").recall,
            "duplicate_near_recall": score("duplicate_near", "linked").recall,
            "sensitive_false_positives": Double(score("sensitive", "sensitive").falsePositives),
            "silently_missed_formal": Double(silentlyMissedFormal),
            "silently_missed_access_requests": Double(silentlyMissedAccessRequests),
            "silently_missed_sensitive": Double(silentlyMissedSensitive),
            "review_rate": messages > 0 ? Double(waitingForPerson) / Double(messages) : 0,
        ]
    }
}
