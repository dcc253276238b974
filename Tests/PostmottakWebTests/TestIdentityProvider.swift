import Crypto
import Foundation
import Hummingbird
import PostmottakOpenID
import Synchronization

/// A small OpenID Connect provider for tests, on 127.0.0.1: discovery, an ES256 key set, an
/// authorization endpoint that signs in `person` at once (or refuses, as a person who cancels),
/// and a token endpoint that checks the code, the client, the redirect and the PKCE verifier
/// as a real provider does, and answers with a signed ID token carrying the request's nonce.
final class TestIdentityProvider: Sendable {
    struct Person: Sendable {
        var subject: String
        var username: String
        var roles: [String]
        var refuses = false
    }

    private struct Grant {
        var clientID: String
        var redirectURI: String
        var challenge: String
        var nonce: String
        var person: Person
    }

    let clientID: String
    /// The signing key's raw form (the key type is not Sendable).
    private let rawKey = P256.Signing.PrivateKey().rawRepresentation
    private var key: P256.Signing.PrivateKey { (try? P256.Signing.PrivateKey(rawRepresentation: rawKey)) ?? P256.Signing.PrivateKey() }
    private let state: Mutex<(person: Person, grants: [String: Grant], issuer: String, tokensIssued: Int)>

    init(clientID: String = "postmottak", person: Person) {
        self.clientID = clientID
        state = Mutex((person, [:], "", 0))
    }

    /// Who signs in next.
    var person: Person {
        get { state.withLock { $0.person } }
        set { state.withLock { $0.person = newValue } }
    }

    var tokensIssued: Int { state.withLock { $0.tokensIssued } }

    /// The provider's issuer, once its port is known.
    func setIssuer(_ issuer: String) { state.withLock { $0.issuer = issuer } }
    var issuer: String { state.withLock { $0.issuer } }

    func application() -> some ApplicationProtocol {
        let router = Router()
        router.get("/.well-known/openid-configuration") { _, _ in
            let issuer = self.issuer
            return Self.json(["issuer": issuer, "authorization_endpoint": issuer + "/auth", "token_endpoint": issuer + "/token",
                              "jwks_uri": issuer + "/certs", "response_types_supported": ["code"],
                              "code_challenge_methods_supported": ["S256"], "id_token_signing_alg_values_supported": ["ES256"]])
        }
        router.get("/certs") { _, _ in
            let raw = self.key.publicKey.rawRepresentation
            return Self.json(["keys": [["kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": "test-1",
                                        "x": Base64URL.encode(raw.prefix(32)), "y": Base64URL.encode(raw.suffix(32))]]])
        }
        router.get("/auth") { request, _ in
            let q = request.uri.queryParameters
            guard q["response_type"] == "code", q["code_challenge_method"] == "S256", let challenge = q["code_challenge"],
                  let redirect = q["redirect_uri"], let client = q["client_id"], let state = q["state"], let nonce = q["nonce"],
                  q["scope"].map({ $0.split(separator: " ").contains("openid") }) == true
            else { return Response(status: .badRequest) }
            let person = self.person
            let back: String
            if person.refuses {
                back = "\(redirect)?error=access_denied&state=\(state)"
            } else {
                let code = PKCE.randomToken()
                self.state.withLock {
                    $0.grants[code] = Grant(clientID: String(client), redirectURI: String(redirect), challenge: String(challenge),
                                            nonce: String(nonce), person: person)
                }
                back = "\(redirect)?code=\(code)&state=\(state)"
            }
            return Response(status: .found, headers: [.location: back])
        }
        router.post("/token") { request, context in
            let body = try await request.body.collect(upTo: 65_536)
            var form: [String: String] = [:]
            for pair in String(buffer: body).split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? "" }
                if kv.count == 2 { form[kv[0]] = kv[1] }
            }
            // A code is good once.
            guard form["grant_type"] == "authorization_code", let code = form["code"],
                  let grant = self.state.withLock({ $0.grants.removeValue(forKey: code) })
            else { return Self.json(["error": "invalid_grant"], status: .badRequest) }
            guard form["client_id"] == grant.clientID, grant.clientID == self.clientID, form["redirect_uri"] == grant.redirectURI,
                  let verifier = form["code_verifier"], PKCE(verifier: verifier).challenge == grant.challenge
            else { return Self.json(["error": "invalid_grant"], status: .badRequest) }
            let now = Date().timeIntervalSince1970
            let claims: [String: Any] = ["iss": self.issuer, "aud": self.clientID, "sub": grant.person.subject, "nonce": grant.nonce,
                                         "iat": now, "exp": now + 300, "preferred_username": grant.person.username,
                                         "roles": grant.person.roles]
            let token = try self.sign(claims)
            self.state.withLock { $0.tokensIssued += 1 }
            return Self.json(["access_token": "opaque", "token_type": "Bearer", "expires_in": 300, "id_token": token])
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    private func sign(_ claims: [String: Any]) throws -> String {
        let header = ["alg": "ES256", "typ": "JWT", "kid": "test-1"]
        let input = Base64URL.encode(try JSONSerialization.data(withJSONObject: header)) + "."
            + Base64URL.encode(try JSONSerialization.data(withJSONObject: claims))
        return input + "." + Base64URL.encode(try key.signature(for: Data(input.utf8)).rawRepresentation)
    }

    private static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
