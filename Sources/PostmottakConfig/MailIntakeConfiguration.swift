import TOMLKit

extension PostmottakConfiguration {
    /// The IMAP mailboxes Postmottak polls (`[intake.imap]` and `[[intake.imap.mailboxes]]`).
    public struct IMAP: Sendable, Equatable {
        /// Seconds between polls of one mailbox.
        public var pollIntervalSeconds: Double
        /// Messages fetched per command, and bytes (a larger message is fetched on its own).
        public var batchMessages: Int
        public var batchBytes: Int
        public var connectTimeoutSeconds: Double
        public var commandTimeoutSeconds: Double
        /// Backoff for a mailbox whose server is down: doubles from the initial value, with jitter.
        public var initialBackoffSeconds: Double
        public var maxBackoffSeconds: Double
        public var mailboxes: [Mailbox]
    }

    /// One account on one server, and the folders read there.
    public struct Mailbox: Sendable, Equatable {
        /// A short name, unique among the mailboxes: it keys the store's state for its folders.
        public var name: String
        public var host: String
        public var port: Int
        public var security: Security
        /// A CA bundle (PEM) to verify the server with, instead of the system's.
        public var caFile: String?
        public var username: String
        public var authentication: Authentication
        public var folders: [String]
        /// What the server is told once a message is stored durably.
        public var action: Action
        /// The folder for `action = "move"` (created when missing).
        public var moveTo: String
        /// The keyword for `action = "keyword"`.
        public var keyword: String
    }

    public enum Security: String, Sendable, Equatable, CaseIterable {
        case tls, starttls, plain
    }

    public enum Authentication: Sendable, Equatable {
        case password(SecretSource)
        case oauth2(OAuth2)
    }

    /// The OAuth2 client-credentials grant (the Microsoft identity platform's shape).
    public struct OAuth2: Sendable, Equatable {
        public var tokenURL: String
        public var clientID: String
        public var clientSecret: SecretSource
        public var scope: String
        public var caFile: String?
    }

    /// What happens on the server to a message that has been captured.
    public enum Action: String, Sendable, Equatable, CaseIterable {
        /// Move it to `move_to`.
        case move
        /// Add the IMAP keyword `keyword`.
        case keyword
        /// Mark it \Seen.
        case seen
    }

