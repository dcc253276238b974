import Foundation
public import PostmottakScan

/// Compares card readings with truth files (`<file>.truth.json`, the format of
/// ../shared/samples/cards) and sums up what a mailroom cares about: how many fields are
/// right, how many wrong values would have gone through without review, and how long it took.
public struct CardEvaluation: Sendable {
    public struct FieldScore: Sendable {
        public var right = 0
        public var total = 0
        public var silentErrors = 0
        public var reviewed = 0
    }

    public var files = 0
    public var cards = 0
    public var formRight = 0
    public var rotationRight = 0
    public var checkboxRight = 0
    public var checkboxTotal = 0
    public var cardsToReview = 0
    public var fields: [String: FieldScore] = [:]
    /// Character error rate of the description, per fill (typed, handwritten).
    public var descriptionErrors: [String: (errors: Int, characters: Int)] = [:]
    public var seconds: [Double] = []
    /// Every OCR-read value that passed validation: its confidence and whether it was right
    /// (to choose the review threshold).
    public var calibration: [(field: String, confidence: Double, right: Bool)] = []
    /// Every value read (review or not), by kind of field (`comb`, `box`, `description`):
    /// its confidence and whether it was right (the reliability table).
    public var reliability: [(group: String, confidence: Double, right: Bool)] = []
    public var failures: [String] = []

    /// Per form code, the fields written in comb cells (the others are one-line boxes).
    public var combFields: [String: Set<String>]
    /// Per fill (`typed`, `handwritten`) and kind of field (`comb`, `box`): right and total,
    /// over the contact fields (not the ticked ones, not the description).
    public var byFill: [String: (right: Int, total: Int)] = [:]

    public init(combFields: [String: Set<String>] = [:]) {
        self.combFields = combFields
    }

    /// Adds one file: its reading and its truth (a JSON object).
    public mutating func add(file: String, reading: [PageReading], truth: [String: Any], seconds: Double) {
        files += 1
        self.seconds.append(seconds)
        guard let page = reading.first else { failures.append("\(file): nothing read"); return }
        let form = truth["form"] as? String ?? "none"
        if page.form == form { formRight += 1 } else { failures.append("\(file): form \(page.form), truth \(form)") }
        if page.rotation == (truth["rotation"] as? Int ?? 0) { rotationRight += 1 }
        guard form != "none", let fieldsRead = page.fields else { return }
        cards += 1
        let capitals = truth["written_in_block_capitals"] as? Bool ?? false
        let fill = truth["fill"] as? String ?? "unknown"
        if fieldsRead.values.contains(where: \.needsReview) { cardsToReview += 1 }
        for name in FormReader.fieldNames {
            let got = fieldsRead[name] ?? FieldReading(value: .none, confidence: 0, needsReview: true)
            let want = truth[name]
            var score = fields[name] ?? FieldScore()
            score.total += 1
            let right: Bool
            if name == "description" {
                let truthText = (want as? String) ?? ""
                let gotText = got.value.text ?? ""
                let errors = Self.distance(Self.normal(gotText, capitals: capitals), Self.normal(truthText, capitals: capitals))
                var d = descriptionErrors[fill] ?? (0, 0)
                d.errors += errors
                d.characters += max(truthText.count, 1)
                descriptionErrors[fill] = d
                right = truthText.isEmpty ? gotText.isEmpty : Double(errors) / Double(truthText.count) <= 0.10
            } else {
                right = Self.same(got.value, want, capitals: capitals)
            }
            if right { score.right += 1 }
            if !["kind", "service_area", "wants_reply", "description"].contains(name) {
                let key = "\(fill) \(combFields[form]?.contains(name) == true ? "comb" : "box") fields"
                var f = byFill[key] ?? (0, 0)
                f.total += 1
                if right { f.right += 1 }
                byFill[key] = f
            }
            if got.value != .none, !["kind", "service_area", "wants_reply"].contains(name) {
                let group = name == "description" ? "description" : combFields[form]?.contains(name) == true ? "comb" : "box"
                reliability.append((group, got.confidence, right))
            }
            if got.value != .none, got.reason?.hasPrefix("OCR confidence") ?? !got.needsReview, !["kind", "service_area", "wants_reply"].contains(name) {
                calibration.append((name, got.confidence, right))
            }
            if got.needsReview { score.reviewed += 1 } else if !right {
                score.silentErrors += 1
                failures.append("\(file): \(name) accepted as \(got.value) but is \(want.map { "\($0)" } ?? "null")")
            }
            fields[name] = score
        }
        checkboxes(page.checkboxes ?? [], truth["boxes"] as? [String: Any] ?? [:])
    }

