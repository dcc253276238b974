import Foundation
@testable import PostmottakDev
import PostmottakScan
import Testing

@Suite struct CardEvaluationTests {
    @Test func evaluationMeasures() {
        #expect(CardEvaluation.distance("hemtjänst", "hemtjänsten") == 2)
        #expect(CardEvaluation.same(.text("LINNÉA BLOMKVIST"), "Linnéa Blomkvist", capitals: true))
        #expect(!CardEvaluation.same(.text("LINNÉA BLOMKVIST"), "Linnéa Blomkvist", capitals: false))
        #expect(CardEvaluation.same(.none, NSNull(), capitals: false) && CardEvaluation.same(.flag(true), true, capitals: false))
    }

    @Test func theReliabilityTableSaysPerKindOfFieldHowOftenAConfidenceWasRight() {
        var evaluation = CardEvaluation()
        evaluation.reliability = [("comb", 0.99, true), ("comb", 0.985, false), ("comb", 0.6, false), ("box", 0.92, true)]
        let lines = evaluation.reliabilityTable().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let top = lines.first { $0.hasPrefix("comb") && $0.contains("0.98–1.00") }
        #expect(top?.contains("     2   0.988             0.500") == true)
        #expect(lines.contains { $0.hasPrefix("comb") && $0.contains("0.50–0.70") && $0.hasSuffix("0.000") })
        #expect(lines.contains { $0.hasPrefix("box") && $0.contains("0.90–0.95") && $0.hasSuffix("1.000") })
    }
}
