import PostmottakClassify
import PostmottakCore
import Testing

@Suite struct RuleClassifierTests {
    let classifier = RuleClassifier()

    @Test func formalTypesWinAndSayWhichRuleFired() {
        let access = classifier.classify(subject: "Innsynsbegjæring", text: "Jeg ber om innsyn i saken etter offentleglova.")
        #expect(access.kind == .formal && access.formalType == .accessRequest)
        #expect(access.explanation.contains { $0.contains("innsyn") })
        #expect(classifier.classify(subject: "Överklagande", text: "Jag överklagar beslutet om bygglov.").formalType == .appeal)
        #expect(classifier.classify(subject: nil, text: "Søknad om dispensasjon for garasje.").formalType == .application)
    }

    @Test func kindsAreasAndLanguages() {
        let c = classifier.classify(subject: "Hull i veien", text: "Det er et farlig hull i veien ved skolen, og jeg vil klage.")
        #expect(c.kind == .deviation && c.serviceArea == .roadsTraffic && c.language == .nb)
        let sv = classifier.classify(subject: "Tack", text: "Stort tack för hjälpen med snöröjningen, jag är jättenöjd med det.")
        #expect(sv.kind == .praise && sv.language == .sv)
        let nn = classifier.classify(subject: nil, text: "Eg har eit forslag: kunne dykk halde biblioteket ope lenger? Det er ikkje nok.")
        #expect(nn.kind == .suggestion && nn.serviceArea == .cultureSports && nn.language == .nn)
        #expect(classifier.classify(subject: nil, text: "When is the library open on Sundays? I would like to know.").language == .en)
    }

    @Test func identityNumbersMakeItSensitiveWithoutNamingTheNumber() {
        let c = classifier.classify(subject: nil, text: "Mitt fødselsnummer er 15108695088.")
        #expect(c.sensitive)
        #expect(!c.sensitiveReasons.joined().contains("95088"))
        #expect(!classifier.classify(subject: nil, text: "Konto 1503.47.11052").sensitive)
    }
}