    static func parseIMAP(_ intake: ConfigTable) throws(ConfigurationError) -> IMAP {
        let t = try intake.subtable("imap", allowed: [
            "poll_interval_seconds", "batch_messages", "batch_bytes", "connect_timeout_seconds", "command_timeout_seconds",
            "initial_backoff_seconds", "max_backoff_seconds", "mailboxes",
        ])
        var imap = IMAP(
            pollIntervalSeconds: try t.double("poll_interval_seconds", default: 60, range: 1...86_400),
            batchMessages: try t.int("batch_messages", default: 200, range: 1...5_000),
            batchBytes: try t.int("batch_bytes", default: 16 << 20, range: (64 << 10)...(1 << 30)),
            connectTimeoutSeconds: try t.double("connect_timeout_seconds", default: 30, range: 1...600),
            commandTimeoutSeconds: try t.double("command_timeout_seconds", default: 120, range: 1...3_600),
            initialBackoffSeconds: try t.double("initial_backoff_seconds", default: 5, range: 0.1...3_600),
            maxBackoffSeconds: try t.double("max_backoff_seconds", default: 900, range: 0.1...86_400),
            mailboxes: [])
        guard imap.maxBackoffSeconds >= imap.initialBackoffSeconds else {
            throw .invalidValue(key: "intake.imap.max_backoff_seconds", value: String(imap.maxBackoffSeconds),
                                allowed: "a number no smaller than intake.imap.initial_backoff_seconds")
        }
        for m in try t.tableArray("mailboxes", allowed: [
            "name", "host", "port", "security", "allow_plain", "ca_file", "username", "auth", "password_env", "password_file",
            "password", "oauth2", "folders", "action", "move_to", "keyword",
        ]) {
            let name = try m.string("name", default: "")
            guard !name.isEmpty, name.count <= 40, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw .invalidValue(key: m.qualified("name"), value: "\"\(name)\"", allowed: "1 to 40 letters, digits, - or _ (it names the mailbox in the store)")
            }
            guard !imap.mailboxes.contains(where: { $0.name == name }) else {
                throw .invalidValue(key: m.qualified("name"), value: "\"\(name)\"", allowed: "a name no other mailbox has")
            }
            let host = try m.string("host", default: "")
            guard !host.isEmpty, !host.contains(where: { $0 == "/" || $0 == "@" || $0.isWhitespace }) else {
                throw .invalidValue(key: m.qualified("host"), value: "\"\(host)\"", allowed: "a host name or IP address")
            }
            let security: Security = try m.choice("security", default: .tls)
            if security == .plain, try !m.bool("allow_plain", default: false) {
                throw .invalidValue(key: m.qualified("security"), value: "\"plain\"",
                                    allowed: "\"tls\" or \"starttls\"; plain IMAP sends the password in clear and needs allow_plain = true (loopback tests only)")
            }
            let authName = try m.string("auth", default: "password")
            let authentication: Authentication
            switch authName {
            case "password":
                guard let secret = try m.secret("password") else {
                    throw .invalidValue(key: m.qualified("password_env"), value: "(missing)",
                                        allowed: "password_env = \"VARIABLE\" or password_file = \"/run/secrets/...\"")
                }
                if m.table["oauth2"] != nil {
                    throw .invalidValue(key: m.qualified("oauth2"), value: "a table", allowed: "only with auth = \"oauth2\"")
                }
                authentication = .password(secret)
            case "oauth2":
                let o = try m.subtable("oauth2", allowed: ["token_url", "client_id", "client_secret_env", "client_secret_file", "client_secret", "scope", "ca_file"])
                guard let secret = try o.secret("client_secret") else {
                    throw .invalidValue(key: o.qualified("client_secret_env"), value: "(missing)",
                                        allowed: "client_secret_env = \"VARIABLE\" or client_secret_file = \"/run/secrets/...\"")
                }
                let tokenURL = try o.credentialURL(try o.string("token_url", default: ""), key: "token_url",
                                                   example: "https://login.microsoftonline.com/TENANT/oauth2/v2.0/token")
                if try m.secret("password") != nil {
                    throw .invalidValue(key: m.qualified("password_env"), value: "a password", allowed: "no password with auth = \"oauth2\"")
                }
                authentication = .oauth2(OAuth2(
                    tokenURL: tokenURL, clientID: try o.string("client_id", default: ""), clientSecret: secret,
                    scope: try o.string("scope", default: "https://outlook.office365.com/.default"),
                    caFile: try o.optionalString("ca_file")))
            default:
                throw .invalidValue(key: m.qualified("auth"), value: "\"\(authName)\"", allowed: "\"password\" or \"oauth2\"")
            }
            let folders = try m.stringArray("folders", default: ["INBOX"])
            guard !folders.isEmpty, folders.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isNewline) }) else {
                throw .invalidValue(key: m.qualified("folders"), value: "\(folders)", allowed: "one or more folder names")
            }
            let action: Action = try m.choice("action", default: .move)
            let moveTo = try m.string("move_to", default: "Postmottak")
            guard !folders.contains(moveTo) || action != .move else {
                throw .invalidValue(key: m.qualified("move_to"), value: "\"\(moveTo)\"", allowed: "a folder that is not one of the polled folders")
            }
            let keyword = try m.string("keyword", default: "$Postmottak")
            guard keyword.allSatisfy({ $0.isASCII && !$0.isWhitespace && !"(){%*\"\\]".contains($0) }) else {
                throw .invalidValue(key: m.qualified("keyword"), value: "\"\(keyword)\"", allowed: "an IMAP keyword: ASCII, no spaces or ( ) { % * \" \\ ]")
            }
            imap.mailboxes.append(Mailbox(
                name: name, host: host,
                port: try m.int("port", default: security == .tls ? 993 : 143, range: 1...65_535),
                security: security, caFile: try m.optionalString("ca_file"),
                username: try m.string("username", default: ""), authentication: authentication,
                folders: folders, action: action, moveTo: moveTo, keyword: keyword))
        }
        return imap
    }
}

extension ConfigTable {
    /// An array of strings.
    func stringArray(_ key: String, default value: [String]) throws(ConfigurationError) -> [String] {
        guard let node = table[key] else { return value }
        guard node.type == .array, let array = node.array else {
            throw .wrongType(key: qualified(key), value: Self.render(node), expected: "an array of strings")
        }
        var result: [String] = []
        for element in array {
            guard let s = element.string else {
                throw .wrongType(key: qualified(key), value: Self.render(element), expected: "an array of strings")
            }
            result.append(s)
        }
        return result
    }
}
