import Foundation

/// The client-credentials grant (RFC 6749 §4.4) in the Microsoft identity platform's shape:
/// a token URL, a client id and secret, and a scope such as
/// `https://outlook.office365.com/.default`.
public struct OAuth2ClientCredentials: Sendable, Equatable {
    public var tokenURL: String
    public var clientID: String
    public var clientSecret: String
    /// The `scope` parameter, when the identity provider wants one (Microsoft's does).
    public var scope: String?
    /// A CA bundle for the token endpoint, instead of the system's.
    public var caFile: String?
    /// How long one token request may take.
    public var timeoutSeconds: Double

    public init(tokenURL: String, clientID: String, clientSecret: String, scope: String?, caFile: String? = nil,
                timeoutSeconds: Double = 30) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scope = scope
        self.caFile = caFile
        self.timeoutSeconds = timeoutSeconds
    }
}
