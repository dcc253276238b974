import CCurl

/// A connection that libcurl opens, protects (TLS or STARTTLS) and logs in on, after which
/// the owner speaks the protocol itself (IMAP with literals and batches, which curl's URL
/// interface cannot). One owner uses it at a time.
public final class CurlStream {
    /// How to log in when the connection opens.
    public enum Login: Sendable {
        /// LOGIN / AUTHENTICATE PLAIN with a password.
        case password(user: String, password: String)
        /// SASL XOAUTH2 with an OAuth2 bearer token (Microsoft 365, Google).
        case bearer(user: String, token: String)
    }

    private let easy: CurlEasy

    /// Connects to `url` (`imaps://host:993/`, `imap://host:143/`), negotiates `security`,
    /// verifies the peer (against `caFile` when given) and logs in. The connection and the
    /// login together may take `connectTimeout + loginTimeout` seconds; later reads and
    /// writes have their own timeouts.
    public init(url: String, security: ConnectionSecurity, login: Login, caFile: String?,
                connectTimeout: Double, loginTimeout: Double, operation: String) throws(CurlError) {
        easy = try CurlEasy(operation: operation)
        easy.set(CURLOPT_URL, url)
        easy.set(CURLOPT_CONNECT_ONLY, 1)
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(connectTimeout * 1000))
        easy.set(CURLOPT_TIMEOUT_MS, Int((connectTimeout + loginTimeout) * 1000))
        easy.set(CURLOPT_SSL_VERIFYPEER, 1)
        easy.set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile { easy.set(CURLOPT_CAINFO, caFile) }
        switch security {
        case .tls, .starttls: easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        case .plain: easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_NONE.rawValue))
        }
        switch login {
        case .password(let user, let password):
            easy.set(CURLOPT_USERNAME, user)
            easy.set(CURLOPT_PASSWORD, password)
        case .bearer(let user, let token):
            easy.set(CURLOPT_USERNAME, user)
            easy.set(CURLOPT_XOAUTH2_BEARER, token)
            easy.set(CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2")
        }
        try easy.perform(operation)
        // The overall timeout applied to the login; later reads have their own timeouts.
        easy.set(CURLOPT_TIMEOUT_MS, 0)
    }

    /// Sends all of `bytes`, waiting up to `timeout` seconds whenever the socket is full.
    public func send(_ bytes: [UInt8], timeout: Double, operation: String) throws(CurlError) {
        try easy.send(bytes, timeout: timeout, operation: operation)
    }

    /// Receives what is available (at most `buffer.count` bytes), waiting up to `timeout`
    /// seconds for the first byte. Returns 0 when the peer closed the connection.
    public func receive(into buffer: inout [UInt8], timeout: Double, operation: String) throws(CurlError) -> Int {
        try easy.receive(into: &buffer, timeout: timeout, operation: operation)
    }
}
