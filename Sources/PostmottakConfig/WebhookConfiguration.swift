public import PostmottakCore

extension PostmottakConfiguration {
    /// A JSON webhook for the municipality's deviation system (`[webhook]`).
    public struct Webhook: Sendable, Equatable {
        public var enabled: Bool
        public var url: String
        /// The HMAC-SHA256 key (from the environment or a file).
        public var secret: SecretSource?
        /// The kinds that are sent.
        public var kinds: [SubmissionKind]
        public var caFile: String?
        public var timeoutSeconds: Double
    }

    static func parseWebhook(_ root: ConfigTable) throws(ConfigurationError) -> Webhook {
        let w = try root.subtable("webhook", allowed: ["enabled", "url", "secret_env", "secret_file", "kinds", "ca_file", "timeout_seconds"])
        let enabled = try w.bool("enabled", default: false)
        let url = try w.string("url", default: "")
        let secret = try w.secret("secret")
        if enabled {
            _ = try w.credentialURL(url, key: "url", example: "https://avvik.example.no/hooks/postmottak")
            guard secret != nil else {
                throw .invalidValue(key: w.qualified("secret_env"), value: "(missing)",
                                    allowed: "secret_env = \"VARIABLE\" or secret_file = \"/run/secrets/...\" (the HMAC key)")
            }
        }
        var kinds: [SubmissionKind] = []
        for name in try w.stringArray("kinds", default: ["deviation"]) {
            guard let kind = SubmissionKind(rawValue: name), kind.isSubmission else {
                throw .invalidValue(key: w.qualified("kinds"), value: "\"\(name)\"", allowed: "deviation, suggestion, praise, question or formal")
            }
            kinds.append(kind)
        }
        return Webhook(enabled: enabled, url: url, secret: secret, kinds: kinds, caFile: try w.optionalString("ca_file"),
                       timeoutSeconds: try w.double("timeout_seconds", default: 30, range: 1...600))
    }
}
