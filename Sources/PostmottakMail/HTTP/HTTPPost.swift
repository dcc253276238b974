import CCurl
public import Foundation

/// One HTTP(S) POST with libcurl: for webhooks. Only http and https are allowed.
public enum HTTPPost {
    /// The server's answer.
    public struct Response: Sendable {
        public var status: Int
        public var body: Data
    }

    /// Posts `body` (UTF-8 text, such as JSON) to `url` with `headers` ("Name: value").
    public static func send(_ body: String, to url: String, headers: [String], timeoutSeconds: Double = 30,
                            caFile: String? = nil) throws(CurlError) -> Response {
        let easy = try CurlEasy(operation: "HTTP POST")
        easy.set(CURLOPT_URL, url)
        easy.set(CURLOPT_PROTOCOLS_STR, "https,http")
        easy.set(CURLOPT_COPYPOSTFIELDS, body)
        easy.set(CURLOPT_HTTPHEADER, list: headers)
        easy.set(CURLOPT_TIMEOUT_MS, Int(timeoutSeconds * 1000))
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(timeoutSeconds, 15) * 1000))
        if let caFile { easy.set(CURLOPT_CAINFO, caFile) }
        easy.collectBody()
        try easy.perform("HTTP POST to \(origin(url))")
        return Response(status: easy.responseCode(), body: easy.received)
    }

    /// Scheme, host and port only (a path may carry a token; logs never see it).
    public static func origin(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host else { return "the webhook" }
        return "\(components.scheme ?? "http")://\(host)" + (components.port.map { ":\($0)" } ?? "")
    }
}
