public import Hummingbird

/// What a workbench request cannot do: an HTTP status, and the key of the sentence for the
/// person with the values it needs, shown in the request's language.
public struct WorkbenchError: Error, HTTPResponseError, CustomStringConvertible {
    public let status: HTTPResponse.Status
    /// The sentence's key in the strings tables ("error.not_found").
    public let key: String
    /// What fills the sentence's placeholders, by name ("id" → "17").
    public let values: [String: String]

    public init(_ status: HTTPResponse.Status, _ key: String, _ values: [String: String] = [:]) {
        self.status = status
        self.key = key
        self.values = values
    }

    /// Refused for a reason another module gives in its own words (shown as it is).
    static func refused(_ status: HTTPResponse.Status, _ reason: String) -> WorkbenchError {
        WorkbenchError(status, "error.refused", ["reason": reason])
    }

    /// The sentence in `language`.
    func message(in language: UILanguage) -> String { Texts(language)(key, values) }

    public var description: String { "\(status.code): \(message(in: .standard))" }
    public var headers: HTTPFields { [.contentType: "text/html; charset=utf-8"] }

    /// The error as a page a person can read, in the request's language.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let workbench = context as? WorkbenchContext
        let language = workbench?.language ?? .standard
        let page = Page.errorPage(status: status, message: message(in: language), language: language, back: workbench?.back ?? "/")
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static let notFound = WorkbenchError(.notFound, "error.not_found")
    static let forbidden = WorkbenchError(.forbidden, "error.forbidden")
    static let badCSRF = WorkbenchError(.forbidden, "error.bad_csrf")
}
