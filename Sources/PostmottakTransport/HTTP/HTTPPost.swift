public import Foundation

/// One HTTP(S) POST of a text body (JSON), for webhooks: an `HTTPRequest` with the answer's
/// status and body.
public enum HTTPPost {
    /// The server's answer.
    public struct Response: Sendable {
        public var status: Int
        public var body: Data
    }

    /// Posts `body` (UTF-8 text, such as JSON) to `url` with `headers` ("Name: value").
    public static func send(_ body: String, to url: String, headers: [String], timeoutSeconds: Double = 30,
                            caFile: String? = nil) throws(CurlError) -> Response {
        let answer = try HTTPRequest(.post, url, headers: headers, body: Data(body.utf8), timeoutSeconds: timeoutSeconds, caFile: caFile).send()
        return Response(status: answer.status, body: answer.body)
    }

    /// Scheme, host and port only (a path may carry a token; logs never see it).
    public static func origin(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host else { return "the webhook" }
        return "\(components.scheme ?? "http")://\(host)" + (components.port.map { ":\($0)" } ?? "")
    }
}
