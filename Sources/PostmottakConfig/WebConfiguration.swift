public import Foundation
import TOMLKit

extension PostmottakConfiguration {
    /// The workbench (`[web]`): where it listens, the address people use, and its sessions.
    public struct Web: Sendable, Equatable {
        /// Whether `serve` runs the workbench too (`postmottak web` runs it regardless).
        /// Default: on when the file has a `[web]` table.
        public var enabled: Bool
        /// The host (an address, `localhost`, or `[::1]`) the server binds.
        public var host: String
        public var port: Int
        /// The address people open, behind the TLS-terminating proxy in production. Cookies are
        /// `Secure` when it is https.
        public var baseURL: URL
        /// A session ends this many hours after sign-in.
        public var sessionHours: Double
        /// A session ends after this many minutes without a request.
        public var idleMinutes: Double
        /// Failed sign-ins for one account name within 15 minutes before it must wait.
        public var maxFailuresPerName: Int
        /// Failed sign-ins from one address within 15 minutes before it must wait.
        public var maxFailuresPerAddress: Int
        /// Whether a reverse proxy on loopback tells the client's address in `X-Forwarded-For`
        /// (behind nginx every request comes from 127.0.0.1: without it, the per-address limit
        /// would count everyone together).
        public var behindProxy: Bool
        /// The workbench's language until a person chooses another: "nb", "sv" or "en".
        public var language: String
        /// Signing in through the municipality's identity provider; nil: accounts and passwords only.
        public var openID: OpenID?

        /// The languages the workbench is written in.
        public static let languages = ["nb", "sv", "en"]

        /// Whether cookies must be `Secure` (the workbench is reached over https).
        public var secureCookies: Bool { baseURL.scheme?.lowercased() == "https" }
    }

    static func parseWeb(_ root: ConfigTable) throws(ConfigurationError) -> Web {
        let present = root.table["web"] != nil
        let w = try root.subtable("web", allowed: [
            "enabled", "listen", "base_url", "session_hours", "idle_minutes", "max_failures_per_name", "max_failures_per_address",
            "behind_proxy", "language", "openid",
        ])
        let listen = try w.string("listen", default: "127.0.0.1:8080")
        guard let (host, port) = Self.hostAndPort(listen) else {
            throw .invalidValue(key: "web.listen", value: "\"\(listen)\"", allowed: "HOST:PORT, for example \"127.0.0.1:8080\" or \"[::1]:8080\"")
        }
        let base = try w.string("base_url", default: "http://\(listen)")
        guard let baseURL = URL(string: base.hasSuffix("/") ? String(base.dropLast()) : base),
              ["http", "https"].contains(baseURL.scheme?.lowercased() ?? ""), baseURL.host != nil
        else {
            throw .invalidValue(key: "web.base_url", value: "\"\(base)\"", allowed: "an http or https URL, for example \"https://postmottak.kommune.no\"")
        }
        return Web(
            enabled: try w.bool("enabled", default: present), host: host, port: port, baseURL: baseURL,
            sessionHours: try w.double("session_hours", default: 10, range: 0.1...168),
            idleMinutes: try w.double("idle_minutes", default: 60, range: 1...1440),
            maxFailuresPerName: try w.int("max_failures_per_name", default: 5, range: 1...1000),
            maxFailuresPerAddress: try w.int("max_failures_per_address", default: 30, range: 1...100_000),
            behindProxy: try w.bool("behind_proxy", default: false),
            language: try Self.language(w), openID: try Self.parseOpenID(w))
    }

    static func language(_ w: ConfigTable) throws(ConfigurationError) -> String {
        let language = try w.string("language", default: "nb")
        guard Web.languages.contains(language) else {
            throw .invalidValue(key: "web.language", value: "\"\(language)\"", allowed: "one of \"nb\", \"sv\", \"en\"")
        }
        return language
    }

    /// `host:port` or `[v6]:port`, with a port from 1 to 65535.
    static func hostAndPort(_ listen: String) -> (String, Int)? {
        let host: Substring
        let portText: Substring
        if listen.hasPrefix("[") {
            guard let close = listen.firstIndex(of: "]"), listen[listen.index(after: close)...].hasPrefix(":") else { return nil }
            host = listen[listen.index(after: listen.startIndex)..<close]
            portText = listen[listen.index(close, offsetBy: 2)...]
        } else {
            guard let colon = listen.lastIndex(of: ":") else { return nil }
            host = listen[..<colon]
            portText = listen[listen.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (1...65535).contains(port) else { return nil }
        return (String(host), port)
    }
}
