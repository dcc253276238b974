public import Foundation
import PostmottakTransport
import Synchronization

/// The workbench's side of OpenID Connect's authorization code flow with PKCE: where to send
/// the browser, and what the code it comes back with is worth (a verified ID token). The
/// provider's discovery document and keys are fetched when first needed and kept; the keys are
/// fetched again when a token names a key the set does not have (the provider rotated them).
/// Its calls block on the network: run them off the cooperative pool.
public final class OpenIDClient: Sendable {
    public let issuer: String
    public let clientID: String
    private let clientSecret: String?
    public let scopes: [String]
    private let caFile: String?
    private let timeout: Double
    private struct Cached {
        var metadata: ProviderMetadata?
        var keys: [JSONWebKey] = []
        var keysFetched: Date?
    }
    private let cache = Mutex(Cached())

    public init(issuer: String, clientID: String, clientSecret: String?, scopes: [String], caFile: String? = nil, timeoutSeconds: Double = 15) {
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes
        self.caFile = caFile
        timeout = timeoutSeconds
    }

    /// A sign-in begun: where the browser goes, and what must be kept until it comes back.
    public struct Start: Sendable {
        public var url: String
        public var state: String
        public var nonce: String
        public var pkce: PKCE
    }

    /// Where to send the browser to sign in, coming back to `redirectURI`.
    public func start(redirectURI: String) throws(OpenIDError) -> Start {
        let metadata = try self.metadata()
        let state = PKCE.randomToken(), nonce = PKCE.randomToken(), pkce = PKCE.random()
        guard var components = URLComponents(string: metadata.authorizationEndpoint) else {
            throw .metadata("the authorization endpoint is not a URL")
        }
        components.queryItems = (components.queryItems ?? []) + [
            URLQueryItem(name: "response_type", value: "code"), URLQueryItem(name: "client_id", value: clientID),
            URLQueryItem(name: "redirect_uri", value: redirectURI), URLQueryItem(name: "scope", value: scopes.joined(separator: " ")),
            URLQueryItem(name: "state", value: state), URLQueryItem(name: "nonce", value: nonce),
            URLQueryItem(name: "code_challenge", value: pkce.challenge), URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
        guard let url = components.url?.absoluteString else { throw .metadata("the authorization endpoint is not a URL") }
        return Start(url: url, state: state, nonce: nonce, pkce: pkce)
    }

    /// Trades the code the browser came back with for the ID token, and checks it.
    public func finish(code: String, verifier: String, nonce: String, redirectURI: String, now: Date = Date()) throws(OpenIDError) -> IDToken {
        let metadata = try self.metadata()
        var form = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI), ("client_id", clientID),
                    ("code_verifier", verifier)]
        if let clientSecret { form.append(("client_secret", clientSecret)) }
        let response = try send(HTTPRequest(.post, metadata.tokenEndpoint,
                                            headers: ["Content-Type: application/x-www-form-urlencoded", "Accept: application/json"],
                                            body: HTTPForm.body(form), timeoutSeconds: timeout, caFile: caFile))
        let json = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        guard response.status == 200 else { throw .refused(status: response.status, error: json?["error"] as? String) }
        guard let idToken = json?["id_token"] as? String else { throw .invalidToken("the token endpoint sent no id_token") }
        do {
            return try IDToken(verifying: idToken, keys: try keys(), issuer: issuer, clientID: clientID, nonce: nonce, now: now)
        } catch .invalidToken(let why) where why.hasPrefix("no key") {
            // The provider may have rotated its keys since they were fetched.
            return try IDToken(verifying: idToken, keys: try keys(refresh: true), issuer: issuer, clientID: clientID, nonce: nonce, now: now)
        }
    }

    /// The discovery document, fetched once.
    public func metadata() throws(OpenIDError) -> ProviderMetadata {
        if let known = cache.withLock({ $0.metadata }) { return known }
        let response = try send(HTTPRequest(.get, issuer + "/.well-known/openid-configuration", headers: ["Accept: application/json"],
                                            timeoutSeconds: timeout, caFile: caFile))
        guard response.status == 200 else { throw .provider("the discovery document answered HTTP \(response.status)") }
        let metadata = try ProviderMetadata(discovery: response.body, issuer: issuer)
        cache.withLock { $0.metadata = metadata }
        return metadata
    }

    /// The provider's signing keys (fetched again when asked to, at most once a minute).
    func keys(refresh: Bool = false) throws(OpenIDError) -> [JSONWebKey] {
        let (known, fetched) = cache.withLock { ($0.keys, $0.keysFetched) }
        if !known.isEmpty, !refresh || (fetched.map { Date().timeIntervalSince($0) < 60 } ?? false) { return known }
        let response = try send(HTTPRequest(.get, try metadata().jwksURI, headers: ["Accept: application/json"], timeoutSeconds: timeout,
                                            caFile: caFile))
        guard response.status == 200 else { throw .provider("the key set answered HTTP \(response.status)") }
        let keys = try JSONWebKey.keySet(from: response.body)
        cache.withLock { $0.keys = keys; $0.keysFetched = Date() }
        return keys
    }

    private func send(_ request: HTTPRequest) throws(OpenIDError) -> HTTPRequest.Response {
        guard ProviderMetadata.isSecure(request.url) else { throw .metadata("\(request.url) is not https") }
        do { return try request.send() } catch { throw .provider(String(describing: error)) }
    }
}
