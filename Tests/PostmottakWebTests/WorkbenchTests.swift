import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PostmottakApp
import PostmottakConfig
import PostmottakCore
import PostmottakIntake
import PostmottakPipeline
import PostmottakStore
import PostmottakWeb
import Testing

/// The workbench through its router, as a browser uses it: sessions, form tokens, roles, and
/// what a person's action does to an item.
@Suite struct WorkbenchTests {
    let root: URL
    let instance: Instance
    static let password = "korrekt hest batteri stift"

    /// An instance that sends everything to review (so a test has mail waiting), with a
    /// mailroom clerk, an archivist and a quality reader.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-web-\(UUID().uuidString)")
        var config = PostmottakConfiguration.defaults
        config.classify.reviewBelow = 0.999
        config.intake.maxMessageBytes = 100_000
        instance = try Instance(configuration: config, dataDirectory: root.path, logger: Logger(label: "test"))
        // A low bcrypt cost keeps the tests quick; verification reads the cost from the hash.
        let hash = try PasswordHasher.hash(Self.password, cost: 4)
        for (name, role) in [("mari", Role.mailroom), ("arne", .archivist), ("kari", .quality), ("ada", .admin)] {
            try instance.store.addAccount(name: name, role: role, passwordHash: hash, by: "test")
        }
    }

    func app() throws -> some ApplicationProtocol {
        Application(router: try instance.workbench().router())
    }

    func ingest(_ name: String, _ text: String) async throws -> IntakeItem {
        let url = root.appendingPathComponent("in/\(name)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: url)
        let outcome = try instance.intake.capture(fileAt: url, name: name)
        try await instance.drain()
        let id = try #require(outcome.item.id)
        return try #require(try instance.store.item(id))
    }

    static let pothole = """
        From: Ola Nordmann <ola@example.org>
        Subject: Hull i veien

        Det er et stort hull i asfalten i Storgata ved bussholdeplassen, og bilene svinger ut i motsatt felt for å unngå det.
        """

    static let care = """
        From: Kari Hansen <kari@example.org>
        Subject: Mor

        Mor min har diabetes og demens, og hjemmesykepleien glemte insulinet hennes tre kvelder på rad denne uken.
        """

    @Test func everyPageButSignInAndHealthNeedsASession() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            let review = try await browser.get("/review")
            #expect(review.status == .seeOther && review.location == "/login?next=%2Freview")
            #expect(try await browser.get("/health/live").status == .ok)
            #expect(try await browser.get("/login").status == .ok)
            #expect(try await browser.get("/static/workbench.css").status == .ok)
            #expect(try await browser.post("/review/1", [("action", "approve")]).status == .unauthorized)
            #expect(try await browser.get("/items/1/original").status == .seeOther)
            let page = try await browser.get("/login")
            #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            #expect(page.body.contains(#"<html lang="nb">"#) && page.body.contains(#"<label for="password">"#))
        }
    }

    /// Every route the router has, asked without a session: only sign-in, health, the static
    /// files and the language choice answer; every other page sends to sign-in (303) and every
    /// action is refused (401). A route added later is asked too.
    @Test func everyRouteTheRouterHasNeedsASessionButTheOpenOnes() async throws {
        let router = try instance.workbench().router()
        let open: Set<String> = ["/login", "/login/openid", "/login/openid/callback", "/health/live", "/health/ready",
                                 "/favicon.ico", "/static/workbench.css", "/static/workbench.js", "/language/{code}"]
        let routes = router.routes.map { (method: $0.method, path: $0.path.description) }
        #expect(routes.count >= 30)
        #expect(Set(routes.map(\.path)).isSuperset(of: open))
        try await Application(router: router).test(.router) { client in
            for route in routes where !open.contains(route.path) {
                let uri = route.path.split(separator: "/").map { $0.hasPrefix("{") || $0.hasPrefix(":") ? "1" : String($0) }.joined(separator: "/")
                let browser = Browser(client)
                let page = route.method == .get ? try await browser.get("/" + uri) : try await browser.post("/" + uri, [], csrf: "none")
                if route.method == .get {
                    #expect(page.status == .seeOther && page.location?.hasPrefix("/login?next=") == true, "\(route.method) \(route.path): \(page.status)")
                } else {
                    #expect(page.status == .unauthorized, "\(route.method) \(route.path): \(page.status)")
                }
                #expect(!page.body.contains("Storgata"), "\(route.path) shows nothing of an item")
            }
        }
    }

    @Test func signingInNeedsTheRightPasswordAndTheFormsOwnToken() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.get("/login")
            let forged = try await browser.post("/login", [("name", "mari"), ("password", Self.password)], csrf: "forged")
            #expect(forged.status == .forbidden && browser.cookies["postmottak_session"] == nil)
            let wrong = try await browser.signIn("mari", "feil passord her ja")
            #expect(wrong.status == .unauthorized && wrong.body.contains("Feil brukernavn eller passord"))
            let right = try await browser.signIn("MARI", Self.password)
            #expect(right.status == .seeOther && right.location == "/review")
            let token = try #require(browser.cookies["postmottak_session"])
            #expect(try await browser.get("/review").status == .ok)
            #expect(right.headers[values: .setCookie].contains { $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
            // The store keeps only a digest of the cookie's token.
            let sessions = try String(contentsOfFile: instance.store.path, encoding: .isoLatin1)
            #expect(!sessions.contains(token))
            let actions = try instance.store.auditEvents().map(\.action)
            #expect(actions.contains("login") && actions.contains("login_failed"))
        }
    }

    @Test func aSecondSignInPageDoesNotSpoilAnOpenForm() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.get("/login")
            let token = try #require(browser.formToken())
            // The browser's request for an icon, or a second tab, opens the sign-in page again.
            _ = try await browser.get("/login?next=%2Ffavicon.ico")
            let signedIn = try await browser.post("/login", [("name", "mari"), ("password", Self.password)], csrf: token)
            #expect(signedIn.status == .seeOther && browser.cookies["postmottak_session"] != nil)
        }
    }

    @Test func tooManyFailedSignInsMakeTheNameWaitEvenWithTheRightPassword() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            for _ in 0..<5 { #expect(try await browser.signIn("arne", "nesten riktig passord").status == .unauthorized) }
            let locked = try await browser.signIn("arne", Self.password)
            #expect(locked.status == .tooManyRequests && browser.cookies["postmottak_session"] == nil)
            #expect(try await browser.signIn("mari", Self.password).status == .seeOther, "another name is not locked")
        }
    }

    @Test func aClerkCorrectsAnUnsureMailApprovesItAndSeesItsNumber() async throws {
        let item = try await ingest("hull.eml", Self.pothole)
        let id = try #require(item.id)
        #expect(item.status == .review)
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.signIn("mari", Self.password)
            let queue = try await browser.get("/review")
            #expect(queue.body.contains("href=\"/review/\(id)\""))
            let page = try await browser.get("/review/\(id)")
            #expect(page.status == .ok && page.body.contains("Det er et stort hull i asfalten"))
            // A form without the session's token changes nothing.
            let forged = try await browser.post("/review/\(id)", [("kind", "praise"), ("action", "approve")], csrf: "x")
            #expect(forged.status == .forbidden)
            #expect(try instance.store.item(id)?.status == .review)
            let approved = try await browser.post("/review/\(id)", [
                ("kind", "deviation"), ("formal_type", ""), ("service_area", "roads_traffic"), ("sensitive", "false"), ("action", "approve"),
            ])
            #expect(approved.status == .seeOther && approved.location == "/review?done=\(id)")
            let after = try #require(try instance.store.item(id))
            let reference = try #require(after.reference, "approved: numbered")
            #expect(after.kind == .deviation && after.serviceArea == .roadsTraffic)
            let notice = try await browser.get(try #require(approved.location))
            #expect(notice.body.contains(reference))
            let events = try instance.store.events(of: id)
            #expect(events.contains { $0.actor == "mari" && $0.reason.contains("approved by mari") })
        }
    }

    @Test func sensitiveItemsTheirTextAndOriginalsAreForArchivistsOnly() async throws {
        let item = try await ingest("mor.eml", Self.care)
        let id = try #require(item.id)
        #expect(item.sensitive == true)
        try await app().test(.router) { client in
            let clerk = Browser(client)
            _ = try await clerk.signIn("mari", Self.password)
            #expect(try await clerk.get("/review/\(id)").status == .forbidden)
            let shown = try await clerk.get("/items/\(id)")
            #expect(shown.status == .ok && !shown.body.contains("insulinet") && shown.body.contains("bare for arkivarer"))
            #expect(try await clerk.get("/items/\(id)/original").status == .forbidden)

            let quality = Browser(client)
            _ = try await quality.signIn("kari", Self.password)
            #expect(try await quality.get("/items/\(id)").body.contains("insulinet") == false)
            #expect(try await quality.get("/review").status == .forbidden)
            let found = try await quality.get("/search?sender=kari")
            #expect(found.body.contains("href=\"/items/\(id)\"") && !found.body.contains("Mor<") && found.body.contains("(skjermet)"),
                    "a sensitive item's subject and sender stay hidden in the results")
            #expect(!(try await quality.get("/search?q=insulinet").body.contains("href=\"/items/\(id)\"")),
                    "a sensitive text's words find nothing for those who may not read it")

            let archivist = Browser(client)
            _ = try await archivist.signIn("arne", Self.password)
            #expect(try await archivist.get("/review/\(id)").body.contains("insulinet"))
            #expect(try await archivist.get("/search?q=insulinet").body.contains("href=\"/items/\(id)\""))
            let original = try await archivist.get("/items/\(id)/original")
            #expect(original.status == .ok && original.body.contains("From: Kari Hansen"))
            #expect(original.headers[.contentDisposition] == "attachment; filename=\"postmottak-\(id).eml\"")
            #expect(try instance.store.auditEvents().contains { $0.action == "original_downloaded" && $0.actor == "arne" })
        }
    }

    @Test func aQuarantinedItemIsDiscardedOnlyWithAReasonAndKeepsItsTrace() async throws {
        let junk = try await ingest("junk.eml", "bare tekst\nuten hode\n")
        let id = try #require(junk.id)
        #expect(junk.status == .quarantined)
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.signIn("mari", Self.password)
            #expect(try await browser.get("/quarantine").body.contains("href=\"/quarantine/\(id)\""))
            let page = try await browser.get("/quarantine/\(id)")
            #expect(page.body.contains("not an e-mail message") && !page.body.contains("Last ned originalen"))
            #expect(try await browser.post("/quarantine/\(id)/discard", [("reason", "  ")]).status == .badRequest)
            _ = try await browser.get("/quarantine/\(id)")
            let done = try await browser.post("/quarantine/\(id)/discard", [("reason", "testfil fra skanneren")])
            #expect(done.status == .seeOther)
            let after = try #require(try instance.store.item(id))
            #expect(after.status == .ignored && after.reason?.contains("testfil fra skanneren") == true)
            #expect(try instance.store.blobs.get(after.originalSha256).count > 0, "nothing is deleted")
            #expect(try instance.store.events(of: id).last?.actor == "mari")
        }
    }

    @Test func signingOutOrADisabledAccountEndsTheSession() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.signIn("mari", Self.password)
            #expect(try await browser.get("/review").status == .ok)
            #expect(try await browser.post("/logout", []).status == .seeOther)
            #expect(try await browser.get("/review").status == .seeOther)

            let other = Browser(client)
            _ = try await other.signIn("arne", Self.password)
            #expect(try await other.get("/search").status == .ok)
            try instance.store.disableAccount("arne", by: "test")
            #expect(try await other.get("/search").status == .seeOther)
            #expect(try await other.signIn("arne", Self.password).status == .unauthorized)
        }
    }

    @Test func anAdministratorAddsAndDisablesAccountsAndOnlyAnAdministrator() async throws {
        try await app().test(.router) { client in
            let clerk = Browser(client)
            _ = try await clerk.signIn("mari", Self.password)
            #expect(try await clerk.get("/admin/users").status == .forbidden)

            let admin = Browser(client)
            _ = try await admin.signIn("ada", Self.password)
            #expect(try await admin.get("/admin/users").body.contains("<td>mari</td>"))
            let short = try await admin.post("/admin/users", [("name", "nils"), ("role", "archivist"), ("password", "kort")])
            #expect(short.status == .badRequest && short.body.contains("at least 12"))
            _ = try await admin.get("/admin/users")
            let added = try await admin.post("/admin/users", [("name", "Nils"), ("role", "archivist"), ("password", "nils sitt lange passord")])
            #expect(added.location == "/admin/users?added=nils")
            #expect(try await admin.get("/admin/users?added=nils").body.contains("nils er lagt til"))
            #expect(try await admin.get("/admin/users?added=Ring+oss+p%C3%A5+555").body.contains("Ring oss") == false,
                    "a link cannot put words on the page")
            let nils = Browser(client)
            #expect(try await nils.signIn("nils", "nils sitt lange passord").status == .seeOther)
            #expect(try await nils.get("/outbox").status == .ok, "an archivist")
            _ = try await admin.get("/admin/users")
            #expect(try await admin.post("/admin/users/nils/disable", []).status == .seeOther)
            #expect(try await nils.get("/outbox").status == .seeOther, "the disabled account's session ended")
            _ = try await admin.get("/admin/users")
            #expect(try await admin.post("/admin/users/ada/disable", []).status == .badRequest, "not one's own account")
            let audit = try instance.store.auditEvents()
            #expect(audit.contains { $0.action == "account_added" && $0.actor == "ada" && $0.target == "nils" })
            #expect(audit.contains { $0.action == "account_disabled" && $0.actor == "ada" && $0.target == "nils" })
        }
    }

    @Test func aFormFromAnotherSiteIsRefused() async throws {
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.signIn("mari", Self.password)
            _ = try await browser.get("/review")
            let posted = try await browser.post("/logout", [], origin: "https://evil.example")
            #expect(posted.status == .forbidden)
            #expect(try await browser.get("/review").status == .ok, "still signed in")
        }
    }

    @Test func searchFindsAnItemByItsReferenceNumberOrID() async throws {
        let item = try await ingest("hull2.eml", Self.pothole.replacingOccurrences(of: "Storgata", with: "Kirkegata"))
        let id = try #require(item.id)
        try ReviewQueue(store: instance.store, pipeline: instance.pipeline).approve(id, by: "test")
        let reference = try #require(try instance.store.item(id)?.reference)
        try await app().test(.router) { client in
            let browser = Browser(client)
            _ = try await browser.signIn("kari", Self.password)
            #expect(try await browser.get("/search?q=FJV-2099-999999").body.contains("Fant ingen sak"))
            #expect(try await browser.get("/search?q=\(reference.lowercased())").location == "/items/\(id)")
            // As OCR and people write it: lower case, spaces, the letter O for a zero.
            let confused = reference.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "0", with: "O")
            #expect(try await browser.get("/search?q=\(Browser.encode(confused))").location == "/items/\(id)")
            // A browser's GET form writes a space as "+".
            let plussed = Browser.encode(confused).replacingOccurrences(of: "%20", with: "+")
            #expect(try await browser.get("/search?q=\(plussed)&sender=&kind=").location == "/items/\(id)")
            let bySender = try await browser.get("/search?sender=NORDMANN&kind=deviation")
            #expect(bySender.status == .ok && bySender.body.contains("href=\"/items/\(id)\"") && bySender.body.contains("Hull i veien"))
            #expect(!(try await browser.get("/search?sender=nordmann&kind=praise").body.contains("href=\"/items/\(id)\"")))
            #expect(try await browser.get("/search?q=%23\(id)").location == "/items/\(id)")
            let byWords = try await browser.get("/search?q=asfalten+kirke")
            #expect(byWords.status == .ok && byWords.body.contains("href=\"/items/\(id)\""), "words in the text, by their start")
            #expect(!(try await browser.get("/search?q=asfalten+sykkel").body.contains("href=\"/items/\(id)\"")))
            let page = try await browser.get("/items/\(id)")
            #expect(page.body.contains(reference) && page.body.contains("Kirkegata"), "quality reads what is not sensitive")
        }
    }
}
