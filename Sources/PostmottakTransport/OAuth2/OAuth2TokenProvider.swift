public import Foundation
import Synchronization

/// Hands out bearer tokens of the client-credentials grant: the cached one while it is valid
/// for a while yet, else a new one from the token endpoint. The one OAuth2 client of the
/// package (IMAP's XOAUTH2 and the Noark 5 register use it alike). Safe to share between
/// threads; one request for a new token runs at a time. The secret and the token are never
/// logged.
public final class OAuth2TokenProvider: Sendable {
    public let credentials: OAuth2ClientCredentials
    private struct Cached {
        var token: String
        var expires: Date
        var lifetime: TimeInterval
    }
    private let cache = Mutex<Cached?>(nil)

    /// The lifetime assumed when the endpoint's answer has no `expires_in` (RFC 6749 §5.1
    /// makes it optional): short, so an unknown lifetime costs a request, never a refusal.
    public static let assumedLifetime: TimeInterval = 300

    /// How long before a token expires a new one is fetched: a fifth of its lifetime, at
    /// most five minutes.
    public static func renewalMargin(lifetime: TimeInterval) -> TimeInterval { min(300, lifetime / 5) }

    /// Refuses a token URL that is not https (plain http only to 127.0.0.1 or ::1, for tests).
    public init(credentials: OAuth2ClientCredentials) throws(OAuth2Error) {
        let url = credentials.tokenURL.lowercased()
        let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"].contains { url.hasPrefix($0 + ":") || url.hasPrefix($0 + "/") }
        guard url.hasPrefix("https://") || loopback else {
            throw .invalidURL("the OAuth2 token_url must be https:// (plain http only to 127.0.0.1 or ::1, for tests): \(credentials.tokenURL)")
        }
        self.credentials = credentials
    }

    /// A token that is valid for a while yet: the cached one, or a new one when less than
    /// `renewalMargin` of its lifetime is left.
    public func token(now: Date = Date()) throws(OAuth2Error) -> String {
        try cache.withLock { (cached: inout Cached?) throws(OAuth2Error) -> String in
            if let current = cached, current.expires.timeIntervalSince(now) > Self.renewalMargin(lifetime: current.lifetime) {
                return current.token
            }
            let fresh = try fetch()
            cached = Cached(token: fresh.token, expires: now.addingTimeInterval(fresh.lifetime), lifetime: fresh.lifetime)
            return fresh.token
        }
    }

    /// Forgets the cached token (after the server refused it).
    public func invalidate() {
        cache.withLock { $0 = nil }
    }

    /// When the cached token expires, if there is one.
    public var expiry: Date? { cache.withLock { $0?.expires } }

    private func fetch() throws(OAuth2Error) -> (token: String, lifetime: TimeInterval) {
        var form = [("grant_type", "client_credentials"), ("client_id", credentials.clientID),
                    ("client_secret", credentials.clientSecret)]
        if let scope = credentials.scope { form.append(("scope", scope)) }
        let request = HTTPRequest(.post, credentials.tokenURL,
                                  headers: ["Content-Type: application/x-www-form-urlencoded", "Accept: application/json"],
                                  body: HTTPForm.body(form), timeoutSeconds: credentials.timeoutSeconds, caFile: credentials.caFile)
        let response: HTTPRequest.Response
        do { response = try request.send() } catch { throw .unreachable(error) }
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        guard response.status == 200 else {
            throw .refused(status: response.status, error: json?["error"] as? String,
                           description: (json?["error_description"] as? String).map { String($0.prefix(300)) })
        }
        guard let json else { throw .invalidAnswer("not a JSON object") }
        guard let token = json["access_token"] as? String, !token.isEmpty else { throw .invalidAnswer("no access_token") }
        if let type = json["token_type"] as? String, type.lowercased() != "bearer" {
            throw .invalidAnswer("token_type is \(type), not Bearer")
        }
        let lifetime = (json["expires_in"] as? NSNumber)?.doubleValue
            ?? (json["expires_in"] as? String).flatMap(Double.init) ?? Self.assumedLifetime
        return (token, max(lifetime, 1))
    }
}
