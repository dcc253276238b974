import Foundation
import PostmottakConfig
import Testing

@Suite struct WebConfigurationTests {
    @Test func theWorkbenchRunsWhenAWebTableIsGivenUnlessItSaysOtherwise() throws {
        #expect(PostmottakConfiguration.defaults.web.enabled == false)
        #expect(try PostmottakConfiguration.parse(text: "[web]\n").web.enabled)
        #expect(try PostmottakConfiguration.parse(text: "[web]\nenabled = false\n").web.enabled == false)
    }

    @Test func listenTakesAHostAndAPortAndBaseURLDecidesSecureCookies() throws {
        let v4 = try PostmottakConfiguration.parse(text: "[web]\nlisten = \"127.0.0.1:9090\"\n").web
        #expect(v4.host == "127.0.0.1" && v4.port == 9090 && v4.baseURL.absoluteString == "http://127.0.0.1:9090" && !v4.secureCookies)
        let v6 = try PostmottakConfiguration.parse(text: "[web]\nlisten = \"[::1]:8443\"\nbase_url = \"https://postmottak.kommune.no/\"\n").web
        #expect(v6.host == "::1" && v6.port == 8443 && v6.secureCookies && v6.baseURL.absoluteString == "https://postmottak.kommune.no")
        for bad in ["8080", "localhost:", "localhost:99999", "[::1]8080"] {
            #expect(throws: ConfigurationError.self, "listen \(bad)") { try PostmottakConfiguration.parse(text: "[web]\nlisten = \"\(bad)\"\n") }
        }
        do {
            _ = try PostmottakConfiguration.parse(text: "[web]\nbase_url = \"ftp://x\"\n")
            Issue.record("accepted an ftp base_url")
        } catch {
            #expect(error.description.contains("web.base_url"))
        }
    }

    @Test func theWorkbenchSpeaksBokmalUnlessTheMunicipalityChoosesSwedishOrEnglish() throws {
        #expect(PostmottakConfiguration.defaults.web.language == "nb")
        #expect(try PostmottakConfiguration.parse(text: "[web]\nlanguage = \"sv\"\n").web.language == "sv")
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[web]\nlanguage = \"de\"\n") }
    }
}
