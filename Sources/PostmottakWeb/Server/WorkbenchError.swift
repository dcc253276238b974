public import Hummingbird

/// What a workbench request cannot do, as an HTTP status and a sentence for the person.
public struct WorkbenchError: Error, HTTPResponseError, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.code): \(message)" }
    public var headers: HTTPFields { [.contentType: "text/html; charset=utf-8"] }

    /// The error as a page a person can read.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: Page.errorPage(status: status, message: message))))
    }

    static let notFound = WorkbenchError(.notFound, "Fant ikke siden eller saken.")
    static let forbidden = WorkbenchError(.forbidden, "Rollen din har ikke tilgang til dette.")
    static let badCSRF = WorkbenchError(.forbidden, "Skjemaet var utløpt eller kom ikke fra arbeidsbenken. Last siden på nytt og prøv igjen.")
}
