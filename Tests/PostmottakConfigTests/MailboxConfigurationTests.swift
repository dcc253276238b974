import PostmottakConfig
import Testing
import Foundation

@Suite struct MailboxConfigurationTests {
    static let password = """
        [[intake.imap.mailboxes]]
        name = "postmottak"
        host = "imap.example.no"
        username = "postmottak@example.no"
        password_env = "IMAP_PASSWORD"
        folders = ["INBOX", "Innsyn"]
        action = "keyword"

        """

    @Test func aPasswordMailboxWithDefaults() throws {
        let c = try PostmottakConfiguration.parse(text: Self.password)
        let m = try #require(c.intake.imap.mailboxes.first)
        #expect(m.port == 993 && m.security == .tls && m.action == .keyword && m.keyword == "$Postmottak")
        #expect(m.folders == ["INBOX", "Innsyn"])
        #expect(m.authentication == .password(.environment(name: "IMAP_PASSWORD", key: "intake.imap.mailboxes[0].password")))
        #expect(c.intake.imap.pollIntervalSeconds == 60 && c.intake.imap.batchMessages == 200)
    }

    @Test func oauth2ForMicrosoft365() throws {
        let c = try PostmottakConfiguration.parse(text: """
            [[intake.imap.mailboxes]]
            name = "m365"
            host = "outlook.office365.com"
            username = "postmottak@fjordvik.kommune.no"
            auth = "oauth2"
            [intake.imap.mailboxes.oauth2]
            token_url = "https://login.microsoftonline.com/TENANT/oauth2/v2.0/token"
            client_id = "1234"
            client_secret_file = "/run/secrets/m365"
            """)
        guard case .oauth2(let o) = c.intake.imap.mailboxes.first?.authentication else { Issue.record("not oauth2"); return }
        #expect(o.scope == "https://outlook.office365.com/.default")
        #expect(o.clientSecret == .file(path: "/run/secrets/m365", key: "intake.imap.mailboxes[0].oauth2.client_secret"))
    }

    @Test func plainIMAPNeedsToBeAllowed() throws {
        let plain = Self.password + "security = \"plain\"\n"
        do {
            _ = try PostmottakConfiguration.parse(text: plain)
            Issue.record("plain IMAP accepted without allow_plain")
        } catch {
            #expect(error.description.contains("intake.imap.mailboxes[0].security") && error.description.contains("allow_plain"))
        }
        let allowed = try PostmottakConfiguration.parse(text: plain + "allow_plain = true\n")
        #expect(allowed.intake.imap.mailboxes.first?.port == 143)
    }

    @Test func secretsInTheFileAndBadValuesAreRefused() {
        #expect(throws: ConfigurationError.secretInFile(key: "intake.imap.mailboxes[0].password")) {
            try PostmottakConfiguration.parse(text: Self.password.replacingOccurrences(of: "password_env = \"IMAP_PASSWORD\"", with: "password = \"hunter2\""))
        }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: Self.password + Self.password) }  // same name twice
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: Self.password.replacingOccurrences(of: "\"postmottak\"", with: "\"post mottak\"")) }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: Self.password + "keyword = \"a b\"\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: Self.password + "action = \"delete\"\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: Self.password.replacingOccurrences(of: "password_env = \"IMAP_PASSWORD\"", with: "")) }
        #expect(throws: ConfigurationError.self) {
            try PostmottakConfiguration.parse(text: Self.password.replacingOccurrences(of: "action = \"keyword\"", with: "action = \"move\"\nmove_to = \"INBOX\""))
        }
    }
}
