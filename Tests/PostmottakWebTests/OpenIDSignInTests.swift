import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Logging
import PostmottakApp
import PostmottakConfig
import PostmottakCore
import PostmottakStore
import PostmottakWeb
import Testing

/// Signing in through the municipality's identity provider, against a provider on 127.0.0.1:
/// the authorization code flow with PKCE, the role from the token's claim, and every way it
/// must refuse.
@Suite struct OpenIDSignInTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-oidc-\(UUID().uuidString)")

    func instance(issuer: String) throws -> Instance {
        var config = PostmottakConfiguration.defaults
        config.web.openID = .init(
            issuer: issuer, clientID: "postmottak", clientSecret: nil, scopes: ["openid", "profile"], nameClaim: "preferred_username",
            roleClaim: "roles", roles: [.init(claim: "Postmottak.Arkiv", role: .archivist), .init(claim: "Postmottak.Mottak", role: .mailroom)],
            label: nil, caFile: nil, timeoutSeconds: 5)
        return try Instance(configuration: config, dataDirectory: root.path, logger: Logger(label: "test"))
    }

    /// The browser's trip: the workbench sends it to the provider, the provider back with a code.
    func signIn(_ browser: Browser, at idp: some TestClientProtocol, issuer: String) async throws -> Browser.Page {
        let start = try await browser.get("/login/openid?next=%2Fsearch")
        let authorize = try #require(start.location)
        #expect(start.status == .seeOther && authorize.hasPrefix(issuer + "/auth?"))
        #expect(authorize.contains("code_challenge_method=S256") && authorize.contains("nonce=") && !authorize.contains("code_verifier"))
        let answer = try await idp.execute(uri: String(authorize.dropFirst(issuer.count)), method: .get, headers: [:], body: nil)
        let back = try #require(answer.headers[.location])
        #expect(back.hasPrefix("http://127.0.0.1:8080/login/openid/callback?"))
        return try await browser.get(String(back.dropFirst("http://127.0.0.1:8080".count)))
    }

    @Test func aPersonSignsInThroughTheProviderWithTheRoleOfTheirClaim() async throws {
        let provider = TestIdentityProvider(person: .init(subject: "7f3c-11", username: "Mari.Hansen@kommune.example",
                                                          roles: ["Andre", "Postmottak.Mottak"]))
        try await provider.application().test(.live) { idp in
            let issuer = "http://127.0.0.1:\(try #require(idp.port))"
            provider.setIssuer(issuer)
            let instance = try instance(issuer: issuer)
            try await Application(router: try instance.workbench().router()).test(.router) { client in
                let browser = Browser(client)
                let login = try await browser.get("/login")
                #expect(login.body.contains("href=\"/login/openid?next=%2F\"") && login.body.contains("Logg inn med kommunens konto"))

                let landed = try await signIn(browser, at: idp, issuer: issuer)
                #expect(landed.status == .ok && landed.headers[HTTPField.Name("Refresh")!] == "0; url=/search",
                        "a page that goes on, so the SameSite=Strict session cookie is sent")
                #expect(try await browser.get("/review").status == .ok, "signed in, as mailroom")
                #expect(try await browser.get("/outbox").status == .forbidden, "and only as mailroom")
                let account = try #require(try instance.store.account(named: "mari.hansen@kommune.example"))
                #expect(account.role == .mailroom && account.passwordHash == nil && account.externalId == issuer + "#7f3c-11")
                #expect(try instance.store.auditEvents().contains {
                    $0.action == "login" && $0.actor == "mari.hansen@kommune.example" && $0.detail?.contains("identity provider") == true
                })
                #expect(provider.tokensIssued == 1)

                // The provider gives her the archivist's role: the next sign-in carries it.
                provider.person.roles = ["Postmottak.Arkiv"]
                let again = Browser(client)
                _ = try await signIn(again, at: idp, issuer: issuer)
                #expect(try await again.get("/outbox").status == .ok)
                #expect(try instance.store.account(named: "mari.hansen@kommune.example")?.role == .archivist)
                #expect(try instance.store.accounts().count == 1, "the same account, by issuer and subject")
            }
        }
    }

    @Test func theProviderIsRefusedWhereItMustBe() async throws {
        let provider = TestIdentityProvider(person: .init(subject: "a1", username: "ola", roles: ["Postmottak.Mottak"]))
        try await provider.application().test(.live) { idp in
            let issuer = "http://127.0.0.1:\(try #require(idp.port))"
            provider.setIssuer(issuer)
            let instance = try instance(issuer: issuer)
            try await Application(router: try instance.workbench().router()).test(.router) { client in
                // A callback this browser did not begin (another's state, or none) is refused.
                let victim = Browser(client), attacker = Browser(client)
                let start = try #require(try await attacker.get("/login/openid").location)
                let answer = try await idp.execute(uri: String(start.dropFirst(issuer.count)), method: .get, headers: [:], body: nil)
                let callback = String(try #require(answer.headers[.location]).dropFirst("http://127.0.0.1:8080".count))
                let forced = try await victim.get(callback)
                #expect(forced.status == .forbidden && victim.cookies[SessionCookie.name] == nil, "no sign-in forced on another browser")
                #expect(try await attacker.get(callback).status == .ok, "the browser that began it still may finish")
                #expect(try await attacker.get(callback).status == .forbidden, "once")

                // A person who cancels at the provider.
                provider.person.refuses = true
                let cancelled = try await signIn(Browser(client), at: idp, issuer: issuer)
                #expect(cancelled.status == .unauthorized && cancelled.body.contains("ble ikke godtatt"))
                provider.person.refuses = false

                // No role for Postmottak in the token.
                provider.person.roles = ["Økonomi"]
                let roleless = try await signIn(Browser(client), at: idp, issuer: issuer)
                #expect(roleless.status == .forbidden && roleless.body.contains("ingen rolle"))

                // A local account of the same name is never taken over.
                try instance.store.addAccount(name: "per", role: .admin, passwordHash: "x", by: "test")
                provider.person = .init(subject: "c3", username: "Per", roles: ["Postmottak.Mottak"])
                let taken = try await signIn(Browser(client), at: idp, issuer: issuer)
                #expect(taken.status == .conflict)
                #expect(try instance.store.account(named: "per")?.role == .admin)

                // A disabled account stays out.
                provider.person = .init(subject: "b2", username: "eva", roles: ["Postmottak.Mottak"])
                _ = try await signIn(Browser(client), at: idp, issuer: issuer)
                try instance.store.disableAccount("eva", by: "test")
                let disabled = try await signIn(Browser(client), at: idp, issuer: issuer)
                #expect(disabled.status == .forbidden && disabled.body.contains("deaktivert"))
                let refusals = try instance.store.auditEvents().filter { $0.action == "login_refused" }
                #expect(refusals.count == 6, "each refusal is recorded (\(refusals.map { $0.detail ?? "" }))")
            }
        }
    }

    @Test func aProviderThatIsDownGivesAClearPageAndPasswordsStillWork() async throws {
        let instance = try instance(issuer: "http://127.0.0.1:9")
        try await Application(router: try instance.workbench().router()).test(.router) { client in
            let page = try await Browser(client).get("/login/openid")
            #expect(page.status == .badGateway && page.body.contains("virker ikke akkurat nå") && page.body.contains("name=\"password\""))
        }
    }
}

/// The session cookie's name, as the browser sees it.
enum SessionCookie {
    static let name = "postmottak_session"
}
