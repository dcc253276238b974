import Foundation
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakApp
import PostmottakPipeline
import PostmottakStore
import Testing
import PostmottakIntake

@Suite struct PipelineTests {
    let root: URL
    let instance: Instance

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-pipe-\(UUID().uuidString)")
        var config = PostmottakConfiguration.defaults
        config.intake.maxMessageBytes = 4096
        instance = try Instance(configuration: config, dataDirectory: root.path, logger: Logger(label: "test"))
    }

    func file(_ name: String, _ text: String) throws -> URL {
        let url = root.appendingPathComponent("in").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    func ingest(_ url: URL) async throws -> IntakeItem {
        let outcome = try instance.intake.capture(fileAt: url, name: url.lastPathComponent)
        try await instance.drain()
        return try #require(try instance.store.item(outcome.item.id!))
    }

    @Test func aSubmissionIsNumberedRoutedArchivedAndExplained() async throws {
        let item = try await ingest(try file("a.eml", "From: Kari <kari@example.org>\nSubject: Hull i veien\nMessage-ID: <a@x>\n\nDet er et hull i veien.\n"))
        #expect(item.status == .done)
        #expect(item.reference == instance.configuration.reference.reference(year: Calendar.current.component(.year, from: Date()), sequence: 1).formatted)
        #expect(item.destination == .archive)
        let events = try instance.store.events(of: item.id!).map(\.step)
        // Two outside effects: the archive package and the acknowledgement (to the mail-out folder).
        #expect(events == ["capture", "extract", "classify", "link", "number", "route", "dispatch", "deliver", "deliver"])
        #expect(FileManager.default.fileExists(atPath: instance.layout.mailOut.appendingPathComponent("\(item.reference!).eml").path))
        #expect(FileManager.default.fileExists(atPath: instance.layout.archive.appendingPathComponent(item.reference!).path))
    }

    @Test func duplicatesFollowUpsAndStrangersQuotingNumbers() async throws {
        let first = try await ingest(try file("1.eml", "From: kari@example.org\nSubject: Søppel\nMessage-ID: <m1@x>\n\nSøppelet er ikke tømt.\n"))
        let copy = try await ingest(try file("2.eml", "Delivered-To: other@k\nFrom: kari@example.org\nSubject: Søppel\nMessage-ID: <m1@x>\n\nSøppelet er ikke tømt.\n"))
        #expect(copy.duplicateOf == first.id && copy.reference == nil && copy.destination == nil)
        let reply = try await ingest(try file("3.eml", "From: kari@example.org\nSubject: Re: Søppel\nMessage-ID: <m2@x>\nIn-Reply-To: <m1@x>\n\nFortsatt ikke tømt.\n"))
        #expect(reply.followupOf == first.id && reply.reference == nil && reply.destination == .archive)
        let quoted = try await ingest(try file("4.eml", "From: kari@example.org\nSubject: Sak \(first.reference!)\nMessage-ID: <m3@x>\n\nNoe nytt om saken.\n"))
        #expect(quoted.followupOf == first.id)
        let stranger = try await ingest(try file("5.eml", "From: ola@example.org\nSubject: Sak \(first.reference!)\nMessage-ID: <m4@x>\n\nJeg vil vite om saken.\n"))
        #expect(stranger.followupOf == nil && stranger.needsReview && stranger.reference != nil)
    }

    @Test func notSubmissionsAndBadInputAreKeptWithTheirReason() async throws {
        let auto = try await ingest(try file("auto.eml", "From: a@example.org\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nBorte.\n"))
        #expect(auto.status == .ignored && auto.kind == .autoReply && auto.reference == nil && auto.reason != nil)
        let junk = try await ingest(try file("junk.eml", "bare tekst\nuten hode\n"))
        #expect(junk.status == .quarantined && junk.reason?.contains("not an e-mail message") == true)
        let big = try await ingest(try file("big.eml", "From: a@example.org\nSubject: stor\n\n" + String(repeating: "x", count: 10_000)))
        #expect(big.status == .quarantined && !big.originalComplete && big.reason?.contains("max_message_bytes") == true)
        #expect(try instance.store.blobs.get(big.originalSha256).count < 1000, "only the headers are kept")
    }

    @Test func spamTheMailServerLetThroughIsKeptAsSpamByItsText() async throws {
        let text = """
            From: "Winner Desk" <claims@prize-centre.example>
            Subject: Congratulations, you have WON 1,500,000 USD

            Dear lucky winner, your e-mail address was selected in our international online lottery.
            To claim your prize of 1,500,000 USD send your full name, bank account and a processing fee
            of 250 USD by Western Union today. Click here to claim now, limited time offer, act fast!
            """
        let spam = try await ingest(try file("spam.eml", text.replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(spam.status == .ignored && spam.kind == .spam && spam.reference == nil)
        #expect(spam.reason?.hasPrefix("spam by its text (model") == true, "\(spam.reason ?? "no reason")")
        let road = try await ingest(try file("plain.eml", "From: a@example.org\nSubject: Hull i veien\n\n"
            + "Det er et stort hull i asfalten i Storgata ved bussholdeplassen, bilene svinger ut i motsatt felt.\n"))
        #expect(road.status != .ignored && road.kind == .deviation, "an ordinary complaint is not spam")
    }

    @Test func formalMattersGoToTheCaseRegisterAsArkivmeldingByDefault() async throws {
        let item = try await ingest(try file("f.eml", "From: a@example.org\nSubject: Innsynsbegjæring\nMessage-ID: <f@x>\n\nJeg ber om innsyn i saken.\n"))
        #expect(item.kind == .formal && item.formalType == .accessRequest && item.destination == .caseRegister)
        let entries = try instance.store.outboxEntries(of: item.id!).filter { $0.effect == .caseRegister }
        #expect(entries.count == 1 && entries[0].status == .delivered && entries[0].priority == 100)
        let message = instance.layout.caseRegister.appendingPathComponent(item.reference!).appendingPathComponent("arkivmelding.xml")
        let xml = try String(contentsOf: message, encoding: .utf8)
        #expect(xml.contains("<n5mdk:noekkel>\(item.reference!)</n5mdk:noekkel>") && xml.contains("<journalposttype><n5mdk:kode>I</n5mdk:kode>"))
        #expect(try instance.store.item(item.id!)?.status == .done)
    }

    @Test func withoutAConnectorFormalMattersWaitParkedAndTheCitizenHasTheNumber() async throws {
        var config = PostmottakConfiguration.defaults
        config.caseRegister.connector = .none
        let other = try Instance(configuration: config, dataDirectory: root.appendingPathComponent("none").path, logger: Logger(label: "test"))
        let url = try file("g.eml", "From: a@example.org\nSubject: Innsynsbegjæring\nMessage-ID: <g@x>\n\nJeg ber om innsyn i saken.\n")
        let outcome = try other.intake.capture(fileAt: url, name: "g.eml")
        try await other.drain()
        let id = try #require(outcome.item.id)
        let entries = try other.store.outboxEntries(of: id).filter { $0.effect == .caseRegister }
        #expect(entries.count == 1 && entries[0].status == .parked && entries[0].lastError?.contains("outbox retry") == true)
        #expect(try other.store.outboxEntries(of: id).contains { $0.effect == .acknowledgement && $0.status == .delivered })
    }

    @Test func aCrashBetweenStepsResumesWithoutRepeatingAnything() async throws {
        let url = try file("c.eml", "From: a@example.org\nSubject: Vann\nMessage-ID: <c@x>\n\nVannet er brunt.\n")
        let captured = try instance.intake.capture(fileAt: url, name: "c.eml").item
        // Simulate a process that committed extract and classify, then died.
        try instance.pipeline.process(captured.id!)
        // A second "process" (new instance, same data) resumes and completes.
        let restarted = try Instance(configuration: instance.configuration, dataDirectory: root.path, logger: Logger(label: "test"))
        try await restarted.drain()
        try await restarted.drain()
        let item = try #require(try restarted.store.item(captured.id!))
        #expect(item.status == .done)
        #expect(try restarted.store.outboxEntries(of: item.id!).map(\.effect.rawValue).sorted() == ["acknowledgement", "archive_package"])
        #expect(try restarted.store.events(of: item.id!).filter { $0.step == "number" }.count == 1)
    }

    @Test func exportHasEveryDocumentedField() async throws {
        _ = try await ingest(try file("e.eml", "From: a@example.org\nSubject: Spørsmål\nMessage-ID: <e@x>\n\nNår åpner biblioteket?\n"))
        var lines: [String] = []
        try Exporter(store: instance.store).export(format: .jsonl) { lines.append($0) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        for key in ["id", "channel", "source", "message_id", "received_at", "reference", "status", "kind", "formal_type",
                    "service_area", "language", "sensitive", "destination", "duplicate_of", "followup_of", "needs_review",
                    "reason", "fields", "original_sha256"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        var csv: [String] = []
        try Exporter(store: instance.store).export(format: .csv) { csv.append($0) }
        #expect(csv.count == 2 && csv[0].hasPrefix("id,channel,source"))
    }

    /// ../shared/samples/cards beside the repository, or nil (the test then skips).
    static let sampleCards: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/samples/cards")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    @Test func aCardAttachedToAnEMailIsReadLikeAScanAndABrokenPictureIsADefect() async throws {
        guard let cards = Self.sampleCards else {
            print("skipped: ../shared/samples/cards is not present beside the repository")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: cards.path).filter { $0.hasSuffix(".truth.json") }.sorted()
        let card = try #require(try names.first { name in
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: cards.appendingPathComponent(name))) as? [String: Any]
            return (truth?["form"] as? String) != "none" && name.lowercased().contains(".png")
        })
        let image = try Data(contentsOf: cards.appendingPathComponent(String(card.dropLast(".truth.json".count))))
        let broken = Data([0xFF, 0xD8, 0xFF, 0xE0]) + Data(repeating: 0x42, count: 300)
        func part(_ name: String, _ type: String, _ data: Data) -> String {
            "--b\nContent-Type: \(type)\nContent-Disposition: attachment; filename=\"\(name)\"\nContent-Transfer-Encoding: base64\n\n"
                + data.base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed]) + "\n"
        }
        let mail = "From: Kari <kari@example.org>\nSubject: Skjema\nMessage-ID: <card@x>\nMIME-Version: 1.0\n"
            + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSe vedlegg.\n"
            + part("kort.png", "image/png", image) + part("photo.jpg", "image/jpeg", broken) + "--b--\n"
        // This suite's instance has a 4 KiB limit; a card needs more.
        let big = try Instance(configuration: .defaults, dataDirectory: root.appendingPathComponent("big").path, logger: Logger(label: "test"))
        let captured = try big.intake.capture(fileAt: try file("card.eml", mail), name: "card.eml")
        try await big.drain()
        let item = try #require(try big.store.item(captured.item.id!))
        #expect(item.channel == .file && item.sender == "kari@example.org")
        let fields = item.fields
        #expect(fields["kind"] != nil || fields["description"] != nil, "the card's fields are the item's")
        #expect([.review, .done].contains(item.status))
        let extract = try #require(try big.store.events(of: item.id!).last { $0.step == "extract" })
        #expect(extract.reason.contains("attachment kort.png is a card"))
        #expect(item.defects.contains { $0.contains("photo.jpg: cannot be read as a scan") })
    }
}

@Suite struct PipelineResilienceTests {
    @Test func anItemThatCannotMoveDoesNotBlockTheOthers() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-res-\(UUID().uuidString)")
        let instance = try Instance(configuration: .defaults, dataDirectory: root.path, logger: Logger(label: "test"))
        let dir = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var ids: [Int64] = []
        for n in 0..<3 {
            let url = dir.appendingPathComponent("\(n).eml")
            try Data("From: a\(n)@example.org\nSubject: Vann \(n)\nMessage-ID: <r\(n)@x>\n\nVannet er brunt \(n).\n".utf8).write(to: url)
            ids.append(try instance.intake.capture(fileAt: url, name: "\(n).eml").item.id!)
        }
        // The first item's original bytes vanish from the blob store.
        let first = try #require(try instance.store.item(ids[0]))
        try FileManager.default.removeItem(at: instance.store.blobs.url(for: first.originalSha256))
        try await instance.drain()
        #expect(try instance.store.item(ids[0])?.status == .captured)
        // The others went all the way (done, or waiting for a person if the classifier is unsure of so short a text).
        for id in ids.dropFirst() {
            let status = try #require(try instance.store.item(id)?.status)
            #expect(status == .done || status == .review, "item \(id) is \(status)")
        }
    }

}
