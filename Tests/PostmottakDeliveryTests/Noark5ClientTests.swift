import Foundation
@testable import PostmottakDelivery
import PostmottakTransport
import Testing

@Suite struct Noark5ClientTests {
    let rel = Noark5Client.rel

    @Test func linksAreReadFromEitherShapeWithTemplatesStripped() {
        let object: [String: Any] = ["_links": [
            "self": ["href": "http://127.0.0.1:1/api/x7/ab"],
            rel + "arkivstruktur/mappe/": ["href": "http://127.0.0.1:1/api/q/{?$filter&$top}", "templated": true],
            rel + "sakarkiv/ny-journalpost/": [["href": "http://127.0.0.1:1/api/n/1"]],
        ]]
        let links = Noark5Client.links(object)
        #expect(links["self"] == "http://127.0.0.1:1/api/x7/ab")
        #expect(links[rel + "arkivstruktur/mappe/"] == "http://127.0.0.1:1/api/q/")
        #expect(links[rel + "sakarkiv/ny-journalpost/"] == "http://127.0.0.1:1/api/n/1")
        #expect(Noark5Client.links(["tittel": "x"]).isEmpty)
    }

    @Test func filtersAreQuotedAndEncoded() {
        #expect(Noark5Client.literal("O'Brien") == "'O''Brien'")
        let query = Noark5Client.encodeQuery("vnd-postmottak-v1:submissionid eq 'FJV-2026-000001-4' and tittel eq 'Søk+1'")
        #expect(query == "vnd-postmottak-v1:submissionid%20eq%20'FJV-2026-000001-4'%20and%20tittel%20eq%20'S%C3%B8k%2B1'")
    }

    @Test func refusalsSayWhetherRetryingHelps() {
        func response(_ status: Int, _ text: String = "feil") -> HTTPRequest.Response {
            HTTPRequest.Response(status: status, headers: [:], body: Data(#"{"feil":{"kode":\#(status),"beskrivelse":"\#(text)"}}"#.utf8))
        }
        for status in [404, 408, 409, 422, 429, 500, 503] {
            guard case .transient = Noark5Client.failure(response(status), what: "x") else { Issue.record("\(status) should be retried"); continue }
        }
        for status in [400, 403, 415] {
            guard case .permanent = Noark5Client.failure(response(status), what: "x") else { Issue.record("\(status) should park"); continue }
        }
        let masked = Noark5Client.failure(response(400, "ugyldig tittel 15108695088"), what: "creating the case file").description
        #expect(masked.contains("ugyldig tittel") && !masked.contains("15108695088"), "identity numbers in the register's text are masked")
    }

    @Test func relativeHrefsAreTakenAgainstTheRoot() throws {
        let client = Noark5Client(settings: .init(rootURL: "http://127.0.0.1:9/api", clientID: "c", clientSecret: "s"))
        #expect(try client.resolve("http://127.0.0.1:9/api/a") == "http://127.0.0.1:9/api/a")
        #expect(try client.resolve("/api/b/c") == "http://127.0.0.1:9/api/b/c")
        #expect(client.origin == "http://127.0.0.1:9")
    }

    @Test func theTokenGoesOnlyToTheConfiguredOrigin() throws {
        let client = Noark5Client(settings: .init(rootURL: "https://arkiv.example.no/api", clientID: "c", clientSecret: "s"))
        for href in ["https://evil.example.org/api/a", "http://arkiv.example.no/api/a", "https://arkiv.example.no:8443/api/a",
                     "https://arkiv.example.no.evil.example.org/api", "https://user@arkiv.example.no/api", "ftp://arkiv.example.no/a"] {
            #expect(throws: DeliveryError.self, "\(href)") { try client.resolve(href) }
        }
        #expect(try client.resolve("https://ARKIV.example.no:443/api/x") == "https://ARKIV.example.no:443/api/x")
        // An origin configured besides the root's (case_register.noark5.origins) is trusted too.
        let withFiles = Noark5Client(settings: .init(rootURL: "https://arkiv.example.no/api", clientID: "c", clientSecret: "s",
                                                     extraOrigins: ["https://filer.example.no"]))
        #expect(try withFiles.resolve("https://filer.example.no/upload/1") == "https://filer.example.no/upload/1")
        #expect(throws: DeliveryError.self) { try withFiles.resolve("https://evil.example.org/upload/1") }
    }
}
