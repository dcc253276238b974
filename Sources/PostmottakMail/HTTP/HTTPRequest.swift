import CCurl
public import Foundation

/// One HTTP(S) request with libcurl, for REST clients (the Noark 5 case register): any
/// method, a byte body with an exact `Content-Length` (never chunked), and the response's
/// status, headers and body. Only http and https are allowed; redirects are not followed.
public struct HTTPRequest: Sendable {
    public enum Method: String, Sendable {
        case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE"
    }

    /// The server's answer.
    public struct Response: Sendable {
        public var status: Int
        /// Header fields of the final response, names lower-cased; a repeated name keeps the last.
        public var headers: [String: String]
        public var body: Data

        public init(status: Int, headers: [String: String], body: Data) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    public var method: Method
    public var url: String
    /// "Name: value" lines.
    public var headers: [String]
    public var body: Data?
    public var timeoutSeconds: Double
    public var caFile: String?

    public init(_ method: Method, _ url: String, headers: [String] = [], body: Data? = nil, timeoutSeconds: Double = 60,
                caFile: String? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeoutSeconds = timeoutSeconds
        self.caFile = caFile
    }

    /// Sends the request. A transport failure (no connection, a connection dropped before the
    /// answer, a timeout) throws; any HTTP status is a response.
    public func send() throws(CurlError) -> Response {
        let operation = "HTTP \(method.rawValue) to \(HTTPPost.origin(url))"
        let easy = try CurlEasy(operation: operation)
        easy.set(CURLOPT_URL, url)
        easy.set(CURLOPT_PROTOCOLS_STR, "https,http")
        easy.set(CURLOPT_TIMEOUT_MS, Int(timeoutSeconds * 1000))
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(min(timeoutSeconds, 15) * 1000))
        if let caFile { easy.set(CURLOPT_CAINFO, caFile) }
        // No "Expect: 100-continue": the body is sent at once, with its exact length.
        easy.set(CURLOPT_HTTPHEADER, list: headers + ["Expect:"])
        let bytes = body.map { [UInt8]($0) } ?? []
        switch method {
        case .get:
            easy.set(CURLOPT_HTTPGET, 1)
        case .post:
            easy.set(CURLOPT_POST, 1)
            easy.set(large: CURLOPT_POSTFIELDSIZE_LARGE, Int64(bytes.count))
            easy.readBody(bytes)
        case .put:
            easy.set(large: CURLOPT_INFILESIZE_LARGE, Int64(bytes.count))
            easy.uploadBody(bytes)
        case .patch, .delete:
            easy.set(CURLOPT_CUSTOMREQUEST, method.rawValue)
            if body != nil {
                easy.set(CURLOPT_POST, 1)
                easy.set(large: CURLOPT_POSTFIELDSIZE_LARGE, Int64(bytes.count))
                easy.readBody(bytes)
            }
        }
        easy.collectHeaders()
        easy.collectBody()
        try easy.perform(operation)
        var fields: [String: String] = [:]
        for line in easy.headerLines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: easy.responseCode(), headers: fields, body: easy.received)
    }
}
