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

    @Test func formalRulesNeedTheirObjectOrVerbAndCatchRequestsInsideComplaints() {
        // A request for documents inside a complaint is an access request.
        let buried = classifier.classify(subject: "Klage på veiarbeid", text: "Gravingen har pågått i tre måneder. Jeg ber om å få se kontrakten med entreprenøren.")
        #expect(buried.kind == .formal && buried.formalType == .accessRequest)
        // Asking for a fee to be assessed again is an appeal, in every language.
        #expect(classifier.classify(subject: nil, text: "Jeg mener målerstanden er feil og ber om at gebyret vurderes på nytt.").formalType == .appeal)
        #expect(classifier.classify(subject: nil, text: "Jag begär omprövning av beslutet om avgiften.").formalType == .appeal)
        #expect(classifier.classify(subject: "Merknad til nabovarsel", text: "Jeg har følgende merknader til nabovarselet.").formalType == .otherFormal)
        // A bare word about an earlier application is no application.
        let delay = classifier.classify(subject: nil, text: "Søknaden min har ligget i et halvt år uten svar. Dette er for dårlig.")
        #expect(delay.kind != .formal)
    }

    @Test func healthAndSocialCareDetailsMakeItSensitiveWithTheirCategoryOnly() {
        let health = classifier.classify(subject: nil, text: "Mor har demens og fikk ikke insulinen sin i går.")
        #expect(health.sensitive && health.sensitiveReasons.contains { $0.hasPrefix("health details") })
        #expect(!health.sensitiveReasons.joined().contains("demens"))
        let social = classifier.classify(subject: nil, text: "Jeg har søkt om økonomisk sosialhjelp og venter på svar.")
        #expect(social.sensitive && social.sensitiveReasons.contains { $0.hasPrefix("social care details") })
        // Naming a service is not a detail about anyone.
        #expect(!classifier.classify(subject: nil, text: "Når er sykehjemmet åpent for besøk?").sensitive)
    }

    @Test func everyDecisionHasAConfidence() {
        let formal = classifier.classify(subject: "Innsyn", text: "Jeg ber om innsyn i postjournalen.")
        #expect(formal.kindConfidence >= 0.9)
        let vague = classifier.classify(subject: nil, text: "Hei.")
        #expect(vague.kindConfidence < classifier.reviewBelow + 0.2 && vague.serviceAreaConfidence < classifier.reviewBelow)
    }
}
