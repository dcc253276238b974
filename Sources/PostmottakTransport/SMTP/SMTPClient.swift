/// Sends one message over SMTP (the transfer is libcurl's: `Curl/CurlSMTPTransfer.swift`).
public struct SMTPClient: Sendable {
    public let endpoint: SMTPEndpoint

    public init(endpoint: SMTPEndpoint) {
        self.endpoint = endpoint
    }
}
