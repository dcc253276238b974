public import Foundation
import Crypto
import _CryptoExtras

/// One public key of the provider's key set (RFC 7517): RSA for RS256, or P-256 for ES256.
/// Keys for other uses or algorithms are left out of the set.
public struct JSONWebKey: Sendable {
    public let keyID: String?
    let key: Key

    enum Key: Sendable {
        case rsa(_RSA.Signing.PublicKey)
        /// The raw x‖y form (the key type itself is not Sendable).
        case p256(Data)
    }

    /// The algorithm the key verifies.
    public var algorithm: String {
        switch key {
        case .rsa: "RS256"
        case .p256: "ES256"
        }
    }

    /// Whether `signature` over `input` is this key's (RS256: PKCS #1 v1.5 with SHA-256; ES256:
    /// the 64-byte r‖s form of RFC 7518 §3.4).
    func verifies(_ signature: Data, over input: Data) -> Bool {
        switch key {
        case .rsa(let rsa):
            return rsa.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature), for: SHA256.hash(data: input),
                                        padding: .insecurePKCS1v1_5)
        case .p256(let raw):
            guard let p256 = try? P256.Signing.PublicKey(rawRepresentation: raw),
                  let ecdsa = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return p256.isValidSignature(ecdsa, for: SHA256.hash(data: input))
        }
    }

    /// The usable keys of a JWKS document (`{"keys": [...]}`).
    public static func keySet(from json: Data) throws(OpenIDError) -> [JSONWebKey] {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any], let keys = object["keys"] as? [[String: Any]]
        else { throw .metadata("the key set is not a JSON object with \"keys\"") }
        let usable = keys.compactMap(Self.init(jwk:))
        guard !usable.isEmpty else { throw .metadata("the key set has no RS256 or ES256 signing key") }
        return usable
    }

    init?(jwk: [String: Any]) {
        if let use = jwk["use"] as? String, use != "sig" { return nil }
        let alg = jwk["alg"] as? String
        keyID = jwk["kid"] as? String
        switch jwk["kty"] as? String {
        case "RSA":
            guard alg == nil || alg == "RS256", let n = (jwk["n"] as? String).flatMap(Base64URL.decode),
                  let e = (jwk["e"] as? String).flatMap(Base64URL.decode),
                  let rsa = try? _RSA.Signing.PublicKey(n: n, e: e), rsa.keySizeInBits >= 2048 else { return nil }
            key = .rsa(rsa)
        case "EC":
            guard alg == nil || alg == "ES256", jwk["crv"] as? String == "P-256",
                  let x = (jwk["x"] as? String).flatMap(Base64URL.decode), let y = (jwk["y"] as? String).flatMap(Base64URL.decode),
                  x.count == 32, y.count == 32, (try? P256.Signing.PublicKey(rawRepresentation: x + y)) != nil else { return nil }
            key = .p256(x + y)
        default:
            return nil
        }
    }
}
