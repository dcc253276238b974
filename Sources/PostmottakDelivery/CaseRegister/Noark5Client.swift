import Foundation
import PostmottakCore
import PostmottakTransport
import Synchronization

/// A client of a Noark 5 tjenestegrensesnitt (TG 1.1) case register. It knows only the root
/// URL: every other address comes from `_links`. It gets OAuth2 client-credentials tokens
/// (renewed before they run out, and once more when the register answers 401) and keeps what
/// it discovered until an address stops leading anywhere. Thread-safe.
public final class Noark5Client: Sendable {
    /// Where the register is and who Postmottak is to it.
    public struct Settings: Sendable, Equatable {
        public var rootURL: String
        public var clientID: String
        public var clientSecret: String
        /// OAuth2 `scope`, when the identity provider wants one.
        public var scope: String?
        /// The token endpoint; nil: the root's `login/rfc6749/` link.
        public var tokenURL: String?
        /// The series (arkivdel) that receives new case files, by title.
        public var seriesTitle: String
        /// The class (klasseID) for new case files, when the series has a classification.
        public var classID: String?
        /// The registered business-specific metadata key that carries Postmottak's keys.
        public var metadataKey: String
        public var timeoutSeconds: Double
        public var caFile: String?
        /// Origins besides the root's that the register's addresses may lead to.
        public var extraOrigins: [String]

        public init(rootURL: String, clientID: String, clientSecret: String, scope: String? = nil, tokenURL: String? = nil,
                    seriesTitle: String = "Sakarkiv", classID: String? = nil, metadataKey: String = "vnd-postmottak-v1:submissionid",
                    timeoutSeconds: Double = 60, caFile: String? = nil, extraOrigins: [String] = []) {
            self.rootURL = rootURL
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.scope = scope
            self.tokenURL = tokenURL
            self.seriesTitle = seriesTitle
            self.classID = classID
            self.metadataKey = metadataKey
            self.timeoutSeconds = timeoutSeconds
            self.caFile = caFile
            self.extraOrigins = extraOrigins
        }
    }

    /// What discovery found: the addresses a delivery starts from.
    struct Discovery: Sendable {
        var tokenURL: String
        /// List addresses under `arkivstruktur/` (mappe, registrering, dokumentbeskrivelse, …).
        var lists: [String: String]
        /// Where new case files are created (the class's or the series' `ny-saksmappe`).
        var newCaseFile: String
        /// The largest single-POST upload; 0 means no limit.
        var bulkLimit: Int64
        /// The register's `tilgangsrestriksjon` codes (nil when it does not list them).
        var restrictionCodes: Set<String>?
    }

    public static let rel = "https://rel.arkivverket.no/noark5/v5/api/"
    static let mediaType = "application/vnd.noark5+json"

    public let settings: Settings
    private struct State {
        /// Made when the token URL is known (configured, or found at discovery).
        var tokens: OAuth2TokenProvider?
        var discovery: Discovery?
    }
    private let state = Mutex(State())

    public init(settings: Settings) {
        self.settings = settings
    }

    /// The register's origin, for messages (never a path or a token).
    public var origin: String { HTTPPost.origin(settings.rootURL) }

    // MARK: - Discovery

    func discovery() throws(DeliveryError) -> Discovery {
        if let known = state.withLock({ $0.discovery }) { return known }
        let root = try json(try send(.get, settings.rootURL, authorized: false), expect: [200], what: "the root")
        let rootLinks = Self.links(root)
        // The client secret goes to the configured token URL, or else to the register's own
        // token endpoint, and only when that is on the register's configured origin.
        var discovered: String?
        if settings.tokenURL == nil, let href = rootLinks[Self.rel + "login/rfc6749/"] { discovered = try resolve(href) }
        guard let tokenURL = settings.tokenURL ?? discovered else {
            throw .permanent("the case register at \(origin) advertises no OAuth2 token endpoint (login/rfc6749/); set case_register.noark5.token_url")
        }
        try tokenProvider(for: tokenURL)
        guard let structureHref = rootLinks[Self.rel + "arkivstruktur/"] else {
            throw .permanent("the case register at \(origin) advertises no arkivstruktur/")
        }
        let structure = Self.links(try object(structureHref, what: "arkivstruktur"))
        var bulkLimit: Int64 = 150 << 20
        if let systemHref = rootLinks[Self.rel + "admin/system/"],
           let system = try? object(systemHref, what: "admin/system"), let limit = system["bulkgrense"] as? NSNumber {
            bulkLimit = limit.int64Value
        }
        guard let seriesList = structure[Self.rel + "arkivstruktur/arkivdel/"] else {
            throw .permanent("the case register's arkivstruktur has no arkivdel list")
        }
        guard let series = try list(seriesList, filter: "tittel eq \(Self.literal(settings.seriesTitle))").first else {
            throw .permanent("the case register has no series (arkivdel) titled \"\(settings.seriesTitle)\"; set case_register.noark5.series")
        }
        let seriesLinks = Self.links(series)
        var newCaseFile = seriesLinks[Self.rel + "sakarkiv/ny-saksmappe/"]
        if let classID = settings.classID {
            guard let systemHref = seriesLinks[Self.rel + "arkivstruktur/klassifikasjonssystem/"],
                  let classList = Self.links(try object(systemHref, what: "klassifikasjonssystem"))[Self.rel + "arkivstruktur/klasse/"],
                  let klasse = try list(classList, filter: "klasseID eq \(Self.literal(classID))").first else {
                throw .permanent("the series \"\(settings.seriesTitle)\" has no class \(classID); set case_register.noark5.class_id")
            }
            newCaseFile = Self.links(klasse)[Self.rel + "sakarkiv/ny-saksmappe/"] ?? newCaseFile
        }
        guard let newCaseFile else {
            throw .permanent("the series \"\(settings.seriesTitle)\" takes no new case files (it may be closed)")
        }
        let metadata = try rootLinks[Self.rel + "metadata/"].map { href throws(DeliveryError) in Self.links(try object(href, what: "metadata")) } ?? [:]
        try ensureMetadataKey(metadata)
        var restrictionCodes: Set<String>?
        if let codes = metadata[Self.rel + "metadata/tilgangsrestriksjon/"] {
            restrictionCodes = Set(try list(codes, filter: nil).compactMap { $0["kode"] as? String })
        }
        let found = Discovery(tokenURL: tokenURL, lists: structure, newCaseFile: newCaseFile, bulkLimit: bulkLimit,
                              restrictionCodes: restrictionCodes)
        state.withLock { $0.discovery = found }
        return found
    }

