import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A browser in a test: it keeps the cookies the workbench sets and sends them back, and
/// reads the form token from the last page, as a person's browser would.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var lastPage = ""

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    struct Page {
        let status: HTTPResponse.Status
        let location: String?
        let body: String
        let headers: HTTPFields
    }

    @discardableResult
    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil, headers: [:])
    }

    /// Posts `fields` url-encoded; the page's form token is added unless `csrf` is given.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil, origin: String? = nil) async throws -> Page {
        var all = fields
        if let token = csrf ?? formToken() { all.append(("csrf", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let origin { headers[.origin] = origin }
        return try await send(uri, method: .post, body: ByteBuffer(string: body), headers: headers)
    }

    /// The value of the first `csrf` field on the last page.
    func formToken() -> String? {
        guard let range = lastPage.range(of: #"name="csrf" value=""#) else { return nil }
        return String(lastPage[range.upperBound...].prefix { $0 != "\"" })
    }

    func signIn(_ name: String, _ password: String) async throws -> Page {
        try await get("/login")
        return try await post("/login", [("name", name), ("password", password), ("next", "/review")])
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, headers: HTTPFields) async throws -> Page {
        var headers = headers
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || field.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let text = String(buffer: response.body)
        if response.status == .ok { lastPage = text }
        return Page(status: response.status, location: response.headers[.location], body: text, headers: response.headers)
    }

    static func encode(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
