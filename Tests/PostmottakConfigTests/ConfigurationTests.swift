import Foundation
import PostmottakConfig
import Testing
import PostmottakCore

@Suite struct ConfigurationTests {
    /// The repository's annotated default file, found from this source file's location.
    static var defaultFile: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Config/postmottak.toml").path
    }

    @Test func annotatedDefaultFileEqualsTheEmbeddedDefaults() throws {
        let fromFile = try PostmottakConfiguration.load(path: Self.defaultFile)
        #expect(fromFile == PostmottakConfiguration.defaults)
    }

    @Test func unknownKeyNamesTheKeyAndWhatIsAllowed() {
        #expect(throws: ConfigurationError.unknownKey(key: "intake.max_mesage_bytes", allowed: ["max_message_bytes", "drop_folder", "scan_folder", "imap"])) {
            try PostmottakConfiguration.parse(text: "[intake]\nmax_mesage_bytes = 10\n")
        }
    }

    @Test func wrongTypeNamesKeyValueAndExpectedType() throws {
        do {
            _ = try PostmottakConfiguration.parse(text: "[reference]\nsequence_digits = \"six\"\n")
            Issue.record("accepted a string for an integer")
        } catch {
            #expect(error == .wrongType(key: "reference.sequence_digits", value: "\"six\"", expected: "an integer"))
            #expect(error.description.contains("reference.sequence_digits"))
        }
    }

    @Test func outOfRangeAndBadChoicesAreRefused() {
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[reference]\nsequence_digits = 20\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[reference]\nprefix = \"fj-v\"\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[logging]\nlevel = \"loud\"\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[municipality]\ntime_zone = \"Mars/Olympus\"\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[[routing.rules]]\nkind = \"spam\"\ndestination = \"archive\"\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[outbox]\ninitial_backoff_seconds = 100\nmax_backoff_seconds = 10\n") }
    }

    @Test func syntaxErrorsSayWhere() {
        do {
            _ = try PostmottakConfiguration.parse(text: "[intake\n", source: "x.toml")
            Issue.record("accepted broken TOML")
        } catch {
            #expect(error.description.contains("x.toml, line 1"))
        }
    }

    @Test func routingRulesAreRead() throws {
        let c = try PostmottakConfiguration.parse(text: """
            [[routing.rules]]
            service_area = "social_services"
            destination = "case_register"
            """)
        #expect(c.routing.rules.count == 1)
        #expect(c.routing.rules[0].matches(kind: .question, formalType: nil, serviceArea: .socialServices))
        #expect(!c.routing.rules[0].matches(kind: .question, formalType: nil, serviceArea: .school))
    }

    @Test func secretsComeFromEnvironmentOrFileNeverTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("secret")
        try "  s3cret\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try SecretSource.file(path: file.path, key: "x.password").resolve() == "s3cret")
        #expect(try SecretSource.environment(name: "PM_TEST", key: "x.password").resolve(environment: ["PM_TEST": "v"]) == "v")
        do {
            _ = try SecretSource.environment(name: "PM_MISSING", key: "x.password").resolve(environment: [:])
            Issue.record("resolved a missing variable")
        } catch {
            #expect(error.description.contains("PM_MISSING") && error.description.contains("x.password"))
        }
        #expect(ConfigurationError.secretInFile(key: "imap.password").description.contains("password_file"))
    }

    @Test func theCaseRegisterDefaultsToArkivmeldingAndNoark5IsCheckedWhole() throws {
        let defaults = PostmottakConfiguration.defaults.caseRegister
        #expect(defaults.connector == .arkivmelding && defaults.arkivmelding.path == "case-register" && defaults.restrictedAccessCode == "XX")
        let n5 = try PostmottakConfiguration.parse(text: """
            [case_register]
            connector = "noark5"
            [case_register.noark5]
            url = "https://arkiv.example.no/api"
            client_id = "postmottak"
            client_secret_env = "N5_SECRET"
            class_id = "M10"
            """)
        #expect(n5.caseRegister.noark5?.url == "https://arkiv.example.no/api" && n5.caseRegister.noark5?.series == "Sakarkiv")
        #expect(n5.caseRegister.noark5?.metadataKey == "vnd-postmottak-v1:submissionid")
        let base = "[case_register]\nconnector = \"noark5\"\n[case_register.noark5]\nclient_id = \"p\"\n"
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: base + "client_secret_env = \"X\"\n") }
        #expect(throws: ConfigurationError.self) {
            try PostmottakConfiguration.parse(text: base + "url = \"https://a/api\"\n")
        }
        #expect(throws: ConfigurationError.self) {
            try PostmottakConfiguration.parse(text: base + "url = \"https://a/api\"\nclient_secret = \"in-the-file\"\n")
        }
        #expect(throws: ConfigurationError.self) {
            try PostmottakConfiguration.parse(text: base + "url = \"https://a/api\"\nclient_secret_env = \"X\"\nmetadata_key = \"Bad Key\"\n")
        }
    }

    @Test func credentialsGoOnlyOverHTTPSOrToLoopback() throws {
        let register = "[case_register]\nconnector = \"noark5\"\n[case_register.noark5]\nclient_id = \"p\"\nclient_secret_env = \"X\"\n"
        for url in ["http://arkiv.example.no/api", "http://localhost.evil.example.org/api", "http://127.0.0.1.evil.example.org/api",
                    "ftp://arkiv.example.no/api", "https://user:pw@arkiv.example.no/api", "arkiv.example.no/api"] {
            #expect(throws: ConfigurationError.self, "\(url)") { try PostmottakConfiguration.parse(text: register + "url = \"\(url)\"\n") }
            #expect(throws: ConfigurationError.self, "token_url \(url)") {
                try PostmottakConfiguration.parse(text: register + "url = \"https://a.example.no/api\"\ntoken_url = \"\(url)\"\n")
            }
            #expect(throws: ConfigurationError.self, "webhook \(url)") {
                try PostmottakConfiguration.parse(text: "[webhook]\nenabled = true\nsecret_env = \"X\"\nurl = \"\(url)\"\n")
            }
        }
        for url in ["https://arkiv.example.no/api", "http://127.0.0.1:8080/api", "http://[::1]:8080/api", "http://localhost:9/api"] {
            let c = try PostmottakConfiguration.parse(text: register + "url = \"\(url)\"\n")
            #expect(c.caseRegister.noark5?.url == url)
        }
    }

    @Test func outboxLanesHaveTheirOwnConcurrency() throws {
        let c = try PostmottakConfiguration.parse(text: "[outbox.concurrency]\ncase_register = 4\n")
        #expect(c.outbox.concurrency["case_register"] == 4 && c.outbox.concurrency["archive_package"] == 2)
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[outbox.concurrency]\nfax = 1\n") }
        #expect(throws: ConfigurationError.self) { try PostmottakConfiguration.parse(text: "[outbox.concurrency]\nwebhook = 0\n") }
    }
}
