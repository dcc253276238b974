import Foundation
@testable import PostmottakTransport
import Testing

@Suite struct OAuth2TokenProviderTests {
    @Test func formValuesKeepOnlyUnreservedASCII() {
        #expect(HTTPForm.encode("a b&c=d") == "a%20b%26c%3Dd")
        // Letters outside ASCII are encoded too (CharacterSet.alphanumerics would keep them).
        #expect(HTTPForm.encode("Søk+1/~") == "S%C3%B8k%2B1%2F~")
    }

    @Test func aTokenIsRenewedAFifthOfItsLifetimeBeforeItExpiresAtMostFiveMinutes() {
        #expect(OAuth2TokenProvider.renewalMargin(lifetime: 30) == 6)
        #expect(OAuth2TokenProvider.renewalMargin(lifetime: 3600) == 300)
        #expect(OAuth2TokenProvider.renewalMargin(lifetime: 86_400) == 300)
    }

    @Test func theTokenURLMustBeHTTPSOrLoopback() {
        func provider(_ url: String) -> OAuth2TokenProvider? {
            try? OAuth2TokenProvider(credentials: OAuth2ClientCredentials(tokenURL: url, clientID: "c", clientSecret: "s", scope: nil))
        }
        #expect(provider("https://login.microsoftonline.com/t/oauth2/v2.0/token") != nil)
        #expect(provider("http://127.0.0.1:8080/token") != nil)
        #expect(provider("http://[::1]:8080/token") != nil)
        #expect(provider("http://login.example.org/token") == nil)
        #expect(provider("http://127.0.0.1.example.org/token") == nil)
    }

    @Test func anUnreachableEndpointIsAnErrorThatNamesIt() throws {
        // A port nobody listens on (bound, then closed): connection refused.
        let provider = try OAuth2TokenProvider(credentials: OAuth2ClientCredentials(
            tokenURL: "http://127.0.0.1:9/token", clientID: "c", clientSecret: "secret-value", scope: nil, timeoutSeconds: 2))
        do {
            _ = try provider.token()
            Issue.record("a token from nowhere")
        } catch {
            guard case .unreachable = error else { Issue.record("\(error)"); return }
            #expect(!error.description.contains("secret-value"))
        }
        #expect(provider.expiry == nil)
    }
}
