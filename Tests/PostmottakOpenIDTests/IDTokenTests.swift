import Foundation
@testable import PostmottakOpenID
import Testing

@Suite struct IDTokenTests {
    static let issuer = "https://idp.kommune.example/realms/ansatte"
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func claims(_ changes: [String: Any] = [:]) -> [String: Any] {
        var c: [String: Any] = ["iss": Self.issuer, "aud": "postmottak", "sub": "f3a1-77", "nonce": "n-123",
                                "exp": now.timeIntervalSince1970 + 300, "iat": now.timeIntervalSince1970, "preferred_username": "Mari.Hansen",
                                "roles": ["Postmottak.Mottak", "Other"]]
        for (k, v) in changes { c[k] = v }
        return c
    }

    func verify(_ token: String, keys: [JSONWebKey]) throws(OpenIDError) -> IDToken {
        try IDToken(verifying: token, keys: keys, issuer: Self.issuer, clientID: "postmottak", nonce: "n-123", now: now)
    }

    @Test func aTokenSignedByTheProviderForThisSignInIsAccepted() throws {
        for signer in [try TokenSigner.rsa(), TokenSigner.p256()] {
            let keys = try JSONWebKey.keySet(from: try signer.keySet())
            let token = try verify(try signer.sign(claims()), keys: keys)
            #expect(token.subject == "f3a1-77" && token.strings("preferred_username") == ["Mari.Hansen"])
            #expect(token.strings("roles") == ["Postmottak.Mottak", "Other"], "\(signer.algorithm)")
        }
    }

    @Test func everyCheckOfTheSpecificationRefusesWhatItMust() throws {
        let signer = try TokenSigner.rsa()
        let keys = try JSONWebKey.keySet(from: try signer.keySet())
        let stranger = try TokenSigner.rsa(keyID: "rsa-1")
        let cases: [(String, String)] = [
            ("another key's signature", try stranger.sign(claims())),
            ("another issuer", try signer.sign(claims(["iss": "https://evil.example"]))),
            ("another client", try signer.sign(claims(["aud": "someone-else"]))),
            ("another party among several audiences", try signer.sign(claims(["aud": ["postmottak", "x"], "azp": "x"]))),
            ("expired", try signer.sign(claims(["exp": now.timeIntervalSince1970 - 600]))),
            ("not yet valid", try signer.sign(claims(["nbf": now.timeIntervalSince1970 + 600]))),
            ("another sign-in's nonce", try signer.sign(claims(["nonce": "n-999"]))),
            ("no nonce", try signer.sign(claims().filter { $0.key != "nonce" })),
            ("no subject", try signer.sign(claims(["sub": ""]))),
            ("an unknown key id", try signer.sign(claims(), header: ["kid": "rsa-2"])),
            ("alg none", try signer.sign(claims(), header: ["alg": "none"])),
            ("a MAC", try signer.sign(claims(), header: ["alg": "HS256"])),
            ("critical headers", try signer.sign(claims(), header: ["crit": ["exp"]])),
            ("not a JWT", "abc.def"),
        ]
        for (what, token) in cases {
            #expect(throws: OpenIDError.self, "\(what) is refused") { try verify(token, keys: keys) }
        }
        // The payload changed after signing.
        let parts = try signer.sign(claims()).split(separator: ".").map(String.init)
        let forged = parts[0] + "." + Base64URL.encode(try JSONSerialization.data(withJSONObject: claims(["sub": "admin"]))) + "." + parts[2]
        #expect(throws: OpenIDError.invalidToken("its signature is not the provider's")) { try verify(forged, keys: keys) }
        let skewed = try signer.sign(claims(["exp": now.timeIntervalSince1970 - 60]))
        #expect(try verify(skewed, keys: keys).subject == "f3a1-77", "two minutes of clock skew are allowed")
    }

    @Test func keysForOtherUsesAndWeakKeysAreLeftOut() throws {
        var jwk = try TokenSigner.rsa().jwk()
        jwk["use"] = "enc"
        #expect(throws: OpenIDError.self) { try JSONWebKey.keySet(from: try JSONSerialization.data(withJSONObject: ["keys": [jwk]])) }
        #expect(throws: OpenIDError.self) { try JSONWebKey.keySet(from: Data("[]".utf8)) }
    }

    @Test func pkceIsTheSpecificationsS256() {
        // The expected value is Python's: base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()), unpadded.
        #expect(PKCE(verifier: "dBjftJeZ4CVP-mJ92K9mQVVnIJfV0ArTVaB0qbw5L7Q").challenge == "FaBWbP9I6AgRuLKKy80-_T7AGjUKTvZ8Irm4X7ByzLk")
        let a = PKCE.random(), b = PKCE.random()
        #expect(a.verifier.count == 43 && a.verifier != b.verifier)
        #expect(Base64URL.decode(Base64URL.encode(Data([0xFB, 0xFF, 0x00]))) == Data([0xFB, 0xFF, 0x00]))
        #expect(Base64URL.decode("a+b") == nil)
    }

    @Test func theDiscoveryDocumentMustNameTheIssuerAndOfferTheCodeFlow() throws {
        func document(_ changes: [String: Any]) throws -> Data {
            var d: [String: Any] = ["issuer": Self.issuer, "authorization_endpoint": Self.issuer + "/auth", "token_endpoint": Self.issuer + "/token",
                                    "jwks_uri": Self.issuer + "/certs", "response_types_supported": ["code", "id_token"],
                                    "code_challenge_methods_supported": ["plain", "S256"]]
            for (k, v) in changes { d[k] = v }
            return try JSONSerialization.data(withJSONObject: d)
        }
        #expect(try ProviderMetadata(discovery: try document([:]), issuer: Self.issuer).tokenEndpoint == Self.issuer + "/token")
        #expect(throws: OpenIDError.self) { try ProviderMetadata(discovery: try document(["issuer": "https://other"]), issuer: Self.issuer) }
        #expect(throws: OpenIDError.self) { try ProviderMetadata(discovery: try document(["token_endpoint": "http://idp.example/token"]), issuer: Self.issuer) }
        #expect(throws: OpenIDError.self) { try ProviderMetadata(discovery: try document(["code_challenge_methods_supported": ["plain"]]), issuer: Self.issuer) }
        #expect(ProviderMetadata.isSecure("http://127.0.0.1:9000/token") && !ProviderMetadata.isSecure("http://10.0.0.1/token"))
    }
}
