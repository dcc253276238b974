import CCurl
public import Foundation

/// The client-credentials grant (RFC 6749 §4.4) in the Microsoft identity platform's shape:
/// a token URL, a client id and secret, and a scope such as
/// `https://outlook.office365.com/.default`.
public struct OAuth2ClientCredentials: Sendable, Equatable {
    public var tokenURL: String
    public var clientID: String
    public var clientSecret: String
    public var scope: String
    /// A CA bundle for the token endpoint, instead of the system's.
    public var caFile: String?

    public init(tokenURL: String, clientID: String, clientSecret: String, scope: String, caFile: String? = nil) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scope = scope
        self.caFile = caFile
    }
}

/// Hands out a bearer token, fetching a new one before the current one expires. Safe to
/// share between tasks; the token is never logged.
public final class OAuth2TokenProvider: @unchecked Sendable {
    public let credentials: OAuth2ClientCredentials
    private let lock = NSLock()
    private var current: (token: String, expires: Date, lifetime: TimeInterval)?

    public init(credentials: OAuth2ClientCredentials) throws(OAuth2Error) {
        let url = credentials.tokenURL.lowercased()
        let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"].contains { url.hasPrefix($0 + ":") || url.hasPrefix($0 + "/") }
        guard url.hasPrefix("https://") || loopback else {
            throw .invalidURL("the OAuth2 token_url must be https:// (plain http only to 127.0.0.1 or ::1, for tests): \(credentials.tokenURL)")
        }
        self.credentials = credentials
    }

    /// A token that is valid for a while yet: the cached one, or a new one when less than a
    /// tenth of its lifetime (at most 5 minutes) is left.
    public func token(now: Date = Date()) throws(OAuth2Error) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let current, current.expires.timeIntervalSince(now) > min(300, current.lifetime / 10) {
            return current.token
        }
        let fresh = try fetch()
        current = (fresh.token, now.addingTimeInterval(fresh.lifetime), fresh.lifetime)
        return fresh.token
    }

    /// Forgets the cached token (after the server refused it).
    public func invalidate() {
        lock.lock()
        current = nil
        lock.unlock()
    }

    /// When the cached token expires, if there is one.
    public var expiry: Date? {
        lock.lock()
        defer { lock.unlock() }
        return current?.expires
    }

    private func fetch() throws(OAuth2Error) -> (token: String, lifetime: TimeInterval) {
        let easy: CurlEasy
        do { easy = try CurlEasy(operation: "request an OAuth2 token") } catch { throw .unreachable(error) }
        let body = [
            ("grant_type", "client_credentials"), ("client_id", credentials.clientID),
            ("client_secret", credentials.clientSecret), ("scope", credentials.scope),
        ].map { "\($0)=\(Self.formEncode($1))" }.joined(separator: "&")
        easy.set(CURLOPT_URL, credentials.tokenURL)
        easy.set(CURLOPT_COPYPOSTFIELDS, body)
        easy.set(CURLOPT_HTTPHEADER, list: ["Content-Type: application/x-www-form-urlencoded", "Accept: application/json"])
        easy.set(CURLOPT_TIMEOUT, 30)
        easy.set(CURLOPT_CONNECTTIMEOUT, 15)
        easy.set(CURLOPT_PROTOCOLS_STR, "https,http")
        if let ca = credentials.caFile { easy.set(CURLOPT_CAINFO, ca) }
        easy.collectBody()
        do { try easy.perform("request an OAuth2 token from \(Self.origin(credentials.tokenURL))") } catch { throw .unreachable(error) }
        let status = easy.responseCode()
        let json = (try? JSONSerialization.jsonObject(with: easy.received)) as? [String: Any]
        guard status == 200 else {
            throw .refused(status: status, error: json?["error"] as? String,
                           description: (json?["error_description"] as? String).map { String($0.prefix(300)) })
        }
        guard let json else { throw .invalidAnswer("not a JSON object") }
        guard let token = json["access_token"] as? String, !token.isEmpty else { throw .invalidAnswer("no access_token") }
        if let type = json["token_type"] as? String, type.lowercased() != "bearer" {
            throw .invalidAnswer("token_type is \(type), not Bearer")
        }
        let lifetime = (json["expires_in"] as? NSNumber)?.doubleValue
            ?? (json["expires_in"] as? String).flatMap(Double.init) ?? 3600
        return (token, max(lifetime, 1))
    }

    static func formEncode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }

    /// Scheme, host and port of a URL, for messages.
    static func origin(_ url: String) -> String {
        guard let c = URLComponents(string: url), let scheme = c.scheme, let host = c.host else { return "the token URL" }
        return "\(scheme)://\(host)\(c.port.map { ":\($0)" } ?? "")"
    }
}
