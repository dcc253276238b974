import CCurl
public import Foundation

extension SMTPClient {
    /// Sends `message` (a complete RFC 5322 message, CRLF line ends) from `sender` to
    /// `recipients`. Throws what the server or the connection said.
    public func send(_ message: Data, from sender: String, to recipients: [String]) throws(CurlError) {
        let easy = try CurlEasy(operation: "SMTP send")
        let scheme = endpoint.security == .tls ? "smtps" : "smtp"
        easy.set(CURLOPT_URL, "\(scheme)://\(endpoint.host):\(endpoint.port)/postmottak")
        switch endpoint.security {
        case .tls, .starttls: easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
        case .plain: easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_NONE.rawValue))
        }
        if let ca = endpoint.caFile { easy.set(CURLOPT_CAINFO, ca) }
        if let user = endpoint.username {
            easy.set(CURLOPT_USERNAME, user)
            easy.set(CURLOPT_PASSWORD, endpoint.password ?? "")
        }
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(endpoint.timeoutSeconds * 1000))
        easy.set(CURLOPT_TIMEOUT_MS, Int(endpoint.timeoutSeconds * 4000))
        easy.set(CURLOPT_MAIL_FROM, "<\(sender)>")
        easy.set(CURLOPT_MAIL_RCPT, list: recipients.map { "<\($0)>" })
        easy.uploadBody([UInt8](message))
        try easy.perform("SMTP send to \(endpoint.host):\(endpoint.port)")
    }
}
