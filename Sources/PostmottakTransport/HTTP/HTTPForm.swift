public import Foundation

/// An `application/x-www-form-urlencoded` body (OAuth2 and OpenID Connect token requests).
public enum HTTPForm {
    /// `name=value&…`, each value percent-encoded.
    public static func body(_ fields: [(String, String)]) -> Data {
        Data(fields.map { "\($0)=\(encode($1))" }.joined(separator: "&").utf8)
    }

    /// One value: only RFC 3986's unreserved ASCII characters stay as they are.
    public static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
