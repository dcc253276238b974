/// A libcurl failure: what was being done, curl's code and its message.
public struct CurlError: Error, Sendable, CustomStringConvertible {
    /// What Postmottak was doing ("connect to imaps://mail.example.no:993").
    public var operation: String
    /// libcurl's result code (`CURLcode`), 0 when the failure is Postmottak's own.
    public var code: Int
    /// libcurl's explanation, or Postmottak's.
    public var message: String

    public init(operation: String, code: Int, message: String) {
        self.operation = operation
        self.code = code
        self.message = message
    }

    /// True when the peer could not be reached at all (name, connect, TLS), as opposed to a
    /// connection that worked and then failed.
    public var isConnectFailure: Bool {
        [6, 7, 28, 35, 60].contains(code)  // resolve, connect, timeout, TLS handshake, peer certificate
    }

    /// True when the server refused the login.
    public var isLoginDenied: Bool { code == 67 }  // CURLE_LOGIN_DENIED

    public var description: String {
        code == 0 ? "\(operation): \(message)" : "\(operation): \(message) (curl error \(code))"
    }
}
