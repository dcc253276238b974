public import PostmottakScan
import Foundation

/// How a cell classifier reads a set of labelled cells: per cell, per comb (every cell right),
/// how often a comb accepted at a confidence is wrong, and a reliability table.
public struct CellCheck: Sendable {
    public var cells = 0, cellsRight = 0
    public var combs = 0, combsRight = 0
    /// Per comb: the product of its cells' probabilities, and whether every cell was right.
    public var combConfidences: [(confidence: Double, right: Bool)] = []
    /// Per band of a cell's confidence (tenths, the last split at 0.99): count and right.
    public var bands: [(low: Double, count: Int, right: Int)] = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99].map { ($0, 0, 0) }

    public init(classifier: CellClassifier, set: CellTrainingSet) {
        var guesses: [CellClassifier.Guess] = []
        for example in set.examples {
            let guess = classifier.best(example.glyph)
            guesses.append(guess)
            cells += 1
            let right = guess.character == example.label
            if right { cellsRight += 1 }
            let band = bands.lastIndex { guess.probability >= $0.low } ?? 0
            bands[band].count += 1
            if right { bands[band].right += 1 }
        }
        for comb in set.combs {
            combs += 1
            let right = comb.allSatisfy { guesses[$0].character == set.examples[$0].label }
            if right { combsRight += 1 }
            combConfidences.append((comb.reduce(1.0) { $0 * guesses[$1].probability }, right))
        }
    }

    /// Per group of cards (a font): cells and combs, and how many were right.
    public var groups: [String: (cells: Int, right: Int, combs: Int, combsRight: Int)] = [:]

    /// Counts the figures per group too; `group` names each card's group (its font).
    public init(classifier: CellClassifier, set: CellTrainingSet, group: (Int) -> String?) {
        self.init(classifier: classifier, set: set)
        for example in set.examples {
            guard let name = group(example.card) else { continue }
            groups[name, default: (0, 0, 0, 0)].cells += 1
            if classifier.best(example.glyph).character == example.label { groups[name, default: (0, 0, 0, 0)].right += 1 }
        }
        for comb in set.combs {
            guard let first = comb.first, let name = group(set.examples[first].card) else { continue }
            groups[name, default: (0, 0, 0, 0)].combs += 1
            if comb.allSatisfy({ classifier.best(set.examples[$0].glyph).character == set.examples[$0].label }) {
                groups[name, default: (0, 0, 0, 0)].combsRight += 1
            }
        }
    }

    /// The figures as a few lines under `title`.
    public func report(title: String) -> String {
        var lines = ["\(title)",
                     String(format: "  cells %d, right %.4f; combs %d, every cell right %.4f", cells, ratio(cellsRight, cells), combs, ratio(combsRight, combs))]
        lines.append("  comb accepted from confidence   accepted   wrong among accepted")
        for t in [0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995] {
            let accepted = combConfidences.filter { $0.confidence >= t }
            let wrong = accepted.filter { !$0.right }.count
            lines.append(String(format: "    %.3f                          %6.1f %%   %5.2f %% (%d)", t, 100 * ratio(accepted.count, combs),
                                100 * ratio(wrong, accepted.count), wrong))
        }
        lines.append("  cell confidence band   cells   right")
        for b in bands where b.count > 0 {
            lines.append(String(format: "    from %.2f            %6d   %.4f", b.low, b.count, ratio(b.right, b.count)))
        }
        if !groups.isEmpty {
            lines.append("  font                      cells   right   combs   every cell right")
            for (name, g) in groups.sorted(by: { $0.key < $1.key }) {
                lines.append(String(format: "    %-22@ %6d   %.4f  %5d   %.4f", name as NSString, g.cells, ratio(g.right, g.cells), g.combs, ratio(g.combsRight, g.combs)))
            }
        }
        return lines.joined(separator: "\n")
    }

    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
}
