import Foundation
import PostmottakClassify
import PostmottakCore
import Testing

@Suite struct LogisticModelTests {
    /// Three labels with their own words, and texts that mix them (so the model cannot be
    /// certain of everything, and calibration has something to do).
    static func examples(_ n: Int, offset: Int = 0, mixing: UInt64 = 4) -> [(text: String, label: String)] {
        let words = [
            "roads": ["veien", "hull", "asfalt", "brøyting", "fortau", "gatelys"],
            "waste": ["søppel", "dunken", "tømt", "renovasjon", "papir", "glass"],
            "school": ["skolen", "lærer", "elev", "klasse", "rektor", "friminutt"],
        ]
        var random = SplitMix64(seed: UInt64(17 + offset))
        var out: [(String, String)] = []
        let labels = words.keys.sorted()
        for i in 0..<n {
            let label = labels[i % labels.count]
            // Mostly the label's words, one in `mixing` from any label: overlapping classes.
            let text = (0..<5).map { _ -> String in
                let from = random.next() % mixing == 0 ? labels[Int(random.next() % 3)] : label
                let list = words[from] ?? []
                return list[Int(random.next() % UInt64(list.count))]
            }.joined(separator: " ")
            out.append((text, label))
        }
        return out
    }

    @Test func learnsTheLabelsAndSaysWhichWordsDecided() throws {
        let model = LogisticModel.train(Self.examples(300))
        let roads = try #require(model.predict("det er et stort hull i asfalten på veien"))
        #expect(roads.label == "roads" && roads.confidence > 0.5)
        #expect(roads.evidence.contains("\"veien\"") || roads.evidence.contains("\"hull\""))
        #expect(model.predict("dunken ble ikke tømt")?.label == "waste")
        #expect(model.evidence(for: "school", in: "rektor og lærer på skolen").contains("\"rektor\""))
        // `among` limits the choice and renormalises the probability.
        let limited = try #require(model.predict("hull i veien", among: { $0 != "roads" }))
        #expect(limited.label != "roads")
        let all = try #require(model.probabilities("hull i veien"))
        #expect(abs(all.reduce(0, +) - 1) < 1e-9)
    }

    @Test func trainingIsTheSameEveryTime() {
        let a = LogisticModel.train(Self.examples(120))
        let b = LogisticModel.train(Self.examples(120))
        #expect(a == b)
    }

    @Test func theFittedTemperatureLowersTheLossOnTextsItDidNotSee() throws {
        var settings = LogisticModel.Settings()
        settings.epochs = 40
        settings.l2 = 0
        // Much overlap and few examples, trained long without a penalty: an overconfident model.
        let train = Self.examples(60, mixing: 2)
        let validation = Self.examples(300, offset: 1, mixing: 2)
        let uncalibrated = LogisticModel.train(train, settings: settings)
        let calibrated = LogisticModel.train(train, settings: settings, calibrateOn: validation)
        #expect(uncalibrated.temperature == 1 && calibrated.temperature != 1)
        func loss(_ model: LogisticModel, _ set: [(text: String, label: String)]) -> Double {
            set.reduce(0) { sum, e in
                let p = model.probability(e.text, of: { $0 == e.label }) ?? 0
                return sum - log(max(p, 1e-12))
            } / Double(set.count)
        }
        let fresh = Self.examples(300, offset: 2, mixing: 2)
        #expect(calibrated.temperature > 1, "an overconfident model is tempered")
        #expect(loss(calibrated, fresh) < loss(uncalibrated, fresh))
    }

    @Test func aModelSurvivesItsJSON() throws {
        let model = LogisticModel.train(Self.examples(60))
        let decoded = try JSONDecoder().decode(LogisticModel.self, from: try JSONEncoder().encode(model))
        #expect(decoded == model)
        #expect(decoded.predict("søppel i dunken") == model.predict("søppel i dunken"))
    }
}