    /// Registers Postmottak's business-specific metadata key in the catalogue when it is missing.
    private func ensureMetadataKey(_ metadata: [String: String]) throws(DeliveryError) {
        if let catalogue = metadata[Self.rel + "metadata/virksomhetsspesifikkeMetadata/"] {
            let known = try list(catalogue, filter: nil)
            if known.contains(where: { $0["navn"] as? String == settings.metadataKey }) { return }
        }
        guard let create = metadata[Self.rel + "metadata/ny-virksomhetsspesifikkeMetadata/"] else {
            throw .permanent("the case register cannot register the metadata key \(settings.metadataKey)")
        }
        let response = try send(.post, create, json: [
            "navn": settings.metadataKey, "type": "string", "beskrivelse": "Postmottak: the submission's reference number",
        ])
        // 400 here is most often "already registered" by a concurrent delivery.
        guard response.status == 201 || response.status == 400 else {
            throw Self.failure(response, what: "registering the metadata key")
        }
    }

    /// Forgets discovered addresses (they led nowhere: the register may have restarted).
    func forgetDiscovery() {
        state.withLock { $0.discovery = nil }
    }

    // MARK: - Requests

    /// GET of an object; nil when the register answers 404.
    func objectIfPresent(_ href: String) throws(DeliveryError) -> [String: Any]? {
        let response = try send(.get, href)
        if response.status == 404 { return nil }
        return try json(response, expect: [200], what: "an object")
    }

    func object(_ href: String, what: String) throws(DeliveryError) -> [String: Any] {
        let response = try send(.get, href)
        if response.status == 404 {
            forgetDiscovery()
            throw .transient("the case register no longer knows the address of \(what); it will be discovered again")
        }
        return try json(response, expect: [200], what: what)
    }

    /// The members of a list (its template stripped, an OData `$filter` appended).
    func list(_ href: String, filter: String?) throws(DeliveryError) -> [[String: Any]] {
        var url = href.split(separator: "{", maxSplits: 1).first.map(String.init) ?? href
        if let filter {
            url += (url.contains("?") ? "&" : "?") + "$filter=" + Self.encodeQuery(filter)
        }
        let response = try send(.get, url)
        if response.status == 404 {
            forgetDiscovery()
            throw .transient("the case register no longer knows a list address; it will be discovered again")
        }
        let body = try json(response, expect: [200], what: "a list")
        return body["results"] as? [[String: Any]] ?? []
    }

    /// POSTs a new object to a `ny-*` address; returns it (with its `_links`).
    func create(_ href: String, _ body: [String: Any], what: String) throws(DeliveryError) -> [String: Any] {
        let response = try send(.post, href, json: body)
        if response.status == 404 { forgetDiscovery() }
        return try json(response, expect: [201, 200], what: "creating \(what)")
    }

