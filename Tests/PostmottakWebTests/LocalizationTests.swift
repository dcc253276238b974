import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostmottakApp
import PostmottakConfig
import PostmottakCore
import PostmottakStore
@testable import PostmottakWeb
import Testing

/// The workbench in bokmål, Swedish and English: the tables agree, the templates find their
/// texts, and a person's choice (or their browser's) decides the pages' language.
@Suite struct LocalizationTests {
    let root: URL
    let instance: Instance
    static let password = "korrekt hest batteri stift"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-lang-\(UUID().uuidString)")
        instance = try Instance(configuration: PostmottakConfiguration.defaults, dataDirectory: root.path, logger: Logger(label: "test"))
        let hash = try PasswordHasher.hash(Self.password, cost: 4)
        try instance.store.addAccount(name: "mari", role: .mailroom, passwordHash: hash, by: "test")
    }

    func app() throws -> some ApplicationProtocol {
        Application(router: try instance.workbench().router())
    }

    // MARK: - The tables

    @Test func theThreeTablesHaveTheSameKeys() {
        let keys = Set(Strings.nb.keys)
        #expect(!keys.isEmpty)
        for language in UILanguage.allCases {
            let table = Strings.table(for: language)
            #expect(Set(table.keys).subtracting(keys).sorted() == [], "\(language) has keys bokmål lacks")
            #expect(keys.subtracting(table.keys).sorted() == [], "\(language) lacks keys")
            #expect(table.values.allSatisfy { !$0.isEmpty }, "\(language) has an empty text")
            #expect(Texts.templateTable(table).count == table.count, "two keys meet as one name in the templates")
        }
    }

    @Test func everyTextATemplateUsesIsInEveryTable() throws {
        let pattern = try Regex(#"\{\{\{?\s*t\.([A-Za-z0-9_]+)\s*\}?\}\}"#)
        var used: Set<String> = []
        for (name, text) in Templates.all {
            for match in text.matches(of: pattern) {
                guard let key = match.output[1].substring else { continue }
                used.insert(String(key))
                for language in UILanguage.allCases {
                    #expect(Texts.templateTable(Strings.table(for: language))[String(key)] != nil,
                            "template \(name) uses t.\(key), which \(language) lacks")
                }
            }
        }
        #expect(used.count > 50, "the templates read their words from the tables")
    }

    @Test func everyValueTheWorkbenchNamesHasAText() {
        var keys: [String] = []
        keys += SubmissionKind.allCases.map { "kind." + $0.rawValue }
        keys += FormalType.allCases.map { "formal_type." + $0.rawValue }
        keys += ServiceArea.allCases.map { "area." + $0.rawValue }
        keys += Channel.allCases.map { "channel." + $0.rawValue }
        keys += ItemStatus.allCases.map { "status." + $0.rawValue }
        keys += Destination.allCases.map { "destination." + $0.rawValue }
        keys += Role.allCases.map { "role." + $0.rawValue }
        keys += ReviewState.allCases.map { "review_state." + $0.rawValue } + ["review_state.none"]
        keys += Navigation.entries.map(\.label)
        for key in keys { #expect(Strings.nb[key] != nil, "no text for \(key)") }
    }

    @Test func textsFallBackAndFillInPlaceholdersOnce() {
        let sv = Texts(.sv)
        #expect(sv("area.school") == "Skola" && Texts(.en)("nav.review") == "To review" && Texts(.nb)("nav.review") == "Til kontroll")
        #expect(sv("no.such.key") == "no.such.key", "a missing key shows itself, never crashes")
        #expect(Texts(.nb)("item.title", ["id": "17"]) == "Sak #17")
        #expect(Texts.fill("{a} og {b} {c}", with: ["a": "{b}", "b": "x"]) == "{b} og x {c}", "a value is not read again")
        #expect(Texts.fill("{", with: ["a": "1"]) == "{" && Texts.fill("}{a}", with: ["a": "1"]) == "}1")
    }

    @Test func thePersonsChoiceWinsOverTheWorkbenchsLanguage() {
        #expect(UILanguage.chosen(cookie: "en", standard: .sv) == .en)
        #expect(UILanguage.chosen(cookie: "xx", standard: .sv) == .sv, "an unknown cookie is ignored")
        #expect(UILanguage.chosen(cookie: nil, standard: .nb) == .nb)
    }

    @Test func datesAreShownInTheLanguagesLocale() throws {
        let workbench = try instance.workbench()
        let date = Date(timeIntervalSince1970: 1_780_000_000)
        let shown = UILanguage.allCases.map { workbench.shown(date, in: $0) }
        #expect(Set(shown).count == 3, "each language writes a date its own way (\(shown))")
        #expect(shown[0].contains(".") && shown[1].contains("-") && shown[2].contains("/"), "\(shown)")
    }

    // MARK: - Through the router

    @Test func theSignInPageIsSwedishWithTheCookie() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            browser.cookies["postmottak_lang"] = "sv"
            let page = try await browser.get("/login")
            #expect(page.status == .ok && page.body.contains(#"<html lang="sv">"#))
            #expect(page.body.contains("<h1>Logga in</h1>") && page.body.contains("Lösenord"))
            #expect(page.body.contains(#"lang="sv" hreflang="sv" aria-current="true">Svenska</a>"#))
            #expect(page.body.contains(#"href="/language/nb?back=/login" lang="nb" hreflang="nb">Norsk</a>"#))
            let wrong = try await browser.signIn("mari", "feil passord her ja")
            #expect(wrong.status == .unauthorized && wrong.body.contains("Fel användarnamn eller lösenord"))
        }
    }

    @Test func aSwedishMunicipalitysWorkbenchIsSwedishWhateverTheBrowserSays() async throws {
        var configuration = instance.configuration
        configuration.web.language = "sv"
        let swedish = Workbench(store: instance.store, pipeline: instance.pipeline, configuration: configuration,
                                logger: Logger(label: "test"))
        try await Application(router: swedish.router()).test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .get, headers: [.acceptLanguage: "en-GB,en;q=0.9"])
            let body = String(buffer: response.body)
            #expect(response.status == .ok && body.contains(#"<html lang="sv">"#) && body.contains("<h1>Logga in</h1>"))
        }
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .get, headers: [.acceptLanguage: "en-US,en;q=0.9"])
            #expect(String(buffer: response.body).contains("<h1>Logg inn</h1>"), "bokmål by default, whatever the browser")
        }
    }

    @Test func theLanguageSwitchSetsTheCookieAndGoesBack() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            let chosen = try await browser.get("/language/sv?back=/review")
            #expect(chosen.status == .seeOther && chosen.location == "/review")
            let cookie = try #require(chosen.headers[values: .setCookie].first { $0.hasPrefix("postmottak_lang=sv") })
            #expect(cookie.contains("Path=/") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Max-Age=31536000"))
            #expect(browser.cookies["postmottak_lang"] == "sv")

            #expect(try await browser.get("/language/en?back=//evil.example").location == "/")
            #expect(try await browser.get("/language/en?back=https%3A%2F%2Fevil.example").location == "/")
            #expect(try await browser.get("/language/en").location == "/")
            #expect(try await browser.get("/language/nb?back=%2Flogin%3Fnext%3D%252Freview").location == "/login?next=%2Freview")
            #expect(try await browser.get("/language/de?back=/review").status == .notFound)
        }
    }

    @Test func signedInPagesAndErrorsFollowTheLanguage() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.get("/language/en?back=/review")
            #expect(try await browser.signIn("mari", Self.password).status == .seeOther)
            let queue = try await browser.get("/review")
            #expect(queue.body.contains("<h1>To review</h1>") && queue.body.contains("Sign out") && queue.body.contains("Mailroom"))
            #expect(queue.body.contains(#"href="/language/sv?back=/review""#))
            let missing = try await browser.get("/items/999999")
            #expect(missing.status == .notFound && missing.body.contains("The page or item could not be found."))
            let swedish = Browser(client)
            swedish.cookies["postmottak_lang"] = "sv"
            let refused = try await swedish.post("/review/1", [("action", "approve")])
            #expect(refused.status == .unauthorized && refused.body.contains("Du är inte inloggad"))
        }
    }
}
