public import Foundation
import Crypto

/// Proof Key for Code Exchange (RFC 7636) with the S256 method: the verifier stays here, the
/// provider sees only its SHA-256, so a stolen authorization code is worth nothing.
public struct PKCE: Sendable, Equatable {
    /// 43 characters of base64url (256 random bits).
    public let verifier: String

    public init(verifier: String) {
        self.verifier = verifier
    }

    /// A new verifier from the system's random generator.
    public static func random() -> PKCE { PKCE(verifier: randomToken()) }

    /// `BASE64URL(SHA256(verifier))`.
    public var challenge: String { Base64URL.encode(Data(SHA256.hash(data: Data(verifier.utf8)))) }

    /// 256 random bits as 43 base64url characters (also used for `state` and `nonce`).
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base64URL.encode((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}