    /// One request with a token; a 401 renews the token and tries once more.
    func send(_ method: HTTPRequest.Method, _ href: String, json body: [String: Any]? = nil, data: Data? = nil,
              contentType: String? = nil, headers extra: [String] = [], authorized: Bool = true) throws(DeliveryError) -> HTTPRequest.Response {
        var payload = data
        var type = contentType
        if let body {
            do { payload = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]) } catch {
                throw .permanent("cannot encode a request to the case register: \(error)")
            }
            type = Self.mediaType
        }
        for attempt in 0..<2 {
            var headers = ["Accept: \(Self.mediaType), application/json"] + extra
            if let type { headers.append("Content-Type: \(type)") }
            if authorized { headers.append("Authorization: Bearer \(try token(renew: attempt > 0))") }
            let request = HTTPRequest(method, try resolve(href), headers: headers, body: payload ?? (method == .post || method == .put ? Data() : nil),
                                      timeoutSeconds: settings.timeoutSeconds, caFile: settings.caFile)
            let response: HTTPRequest.Response
            do { response = try request.send() } catch {
                throw .transient("the case register at \(origin) did not answer: \(error.message)")
            }
            if response.status == 401, authorized, attempt == 0 { continue }
            return response
        }
        throw .transient("the case register at \(origin) refused a fresh token (401)")
    }

    /// A valid access token, from the cache or the token endpoint; `renew` after a 401.
    private func token(renew: Bool) throws(DeliveryError) -> String {
        let tokens: OAuth2TokenProvider
        if let known = state.withLock({ $0.tokens }) { tokens = known } else { tokens = try tokenProvider(for: try discovery().tokenURL) }
        if renew { tokens.invalidate() }
        do {
            return try tokens.token()
        } catch {
            switch error {
            case .refused(let status, _, _) where [400, 401, 403].contains(status):
                throw .permanent("the case register's token endpoint refused the client credentials of \(settings.clientID) (\(status)); check case_register.noark5.client_id and its secret")
            case .refused(let status, _, _):
                throw .transient("the token endpoint of \(origin) answered \(status)")
            case .unreachable(let cause):
                throw .transient("the token endpoint of \(origin) did not answer: \(cause.message)")
            case .invalidAnswer(let why):
                throw .transient("the token endpoint of \(origin) answered without a token: \(why)")
            case .invalidURL(let why):
                throw .permanent(why)
            }
        }
    }

    /// The token provider for `tokenURL`, made once.
    @discardableResult
    private func tokenProvider(for tokenURL: String) throws(DeliveryError) -> OAuth2TokenProvider {
        if let known = state.withLock({ $0.tokens }), known.credentials.tokenURL == tokenURL { return known }
        let credentials = OAuth2ClientCredentials(tokenURL: tokenURL, clientID: settings.clientID, clientSecret: settings.clientSecret,
                                                  scope: settings.scope, caFile: settings.caFile, timeoutSeconds: settings.timeoutSeconds)
        let made: OAuth2TokenProvider
        do { made = try OAuth2TokenProvider(credentials: credentials) } catch { throw .permanent(error.description) }
        state.withLock { $0.tokens = made }
        return made
    }

    /// An href as a full URL (hrefs are normally absolute; a relative one is taken against
    /// the root). Requests carry the bearer token, so an href on any origin but the
    /// configured register's (another host, another port, http for https) is refused.
    func resolve(_ href: String) throws(DeliveryError) -> String {
        let absolute = URLOrigin(href) != nil ? href : (URL(string: href, relativeTo: URL(string: settings.rootURL))?.absoluteString ?? href)
        let allowed = Set(([settings.rootURL] + settings.extraOrigins).compactMap(URLOrigin.init))
        guard let target = URLOrigin(absolute), allowed.contains(target) else {
            throw .permanent("the case register at \(origin) gave an address on another origin (\(URLOrigin(absolute)?.description ?? "not a URL")); "
                + "Postmottak sends its token only to \(allowed.map(\.description).sorted().joined(separator: ", ")) "
                + "(add a trusted one to case_register.noark5.origins)")
        }
        return absolute
    }

    // MARK: - Answers

    private func json(_ response: HTTPRequest.Response, expect: Set<Int>, what: String) throws(DeliveryError) -> [String: Any] {
        guard expect.contains(response.status) else { throw Self.failure(response, what: what) }
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any] else {
            throw .transient("the case register answered \(what) with something that is not a JSON object")
        }
        return object
    }

    /// A refusal as a delivery error: worth retrying (5xx, 408, 409, 422, 425, 429) or not.
    static func failure(_ response: HTTPRequest.Response, what: String) -> DeliveryError {
        var detail = "the case register answered \(what) with \(response.status)"
        if let body = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any],
           let feil = body["feil"] as? [String: Any], let text = feil["beskrivelse"] as? String {
            detail += ": " + IdentityNumberDetector().masked(String(text.prefix(300)))
        }
        switch response.status {
        case 404, 408, 409, 422, 425, 429, 500...: return .transient(detail)
        default: return .permanent(detail)
        }
    }

    /// `_links` as rel → href, templates stripped.
    static func links(_ object: [String: Any]) -> [String: String] {
        guard let links = object["_links"] as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (rel, value) in links {
            let link = (value as? [String: Any]) ?? ((value as? [[String: Any]])?.first)
            if let href = link?["href"] as? String {
                out[rel] = href.split(separator: "{", maxSplits: 1).first.map(String.init) ?? href
            }
        }
        return out
    }

    /// An OData string literal.
    static func literal(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "''") + "'" }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Percent-encodes a query value (spaces as `%20`, never `+`); ASCII letters, digits and
    /// a few OData characters stay as they are.
    static func encodeQuery(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: "'():"))) ?? value
    }

}
