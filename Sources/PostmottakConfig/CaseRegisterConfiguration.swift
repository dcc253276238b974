import Foundation
import TOMLKit

extension PostmottakConfiguration {
    /// The case-register connectors that exist.
    public enum CaseRegisterConnector: String, Sendable, Equatable, CaseIterable {
        /// `arkivmelding` XML files (KS Fiks Arkiv V1) with their documents, in a folder: the embedded default.
        case arkivmelding
        /// A Noark 5 tjenestegrensesnitt (REST) case register.
        case noark5
        /// No connector: formal submissions wait, parked with the reason, until one is configured.
        case none
    }

    /// The case-register destination (`[case_register]`).
    public struct CaseRegister: Sendable, Equatable {
        public var connector: CaseRegisterConnector
        /// `tilgangsrestriksjon` for sensitive submissions (a code of the municipality's list).
        public var restrictedAccessCode: String
        /// `skjermingshjemmel`: the legal basis of the restriction.
        public var legalBasis: String
        public var arkivmelding: Arkivmelding
        public var noark5: Noark5?
    }

    /// `[case_register.arkivmelding]`.
    public struct Arkivmelding: Sendable, Equatable {
        /// The folder that receives one folder per submission.
        public var path: String
        /// `system` and the `fagsystem` of the external keys.
        public var system: String
        public var classID: String?
    }

    /// `[case_register.noark5]`.
    public struct Noark5: Sendable, Equatable {
        public var url: String
        public var clientID: String
        public var clientSecret: SecretSource
        public var scope: String?
        public var tokenURL: String?
        public var series: String
        public var classID: String?
        public var metadataKey: String
        public var timeoutSeconds: Double
        public var caFile: String?
        public var chunkBytes: Int
        /// Origins besides url's that the register's addresses may lead to (a file server
        /// behind the same register); the bearer token goes to these and to url's only.
        public var extraOrigins: [String]
    }

    static func parseCaseRegister(_ root: ConfigTable) throws(ConfigurationError) -> CaseRegister {
        let c = try root.subtable("case_register", allowed: ["connector", "restricted_access_code", "legal_basis", "arkivmelding", "noark5"])
        let connector: CaseRegisterConnector = try c.choice("connector", default: .arkivmelding)
        let a = try c.subtable("arkivmelding", allowed: ["path", "system", "class_id"])
        let arkivmelding = Arkivmelding(path: try a.string("path", default: "case-register"),
                                        system: try a.string("system", default: "Postmottak"),
                                        classID: try a.optionalString("class_id"))
        var noark5: Noark5?
        if c.table["noark5"] != nil || connector == .noark5 {
            let n = try c.subtable("noark5", allowed: [
                "url", "client_id", "client_secret_env", "client_secret_file", "scope", "token_url", "series", "class_id",
                "metadata_key", "timeout_seconds", "ca_file", "chunk_bytes", "origins",
            ])
            let url = try n.credentialURL(try n.string("url", default: ""), key: "url", example: "https://arkiv.example.no/noark5v5/api")
            let tokenURL = try n.optionalString("token_url").map { u throws(ConfigurationError) in
                try n.credentialURL(u, key: "token_url", example: "https://login.example.no/oauth2/token")
            }
            guard let secret = try n.secret("client_secret") else {
                throw .invalidValue(key: n.qualified("client_secret_env"), value: "(missing)",
                                    allowed: "client_secret_env = \"VARIABLE\" or client_secret_file = \"/run/secrets/...\"")
            }
            let key = try n.string("metadata_key", default: "vnd-postmottak-v1:submissionid")
            guard key.range(of: #"^[a-z0-9]+(-[a-z0-9]+)+:[a-z0-9]+$"#, options: .regularExpression) != nil else {
                throw .invalidValue(key: n.qualified("metadata_key"), value: "\"\(key)\"", allowed: "a name like vnd-<unit>-v1:<field> (a–z, 0–9)")
            }
            noark5 = Noark5(
                url: url, clientID: try n.string("client_id", default: ""), clientSecret: secret, scope: try n.optionalString("scope"),
                tokenURL: tokenURL, series: try n.string("series", default: "Sakarkiv"),
                classID: try n.optionalString("class_id"), metadataKey: key,
                timeoutSeconds: try n.double("timeout_seconds", default: 60, range: 1...3_600), caFile: try n.optionalString("ca_file"),
                chunkBytes: try n.int("chunk_bytes", default: 8 << 20, range: 4_096...(1 << 30)),
                extraOrigins: try n.stringArray("origins", default: []).map { o throws(ConfigurationError) in
                    try n.credentialURL(o, key: "origins", example: "https://filer.arkiv.kommune.no")
                })
            if noark5?.clientID.isEmpty == true {
                throw .invalidValue(key: n.qualified("client_id"), value: "(missing)", allowed: "the OAuth2 client id")
            }
        }
        return CaseRegister(
            connector: connector,
            restrictedAccessCode: try c.string("restricted_access_code", default: "XX"),
            legalBasis: try c.string("legal_basis", default: "Offl. § 13 jf. fvl. § 13 første ledd nr. 1"),
            arkivmelding: arkivmelding, noark5: noark5)
    }
}
