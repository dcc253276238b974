import Foundation
import PostmottakConfig
import PostmottakCore
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

    @Test func theIdentityProviderIsConfiguredWithItsRolesAndNoSecretInTheFile() throws {
        let text = """
            [web]
            base_url = "https://postmottak.kommune.no"
            [web.openid]
            issuer = "https://login.microsoftonline.com/tenant/v2.0/"
            client_id = "3f9a"
            client_secret_env = "POSTMOTTAK_OIDC_SECRET"
            scopes = ["profile", "email"]
            [[web.openid.roles]]
            claim = "Postmottak.Arkiv"
            role = "archivist"
            [[web.openid.roles]]
            claim = "Postmottak.Mottak"
            role = "mailroom"
            """
        let openID = try #require(try PostmottakConfiguration.parse(text: text).web.openID)
        #expect(openID.issuer == "https://login.microsoftonline.com/tenant/v2.0", "a trailing slash is not part of the issuer")
        #expect(openID.scopes == ["openid", "profile", "email"] && openID.nameClaim == "preferred_username" && openID.roleClaim == "roles")
        #expect(openID.role(for: ["Postmottak.Mottak", "Postmottak.Arkiv"]) == .archivist, "the first mapping the token carries wins")
        #expect(openID.role(for: ["Økonomi"]) == nil)
        #expect(openID.clientSecret == .environment(name: "POSTMOTTAK_OIDC_SECRET", key: "web.openid.client_secret"))
        #expect(PostmottakConfiguration.defaults.web.openID == nil)

        let noRoles = "[web.openid]\nissuer = \"https://idp.example\"\nclient_id = \"x\"\n"
        #expect(throws: ConfigurationError.self, "no roles") { try PostmottakConfiguration.parse(text: noRoles) }
        let roles = "[[web.openid.roles]]\nclaim = \"a\"\nrole = \"mailroom\"\n"
        for bad in ["issuer = \"http://idp.example\"\nclient_id = \"x\"\n", "issuer = \"https://idp.example\"\n",
                    "issuer = \"https://idp.example\"\nclient_id = \"x\"\nclient_secret = \"hemmelig\"\n"] {
            #expect(throws: ConfigurationError.self, "\(bad)") { try PostmottakConfiguration.parse(text: "[web.openid]\n" + bad + roles) }
        }
        let wrongRole = "[web.openid]\nissuer = \"https://idp.example\"\nclient_id = \"x\"\n[[web.openid.roles]]\nclaim = \"a\"\nrole = \"boss\"\n"
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: wrongRole) }
    }
}
