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

    @Test func careDetailsInEverydayWordsAreMarkedForAPerson() throws {
        let classifier = RuleClassifier(model: try Self.model())
        let c = classifier.classify(subject: nil, text: "mor min falt og trenger hjelp til å dusje hver morgen nå")
        #expect(!c.sensitive, "no rule term fired, so the rules alone say not sensitive")
        #expect((c.possiblySensitive ?? 0) >= RuleClassifier.possiblySensitiveAbove)
        #expect(c.explanation.contains { $0.contains("a person looks") })
        let road = classifier.classify(subject: nil, text: "det er et stort hull i veien ved krysset")
        #expect(road.possiblySensitive == nil)
    }

    @Test func aFormalRequestWithoutTheRulePhraseIsMarkedAsPossiblyAnAccessRequest() throws {
        let classifier = RuleClassifier(model: try Self.model())
        let c = classifier.classify(subject: nil, text: "kan jeg få tilsendt dokumentene dere har om tomten min")
        #expect(c.kind != .formal)
        #expect(c.possiblyFormal == .accessRequest)
        #expect(classifier.classify(subject: nil, text: "det er et stort hull i veien ved butikken").possiblyFormal == nil)
    }

    @Test func anIdentityNumberIsFoundAndSaidSo() {
        let c = RuleClassifier().classify(subject: nil, text: "Fødselsnummeret mitt er 15038012379, og jeg klager på brøytingen")
        #expect(c.identityNumberFound && c.sensitive)
        let none = RuleClassifier().classify(subject: nil, text: "Kundenummeret mitt er 15038012345, og jeg klager på brøytingen")
        #expect(!none.identityNumberFound)
    }
}
