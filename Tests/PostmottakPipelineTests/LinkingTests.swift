import Foundation
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakApp
import PostmottakPipeline
import PostmottakStore
import Testing
import PostmottakIntake

@Suite struct LinkingTests {
    let root: URL
    let instance: Instance

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-link-\(UUID().uuidString)")
        instance = try Instance(configuration: .defaults, dataDirectory: root.path, logger: Logger(label: "test"))
    }

    func ingest(_ name: String, _ text: String) async throws -> IntakeItem {
        let url = root.appendingPathComponent("in").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        let outcome = try instance.intake.capture(fileAt: url, name: name)
        try await instance.drain()
        return try #require(try instance.store.item(outcome.item.id!))
    }

    static let body = "Husken på lekeplassen i Nordstrand har en ødelagt kjetting og setet henger bare i den ene siden. Et barn kan lett skade seg. Den må repareres eller fjernes."

    @Test func aResentTextWithSmallEditsIsANearDuplicateWithinTheWindowOnly() async throws {
        let first = try await ingest("1.eml", "From: a@example.org\nSubject: Husken\nMessage-ID: <n1@x>\nDate: Sun, 04 May 2025 15:00:00 +0200\n\n\(Self.body)\n")
        #expect(first.reference != nil)
        let resent = try await ingest("2.eml", "From: a@example.org\nSubject: Resend: Husken\nMessage-ID: <n2@x>\nDate: Sun, 11 May 2025 15:00:00 +0200\n\nIngen svar ennå. \(Self.body)\n")
        #expect(resent.duplicateOf == first.id && resent.linkType == .near && resent.reference == nil)
        #expect(try instance.store.events(of: resent.id!).contains { $0.reason.contains("near duplicate of item \(first.id!)") })
        // Another sender with the same words is a submission of its own.
        let other = try await ingest("3.eml", "From: b@example.org\nSubject: Husken\nMessage-ID: <n3@x>\nDate: Mon, 12 May 2025 15:00:00 +0200\n\n\(Self.body)\n")
        #expect(other.duplicateOf == nil && other.reference != nil)
        // The same sender a month later: a new submission.
        let later = try await ingest("4.eml", "From: a@example.org\nSubject: Husken igjen\nMessage-ID: <n4@x>\nDate: Fri, 20 Jun 2025 15:00:00 +0200\n\nFortsatt. \(Self.body)\n")
        #expect(later.duplicateOf == nil && later.reference != nil)
    }

    @Test func anAdditionWithoutThreadingHeadersFollowsUpTheSendersCase() async throws {
        let first = try await ingest("1.eml", "From: c@example.org\nSubject: Søppel\nMessage-ID: <f1@x>\nDate: Thu, 07 Aug 2025 19:00:00 +0200\n\nRestavfallet er ikke hentet på tre uker i Kvernhusveien, og dunken er full.\n")
        let addition = try await ingest("2.eml", "From: c@example.org\nSubject: Tillegg til min henvendelse\nMessage-ID: <f2@x>\nDate: Thu, 14 Aug 2025 00:00:00 +0200\n\nJeg glemte å skrive at også papirdunken står igjen.\n")
        #expect(addition.followupOf == first.id && addition.linkType == .followup && addition.reference == nil)
        // Without such words, the same sender's next message is a new one.
        let next = try await ingest("3.eml", "From: c@example.org\nSubject: Gatelys\nMessage-ID: <f3@x>\nDate: Fri, 15 Aug 2025 10:00:00 +0200\n\nGatelyset utenfor huset er mørkt.\n")
        #expect(next.followupOf == nil && next.reference != nil)
    }

    @Test func anUnsureClassificationWaitsForAPersonButItsCopyJoinsItsCase() async throws {
        let vague = try await ingest("1.eml", "From: d@example.org\nSubject: Hei\nMessage-ID: <u1@x>\n\nHei.\n")
        #expect(vague.status == .review && vague.reference == nil && vague.reviewReason?.contains("classification below") == true)
        let export = try Exporter(store: instance.store).rows().first { $0.id == vague.id }
        #expect(export?.kindConfidence != nil && export?.explanation.isEmpty == false)
        let copy = try await ingest("2.eml", "Delivered-To: other@k\nFrom: d@example.org\nSubject: Hei\nMessage-ID: <u1@x>\n\nHei.\n")
        #expect(copy.duplicateOf == vague.id && copy.status != .review && copy.linkType == .exact)
    }

    @Test func anAdditionJoinsTheEarlierMessageItIsAboutNotMerelyTheLatest() async throws {
        let light = try await ingest("1.eml", "From: e@example.org\nSubject: Gatelys\nMessage-ID: <t1@x>\nDate: Mon, 01 Sep 2025 09:00:00 +0200\n\n"
            + "Gatelyset ved bussholdeplassen i Granliveien har vært mørkt i to uker. Det er farlig for skolebarna om morgenen.\n")
        let bins = try await ingest("2.eml", "From: e@example.org\nSubject: Søppel\nMessage-ID: <t2@x>\nDate: Tue, 02 Sep 2025 09:00:00 +0200\n\n"
            + "Papirdunken i Granliveien 12 ble ikke tømt på tirsdag, og den er helt full.\n")
        #expect(light.reference != nil && bins.reference != nil)
        // Refers back, no threading headers, a new subject: about the light, not the bins sent since.
        let addition = try await ingest("3.eml", "From: e@example.org\nSubject: Lyset\nMessage-ID: <t3@x>\nDate: Wed, 03 Sep 2025 09:00:00 +0200\n\n"
            + "Hei igjen. Nå er også gatelyset ved bussholdeplassen på den andre siden av veien mørkt.\n")
        #expect(addition.followupOf == light.id && addition.linkType == .followup)
        // One that says it is another matter joins nothing, whatever words it shares.
        let another = try await ingest("4.eml", "From: e@example.org\nSubject: Gatelys\nMessage-ID: <t4@x>\nDate: Thu, 04 Sep 2025 09:00:00 +0200\n\n"
            + "En annen sak: gatelyset i Skogveien blinker hele natten.\n")
        #expect(another.followupOf == nil && another.duplicateOf == nil && another.reference != nil)
    }

    @Test func aRewrittenResendIsANearDuplicateByItsTopicWords() async throws {
        let first = try await ingest("1.eml", "From: f@example.org\nSubject: Støy fra byggeplass\nMessage-ID: <w1@x>\nDate: Mon, 06 Oct 2025 08:00:00 +0200\n\n"
            + "Byggeplassen i Sjøgata 5 har jobbet sent hver kveld hele uken. I går kjørte betongpumpen til halv tolv. "
            + "Det bor barnefamilier rett ved siden av. Finnes det ikke regler for støy etter klokken ni?\n")
        // Sentences reordered and rewritten: few word triples survive, the topic words do.
        let again = try await ingest("2.eml", "From: f@example.org\nSubject: Andre gang jeg skriver: støy Sjøgata 5\nMessage-ID: <w2@x>\n"
            + "Date: Fri, 10 Oct 2025 23:50:00 +0200\n\nDet bor barnefamilier rett ved siden av, og byggeplassen i Sjøgata 5 "
            + "jobber fortsatt sent hver kveld. I kveld har betongpumpen gått siden ni. Finnes det ikke regler for støy etter klokken ni?\n")
        #expect(again.duplicateOf == first.id && again.linkType == .near && again.reference == nil)
        #expect(try instance.store.events(of: again.id!).contains { $0.reason.contains("of its topic words the same") })
    }
}
