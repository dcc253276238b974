public import Foundation

/// One HTTP(S) request, for REST clients (the Noark 5 case register): any
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
}
