public import Foundation

/// What the provider's discovery document (`/.well-known/openid-configuration`) says, of what
/// the authorization code flow needs.
public struct ProviderMetadata: Sendable, Equatable {
    public var issuer: String
    public var authorizationEndpoint: String
    public var tokenEndpoint: String
    public var jwksURI: String

    public init(issuer: String, authorizationEndpoint: String, tokenEndpoint: String, jwksURI: String) {
        self.issuer = issuer
        self.authorizationEndpoint = authorizationEndpoint
        self.tokenEndpoint = tokenEndpoint
        self.jwksURI = jwksURI
    }

    /// Reads a discovery document, which must name `issuer` exactly (OpenID Connect Discovery §4.3)
    /// and offer the code flow with S256 when it says what it offers.
    public init(discovery json: Data, issuer: String) throws(OpenIDError) {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw .metadata("the discovery document is not a JSON object")
        }
        guard let said = object["issuer"] as? String, said == issuer else {
            throw .metadata("the discovery document names issuer \(object["issuer"] as? String ?? "(none)"), not \(issuer)")
        }
        func endpoint(_ name: String) throws(OpenIDError) -> String {
            guard let url = object[name] as? String, Self.isSecure(url) else {
                throw .metadata("\(name) is missing or not https")
            }
            return url
        }
        if let types = object["response_types_supported"] as? [String], !types.contains("code") {
            throw .metadata("the provider does not offer the authorization code flow")
        }
        if let methods = object["code_challenge_methods_supported"] as? [String], !methods.contains("S256") {
            throw .metadata("the provider does not offer PKCE with S256")
        }
        self.init(issuer: issuer, authorizationEndpoint: try endpoint("authorization_endpoint"),
                  tokenEndpoint: try endpoint("token_endpoint"), jwksURI: try endpoint("jwks_uri"))
    }

    /// https, or plain http on this machine's loopback (a test provider).
    public static func isSecure(_ url: String) -> Bool {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), let host = parsed.host?.lowercased() else { return false }
        return scheme == "https" || (scheme == "http" && ["127.0.0.1", "::1", "[::1]", "localhost"].contains(host))
    }
}
