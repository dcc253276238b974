import Foundation
import PostmottakConfig
import Testing

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
}
