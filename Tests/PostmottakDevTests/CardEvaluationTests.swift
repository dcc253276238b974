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
}
