import Foundation
import PostmottakClassify
import PostmottakCore
import Testing

@Suite struct NaiveBayesModelTests {
    static let examples: [(text: String, label: String)] = [
        ("det er et hull i veien og asfalten er ødelagt", "roads"), ("gatelyset i veien er slukket", "roads"),
        ("brøytingen av veien er elendig", "roads"), ("veien er full av is og hull", "roads"),
        ("søppelet er ikke tømt", "waste"), ("dunken ble ikke hentet", "waste"), ("renovasjonen glemte søppeldunken", "waste"),
        ("biblioteket er stengt", "culture"),
    ]

    @Test func learnsTheLabelsAndSaysWhichWordsWeighed() throws {
        let model = NaiveBayesModel.train(Self.examples, minCount: 1)
        let roads = try #require(model.predict("Hullet i veien er blitt større"))
        #expect(roads.label == "roads" && roads.confidence > 0.5)
        #expect(roads.evidence.contains("\"veien\""))
        #expect(model.predict("Søppeldunken er ikke tømt på to uker")?.label == "waste")
        // `among` limits the choice and renormalises the confidence.
        let limited = try #require(model.predict("Hullet i veien", among: { $0 != "roads" }))
        #expect(limited.label != "roads")
    }

    @Test func aLabelWithFewExamplesIsNotFavouredForWhatItHasNotSeen() throws {
        // The plain multinomial model gives a small label a small penalty for unseen
        // features; the complement model does not.
        let model = NaiveBayesModel.train(Self.examples, minCount: 1)
        #expect(model.predict("veien hull asfalten brøytingen is")?.label == "roads")
        #expect((model.probability("veien hull asfalten", of: { $0 == "culture" }) ?? 1) < 0.3)
    }

    @Test func aModelSurvivesItsJSONAndATrainedModelShipsWithTheRepository() throws {
        let model = try ClassifierModel.train([
            TrainingExample(subject: nil, text: "Hull i veien", kind: .deviation, serviceArea: .roadsTraffic, language: .nb),
            TrainingExample(subject: nil, text: "Forslag om benker", kind: .suggestion, serviceArea: .cultureSports, language: .nb),
            TrainingExample(subject: nil, text: "Tack för hjälpen", kind: .praise, serviceArea: .other, language: .sv),
            TrainingExample(subject: nil, text: "When does it open?", kind: .question, serviceArea: .other, language: .en),
            TrainingExample(subject: nil, text: "Søknad om plass", kind: .formal, formalType: .application, serviceArea: .kindergarten, language: .nb),
        ])
        let decoded = try JSONDecoder().decode(ClassifierModel.self, from: try model.encoded())
        #expect(decoded == model)
        #expect(throws: TrainingError.self) {
            try ClassifierModel.train([TrainingExample(subject: nil, text: "x", kind: .praise, serviceArea: .other, language: .nb)])
        }
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Config/model/classifier.json")
        let loaded = try ClassifierModel.load(from: shipped)
        #expect(loaded.examples >= 300)
        let classifier = RuleClassifier(model: loaded)
        let nn = classifier.classify(subject: nil, text: "Eg lurer på kva tid symjehallen opnar att etter sommaren?")
        #expect(nn.language == .nn && nn.kind == .question && nn.serviceArea == .cultureSports)
        let sv = classifier.classify(subject: "Soporna", text: "Soporna har inte hämtats på tre veckor och det luktar illa.")
        #expect(sv.language == .sv && sv.kind == .deviation && sv.serviceArea == .waste)
        #expect(sv.explanation.contains { $0.hasPrefix("kind: deviation (model") })
    }
}
