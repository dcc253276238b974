import TOMLKit
extension PostmottakConfiguration {
    /// Acknowledgements to citizens (`[acknowledgement]`).
    public struct Acknowledgement: Sendable, Equatable {
        public enum Transport: String, Sendable, Equatable, CaseIterable {
            /// `.eml` files in `folder` (the embedded default, for the demo and for a mail relay that picks files up).
            case folder
            case smtp
        }

        public var enabled: Bool
        public var transport: Transport
        public var folder: String
        /// The sender address (and, from its domain, the acknowledgements' Message-IDs).
        public var from: String
        /// The folder of templates (`nb.txt`, `nn.txt`, `sv.txt`, `en.txt`).
        public var templatesDirectory: String
        /// Loop protection: at most this many acknowledgements to one address per hour.
        public var maxPerAddressPerHour: Int
        public var smtp: SMTP?
    }

    /// The SMTP server for acknowledgements (`[acknowledgement.smtp]`).
    public struct SMTP: Sendable, Equatable {
        public var host: String
        public var port: Int
        public var security: Security
        public var caFile: String?
        public var username: String?
        public var password: SecretSource?
        public var timeoutSeconds: Double
    }

    static func parseAcknowledgement(_ root: ConfigTable) throws(ConfigurationError) -> Acknowledgement {
        let a = try root.subtable("acknowledgement", allowed: [
            "enabled", "transport", "folder", "from", "templates_dir", "max_per_address_per_hour", "smtp",
        ])
        let transport: Acknowledgement.Transport = try a.choice("transport", default: .folder)
        var smtp: SMTP?
        if a.table["smtp"] != nil || transport == .smtp {
            let s = try a.subtable("smtp", allowed: [
                "host", "port", "security", "allow_plain", "ca_file", "username", "password_env", "password_file", "timeout_seconds",
            ])
            let security: Security = try s.choice("security", default: .starttls)
            if security == .plain, try !s.bool("allow_plain", default: false) {
                throw .invalidValue(key: s.qualified("security"), value: "\"plain\"",
                                    allowed: "\"tls\" or \"starttls\"; plain SMTP needs allow_plain = true (loopback tests only)")
            }
            let username = try s.optionalString("username")
            let password = try s.secret("password")
            if username != nil, password == nil {
                throw .invalidValue(key: s.qualified("password_env"), value: "(missing)",
                                    allowed: "password_env = \"VARIABLE\" or password_file = \"/run/secrets/...\" with a username")
            }
            smtp = SMTP(host: try s.string("host", default: "127.0.0.1"),
                        port: try s.int("port", default: security == .tls ? 465 : 587, range: 1...65_535),
                        security: security, caFile: try s.optionalString("ca_file"), username: username, password: password,
                        timeoutSeconds: try s.double("timeout_seconds", default: 30, range: 1...600))
        }
        return Acknowledgement(
            enabled: try a.bool("enabled", default: true), transport: transport,
            folder: try a.string("folder", default: "mail-out"),
            from: try a.string("from", default: "postmottak@fjordvik.kommune.no"),
            templatesDirectory: try a.string("templates_dir", default: "Config/acknowledgements"),
            maxPerAddressPerHour: try a.int("max_per_address_per_hour", default: 3, range: 0...1000),
            smtp: smtp)
    }
}
