import Foundation

/// An HTTP(S) URL's origin (scheme, host, port), the unit that credentials are bound to: a
/// bearer token or client secret goes only to the origin it was configured for, and over
/// plain HTTP only on this machine's loopback.
public struct URLOrigin: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`, lower case.
    public let scheme: String
    /// The host, lower case (an IPv6 address in brackets).
    public let host: String
    /// The port, the scheme's default when the URL names none.
    public let port: Int

    /// The origin of `url`, or nil when it is not an absolute http or https URL with a host.
    public init?(_ url: String) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host?.lowercased(), !host.isEmpty,
              components.user == nil, components.password == nil else { return nil }
        self.scheme = scheme
        self.host = host.hasPrefix("[") ? host : (host.contains(":") ? "[\(host)]" : host)
        self.port = components.port ?? (scheme == "https" ? 443 : 80)
    }

    /// Whether the host is this machine: `localhost`, 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        if host == "localhost" || host == "[::1]" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Whether credentials may be sent here: https anywhere, plain http only on loopback.
    public var isSecureForCredentials: Bool { scheme == "https" || isLoopback }

    public var description: String {
        let defaultPort = scheme == "https" ? 443 : 80
        return "\(scheme)://\(host)" + (port == defaultPort ? "" : ":\(port)")
    }
}