    mutating func checkboxes(_ boxes: [CheckboxReading], _ truth: [String: Any]) {
        for box in boxes {
            let want: CheckboxReading.Mark
            if box.field == "wants_reply" {
                let reply = truth["wants_reply"] as? String
                want = reply == (box.value == "true" ? "yes" : "no") ? .ticked : .empty
            } else if (truth[box.field + "_crossed_out"] as? [String] ?? []).contains(box.value) {
                want = .crossedOut
            } else {
                want = (truth[box.field] as? [String] ?? []).contains(box.value) ? .ticked : .empty
            }
            checkboxTotal += 1
            if box.mark == want { checkboxRight += 1 }
        }
    }

    static func same(_ got: FieldValue, _ want: Any?, capitals: Bool) -> Bool {
        switch (got, want) {
        case (.none, nil), (.none, is NSNull): return true
        case (.flag(let b), let w as Bool): return b == w
        case (.text(let s), let w as String): return normal(s, capitals: capitals) == normal(w, capitals: capitals)
        default: return false
        }
    }

    static func normal(_ s: String, capitals: Bool) -> String {
        let collapsed = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return capitals ? collapsed.uppercased() : collapsed
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Per kind of field and band of confidence: how many values, their mean confidence and
    /// the share right. A calibrated reader's share right is near its mean confidence.
    public func reliabilityTable() -> String {
        let bands: [Double] = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98]
        var lines = ["reliability   band         values   mean confidence   right"]
        for group in ["comb", "box", "description"] {
            let values = reliability.filter { $0.group == group }
            for (i, low) in bands.enumerated() {
                let high = i + 1 < bands.count ? bands[i + 1] : 1.000_001
                let band = values.filter { $0.confidence >= low && $0.confidence < high }
                guard !band.isEmpty else { continue }
                let mean = band.map(\.confidence).reduce(0, +) / Double(band.count)
                let right = Double(band.filter(\.right).count) / Double(band.count)
                lines.append(String(format: "%-13@ %.2f–%.2f   %6d   %.3f             %.3f", group as NSString, low, min(high, 1), band.count, mean, right))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Silent errors and reviews among the calibration values if review began below `threshold`.
    public func calibrationTable() -> String {
        var lines = ["threshold  accepted  wrong-accepted  to-review"]
        for t in stride(from: 0.5, through: 0.96, by: 0.05) {
            let accepted = calibration.filter { $0.confidence >= t }
            lines.append(String(format: "%.2f       %4d      %4d            %4d", t, accepted.count, accepted.filter { !$0.right }.count,
                                calibration.count - accepted.count))
        }
        return lines.joined(separator: "\n")
    }

    /// The report, one figure a line.
    public var report: String {
        func pct(_ n: Int, _ d: Int) -> String { d == 0 ? "n/a" : String(format: "%.1f %%", 100 * Double(n) / Double(d)) }
        var lines = [
            "files \(files), cards \(cards)",
            "form identified      \(formRight)/\(files)  \(pct(formRight, files))",
            "rotation             \(rotationRight)/\(files)  \(pct(rotationRight, files))",
            "checkboxes           \(checkboxRight)/\(checkboxTotal)  \(pct(checkboxRight, checkboxTotal))",
        ]
        var allFields = 0, allSilent = 0
        for name in FormReader.fieldNames {
            guard let s = fields[name] else { continue }
            allFields += s.total
            allSilent += s.silentErrors
            lines.append(String(format: "%-20@ %3d/%-3d %6@ right, %2d to review, %d silent error(s)", name as NSString, s.right, s.total,
                                pct(s.right, s.total) as NSString, s.reviewed, s.silentErrors))
        }
        for (key, f) in byFill.sorted(by: { $0.key < $1.key }) {
            lines.append(String(format: "%-26@ %3d/%-3d %@ exact", key as NSString, f.right, f.total, pct(f.right, f.total) as NSString))
        }
        for (fill, d) in descriptionErrors.sorted(by: { $0.key < $1.key }) {
            lines.append("description CER (\(fill))  \(pct(d.errors, d.characters))")
        }
        lines.append("silent error rate    \(allSilent)/\(allFields) fields  \(pct(allSilent, allFields))")
        lines.append("review rate          \(cardsToReview)/\(cards) cards  \(pct(cardsToReview, cards))")
        let sorted = seconds.sorted()
        if !sorted.isEmpty {
            lines.append(String(format: "time per file        median %.2f s, mean %.2f s", sorted[sorted.count / 2], sorted.reduce(0, +) / Double(sorted.count)))
        }
        return lines.joined(separator: "\n")
    }
}
