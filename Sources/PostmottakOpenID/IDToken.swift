public import Foundation

/// An ID token the provider signed, checked as OpenID Connect Core §3.1.3.7 asks: signed
/// with RS256 or ES256 by a key of the provider's set (never `none`, never a MAC), issued by
/// the issuer, for this client, not expired, and carrying the nonce of this sign-in.
public struct IDToken: Sendable {
    /// The token's claims (JSON values).
    public let claims: [String: any Sendable]

    /// The subject: the provider's stable id of the person.
    public var subject: String { claims["sub"] as? String ?? "" }

    /// A claim as a list of strings (a single string is a list of one).
    public func strings(_ claim: String) -> [String] {
        if let one = claims[claim] as? String { return [one] }
        return (claims[claim] as? [any Sendable])?.compactMap { $0 as? String } ?? []
    }

    /// How far the provider's clock may be from ours.
    public static let clockSkew: TimeInterval = 120

    /// Checks `compact` (header.payload.signature) and returns its claims.
    public init(verifying compact: String, keys: [JSONWebKey], issuer: String, clientID: String, nonce: String,
                now: Date = Date()) throws(OpenIDError) {
        let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = Base64URL.decode(parts[0]), let payload = Base64URL.decode(parts[1]),
              let signature = Base64URL.decode(parts[2]),
              let header = try? JSONSerialization.jsonObject(with: headerData) as? [String: Any],
              let claims = try? JSONSerialization.jsonObject(with: payload) as? [String: Any]
        else { throw .invalidToken("it is not a signed JSON Web Token") }
        guard let alg = header["alg"] as? String, ["RS256", "ES256"].contains(alg) else {
            throw .invalidToken("it is signed with \(header["alg"] as? String ?? "nothing"), not RS256 or ES256")
        }
        if header["crit"] != nil { throw .invalidToken("it has critical header parameters this workbench does not know") }
        let kid = header["kid"] as? String
        let candidates = keys.filter { $0.algorithm == alg && (kid == nil || $0.keyID == nil || $0.keyID == kid) }
        guard !candidates.isEmpty else { throw .invalidToken("no key of the provider's set has id \(kid ?? "(none)") for \(alg)") }
        let input = Data(compact.utf8.prefix(parts[0].utf8.count + 1 + parts[1].utf8.count))
        guard candidates.contains(where: { $0.verifies(signature, over: input) }) else {
            throw .invalidToken("its signature is not the provider's")
        }
        guard claims["iss"] as? String == issuer else {
            throw .invalidToken("it was issued by \(claims["iss"] as? String ?? "nobody"), not \(issuer)")
        }
        let audience = (claims["aud"] as? String).map { [$0] } ?? (claims["aud"] as? [Any])?.compactMap { $0 as? String } ?? []
        guard audience.contains(clientID) else { throw .invalidToken("it is not for this client (\(clientID))") }
        if audience.count > 1, let azp = claims["azp"] as? String, azp != clientID {
            throw .invalidToken("it was requested by another party (\(azp))")
        }
        func time(_ name: String) -> Date? { (claims[name] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue) } }
        guard let expires = time("exp") else { throw .invalidToken("it has no expiry") }
        guard expires.addingTimeInterval(Self.clockSkew) > now else { throw .invalidToken("it expired at \(expires)") }
        if let notBefore = time("nbf"), notBefore.addingTimeInterval(-Self.clockSkew) > now { throw .invalidToken("it is not valid yet") }
        if let issued = time("iat"), issued.addingTimeInterval(-Self.clockSkew) > now { throw .invalidToken("it was issued in the future") }
        guard let said = claims["nonce"] as? String, said == nonce else { throw .invalidToken("its nonce is not this sign-in's") }
        guard let sub = claims["sub"] as? String, !sub.isEmpty else { throw .invalidToken("it names no subject") }
        self.claims = claims.compactMapValues(Self.sendable)
    }

    /// JSON values as the Sendable values they are.
    private static func sendable(_ value: Any) -> (any Sendable)? {
        switch value {
        case let s as String: s
        case let n as NSNumber: n.doubleValue
        case let a as [Any]: a.compactMap(sendable)
        case let d as [String: Any]: d.compactMapValues(sendable)
        default: nil
        }
    }
}
