import Crypto
import Foundation
import _CryptoExtras
@testable import PostmottakOpenID

/// Signs ID tokens as a provider does (RS256 or ES256), and publishes its public keys.
struct TokenSigner: Sendable {
    let keyID: String
    let rsa: _RSA.Signing.PrivateKey?
    let p256: Data?

    static func rsa(keyID: String = "rsa-1") throws -> TokenSigner {
        TokenSigner(keyID: keyID, rsa: try _RSA.Signing.PrivateKey(keySize: .bits2048), p256: nil)
    }

    static func p256(keyID: String = "ec-1") -> TokenSigner {
        TokenSigner(keyID: keyID, rsa: nil, p256: P256.Signing.PrivateKey().rawRepresentation)
    }

    var algorithm: String { rsa != nil ? "RS256" : "ES256" }

    /// The public key as a JWK.
    func jwk() throws -> [String: Any] {
        if let rsa {
            let primitives = try rsa.publicKey.getKeyPrimitives()
            return ["kty": "RSA", "kid": keyID, "use": "sig", "alg": "RS256", "n": Base64URL.encode(primitives.modulus),
                    "e": Base64URL.encode(primitives.publicExponent)]
        }
        let key = try P256.Signing.PrivateKey(rawRepresentation: p256 ?? Data())
        let raw = key.publicKey.rawRepresentation
        return ["kty": "EC", "kid": keyID, "use": "sig", "alg": "ES256", "crv": "P-256", "x": Base64URL.encode(raw.prefix(32)),
                "y": Base64URL.encode(raw.suffix(32))]
    }

    func keySet() throws -> Data { try JSONSerialization.data(withJSONObject: ["keys": [try jwk()]]) }

    /// A compact JWS of `claims`, with `header` fields added to (or replacing) the usual ones.
    func sign(_ claims: [String: Any], header extra: [String: Any] = [:]) throws -> String {
        var header: [String: Any] = ["alg": algorithm, "typ": "JWT", "kid": keyID]
        for (k, v) in extra { header[k] = v }
        let input = Base64URL.encode(try JSONSerialization.data(withJSONObject: header)) + "."
            + Base64URL.encode(try JSONSerialization.data(withJSONObject: claims))
        let signature: Data
        if let rsa {
            signature = try rsa.signature(for: SHA256.hash(data: Data(input.utf8)), padding: .insecurePKCS1v1_5).rawRepresentation
        } else {
            signature = try P256.Signing.PrivateKey(rawRepresentation: p256 ?? Data()).signature(for: Data(input.utf8)).rawRepresentation
        }
        return input + "." + Base64URL.encode(signature)
    }
}
