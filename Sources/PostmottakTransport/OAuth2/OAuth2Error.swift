/// Why no OAuth2 token could be had.
public enum OAuth2Error: Error, Sendable, CustomStringConvertible {
    /// The token endpoint could not be reached.
    case unreachable(CurlError)
    /// The token endpoint refused: HTTP status and the `error` / `error_description` it gave.
    case refused(status: Int, error: String?, description: String?)
    /// The answer was not a token.
    case invalidAnswer(String)
    /// The token URL is not acceptable.
    case invalidURL(String)

    public var description: String {
        switch self {
        case .unreachable(let e): "the OAuth2 token endpoint cannot be reached: \(e)"
        case .refused(let status, let error, let text):
            "the OAuth2 token endpoint refused (HTTP \(status)\(error.map { ", \($0)" } ?? ""))"
                + (text.map { ": \($0)" } ?? "") + ". Check client_id, the client secret and scope."
        case .invalidAnswer(let why): "the OAuth2 token endpoint's answer is not a token: \(why)"
        case .invalidURL(let why): why
        }
    }
}
