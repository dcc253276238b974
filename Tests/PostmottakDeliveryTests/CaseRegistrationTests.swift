import Foundation
@testable import PostmottakDelivery
import PostmottakStore
import Testing
import PostmottakCore

@Suite struct CaseRegistrationTests {
    @Test func publicTitlesMaskNamesNumbersAndAddresses() {
        let masked = CaseRegistration.masked("Klage fra Kari Nordmann (15108695088), tlf 912 34 567, kari@example.org",
                                             names: ["Kari Nordmann", "kari@example.org"])
        #expect(!masked.contains("Kari") && !masked.contains("Nordmann") && !masked.contains("15108695088"))
        #expect(!masked.contains("912") && !masked.contains("@"))
        #expect(masked.hasPrefix("Klage fra ******"))
        #expect(CaseRegistration.masked("Karin's garasje", names: ["Kari"]) == "Karin's garasje", "only whole words are names")
    }

    func registration(follows: Int64?) -> CaseRegistration {
        CaseRegistration(
            itemID: 7, key: follows == nil ? "FJV-2026-000001-4" : "FJV-2026-000001-4-7", caseKey: "FJV-2026-000001-4",
            joinsCaseOf: follows, caseTitle: "Klage <på> vedtak & \"sånt\"", title: "Klage <på> vedtak & \"sånt\", Kari",
            publicTitle: "Klage <på> vedtak, ******", receivedAt: Date(timeIntervalSince1970: 1_780_000_000),
            documentDate: Date(timeIntervalSince1970: 1_780_000_000),
            sender: .init(name: "Kari", email: "kari@example.org", phone: nil, address: nil, postalCode: "0155", city: "Oslo"),
            restriction: .init(code: "XX", legalBasis: "Offl. § 13"),
            documents: [.init(title: "E-post\u{7}", isMain: true, fileName: "a.eml", mimeType: "message/rfc822", format: "fmt/950",
                              sha256: String(repeating: "a", count: 64), size: 10)])
    }

    @Test func anArkivmeldingEscapesTextAndCarriesExternalKeys() {
        let xml = ArkivmeldingDocument(registration: registration(follows: nil), system: "Postmottak", classID: "M10",
                                       fileNames: ["1-a.eml"]).xml()
        #expect(xml.contains("<tittel>Klage &lt;på&gt; vedtak &amp; &quot;sånt&quot;</tittel>"))
        #expect(!xml.contains("\u{7}"), "characters XML cannot carry are dropped")
        #expect(xml.contains(#"<mappe xsi:type="saksmappe">"#) && xml.contains("<klasseID>M10</klasseID>"))
        #expect(xml.components(separatedBy: "<n5mdk:noekkel>FJV-2026-000001-4</n5mdk:noekkel>").count - 1 == 3,
                "the case file, its folder reference and the registry entry carry the key")
        #expect(xml.contains("<n5mdk:noekkel>FJV-2026-000001-4:1</n5mdk:noekkel>"), "the document carries its own key")
        #expect(xml.contains("<tilgangsrestriksjon><n5mdk:kode>XX</n5mdk:kode></tilgangsrestriksjon>"))
        #expect(xml.contains("<referanseDokumentfil>1-a.eml</referanseDokumentfil>"))
    }

    @Test func aFollowUpIsARegistryEntryInItsCase() {
        let xml = ArkivmeldingDocument(registration: registration(follows: 1), system: "Postmottak", classID: nil, fileNames: ["1-a.eml"]).xml()
        #expect(!xml.contains("<mappe"))
        #expect(xml.contains("<n5mdk:referanseEksternNoekkel>") && xml.contains("<n5mdk:noekkel>FJV-2026-000001-4-7</n5mdk:noekkel>"))
    }
}

@Suite struct CaseRegistrationFromStoreTests {
    @Test func aScannedCardIsTheMainDocumentAndItsFieldsTheSender() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pm-reg-\(UUID().uuidString)")
        let store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
        let digest = try store.blobs.put(Data("png bytes".utf8))
        let captured = try store.capture(IntakeItem(channel: .scan, sourceKey: "s1", source: "mottak/kort 7.PNG", originalSha256: digest,
                                                    originalSize: 9, receivedAt: Date()), reason: "test").item
        let id = try #require(captured.id)
        try store.transition(id, from: .captured, step: "test") { item, _ in
            item.kind = .formal
            item.serviceArea = .roadsTraffic
            item.sensitive = true
            item.reference = "FJV-2026-000003-X"
            item.fields = ["name": "Ola Nordmann", "address": "Storgata 1", "postal_code": "0155", "city": "Oslo", "phone": "91234567",
                           "email": "ola@example.org"]
            return .init(status: .numbered, reason: "test")
        }
        let item = try #require(try store.item(id))
        let r = try CaseRegistration.make(item: item, store: store, restriction: .init(code: "XX", legalBasis: "Offl. § 13"))
        #expect(r.key == "FJV-2026-000003-X" && r.caseKey == r.key && r.joinsCaseOf == nil)
        #expect(r.documents.count == 1 && r.documents[0].isMain && r.documents[0].mimeType == "image/png" && r.documents[0].format == "fmt/13")
        #expect(r.documents[0].fileName == "FJV-2026-000003-X.png")
        #expect(r.sender == .init(name: "Ola Nordmann", email: "ola@example.org", phone: "91234567", address: "Storgata 1",
                                  postalCode: "0155", city: "Oslo"))
        #expect(r.title.hasPrefix("Paper card: formal") && r.title.hasSuffix("Ola Nordmann"))
        #expect(r.restriction?.code == "XX" && r.publicTitle?.contains("Ola") == false && r.publicTitle?.contains("******") == true)
    }
}
