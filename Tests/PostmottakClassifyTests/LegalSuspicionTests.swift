import Foundation
import PostmottakClassify
import PostmottakCore
import Testing

/// Where the law cares the machine never decides silently: what the rules miss but the model
/// suspects is marked for a person.
@Suite struct LegalSuspicionTests {
    /// A tiny training set: formal requests without any rule phrase, care details told in
    /// everyday words, and ordinary complaints.
    static func model() throws -> ClassifierModel {
        var examples: [TrainingExample] = []
        let care = ["mor min falt hjemme og trenger hjelp til å dusje og kle på seg hver morgen",
                    "sønnen vår har astma og får pusteproblemer når klasserommet er kaldt",
                    "far husker ikke lenger hvor han bor og går seg bort om natten",
                    "datteren min sliter med angst og tør ikke gå på skolen",
                    "min bror får medisiner mot depresjon og trenger oppfølging hjemme"]
        let plain = ["det er et stort hull i veien ved butikken", "søppeldunken ble ikke tømt i dag",
                     "gatelyset ved krysset er slukket", "biblioteket bør ha lengre åpningstider",
                     "parkeringsplassen ved hallen er full av snø"]
        let formal = ["kan jeg få tilsendt alle dokumentene dere har i saken min", "send meg kopi av korrespondansen om tomten",
                      "jeg vil se papirene som ligger til grunn for avgjørelsen", "jeg ønsker utskrift av alt dere har lagret om meg",
                      "gi meg dokumentene i byggesaken for naboeiendommen"]
        for n in 0..<8 {
            for (i, text) in care.enumerated() {
                examples.append(TrainingExample(subject: nil, text: text + " \(n)", kind: .deviation, serviceArea: .healthCare,
                                                language: .nb, sensitive: true))
                examples.append(TrainingExample(subject: nil, text: plain[i] + " \(n)", kind: .deviation, serviceArea: .roadsTraffic,
                                                language: .nb, sensitive: false))
                examples.append(TrainingExample(subject: nil, text: formal[i] + " \(n)", kind: .formal, formalType: .accessRequest,
                                                serviceArea: .other, language: .nb, sensitive: false))
            }
        }
        for kind in [SubmissionKind.suggestion, .praise, .question] {
            examples.append(TrainingExample(subject: nil, text: "en helt vanlig \(kind.rawValue) om parken", kind: kind, serviceArea: .other, language: .nb))
        }
        return try ClassifierModel.train(examples)
    }

    /// The same model made less sure of itself: its scores divided by `temperature` (what
    /// calibration does to a model that is right less often than its scores say).
    static func unsure(_ model: ClassifierModel, temperature: Double) -> ClassifierModel {
        var m = model
        m.kind.temperature = temperature
        m.sensitive?.temperature = temperature
        return m
    }

    @Test func careDetailsInEverydayWordsAreMarkedSensitiveWhenSureAndForAPersonWhenNot() throws {
        let model = try Self.model()
        let text = "mor min falt og trenger hjelp til å dusje hver morgen nå"
        let sure = RuleClassifier(model: model).classify(subject: nil, text: text)
        #expect(sure.sensitive && sure.possiblySensitive == nil, "the model is sure: restricted without asking")
        #expect(sure.sensitiveReasons.contains { $0.hasPrefix("care details in everyday words (model") })
        let doubtful = RuleClassifier(model: Self.unsure(model, temperature: 12)).classify(subject: nil, text: text)
        #expect(!doubtful.sensitive, "no rule term fired and the model is not sure")
        #expect((doubtful.possiblySensitive ?? 0) >= RuleClassifier.possiblySensitiveAbove)
        #expect(doubtful.explanation.contains { $0.contains("a person looks") })
        let road = RuleClassifier(model: model).classify(subject: nil, text: "det er et stort hull i veien ved krysset")
        #expect(road.possiblySensitive == nil && !road.sensitive)
    }

    @Test func aFormalRequestWithoutTheRulePhraseIsDecidedWhenSureAndMarkedPossiblyAnAccessRequestWhenNot() throws {
        let model = try Self.model()
        let text = "gi meg dokumentene dere har om tomten min"
        let sure = RuleClassifier(model: model).classify(subject: nil, text: text)
        #expect(sure.kind == .formal && sure.formalType == .accessRequest)
        #expect(sure.explanation.contains { $0.contains("by the model") })
        let doubtful = RuleClassifier(model: Self.unsure(model, temperature: 6)).classify(subject: nil, text: text)
        #expect(doubtful.kind != .formal)
        #expect(doubtful.possiblyFormal == .accessRequest)
        #expect(RuleClassifier(model: model).classify(subject: nil, text: "det er et stort hull i veien ved butikken").possiblyFormal == nil)
    }

    @Test func anIdentityNumberIsFoundAndSaidSo() {
        let c = RuleClassifier().classify(subject: nil, text: "Fødselsnummeret mitt er 15038012379, og jeg klager på brøytingen")
        #expect(c.identityNumberFound && c.sensitive)
        let none = RuleClassifier().classify(subject: nil, text: "Kundenummeret mitt er 15038012345, og jeg klager på brøytingen")
        #expect(!none.identityNumberFound)
    }
}
