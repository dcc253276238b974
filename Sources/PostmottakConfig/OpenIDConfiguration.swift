public import Foundation
public import PostmottakCore
import TOMLKit

extension PostmottakConfiguration.Web {
    /// Signing in through the municipality's identity provider (`[web.openid]`): OpenID Connect's
    /// authorization code flow with PKCE, against Entra ID, Keycloak or any other provider that
    /// publishes its discovery document. The role comes from a claim of the ID token.
    public struct OpenID: Sendable, Equatable {
        /// The issuer, exactly as the provider's ID tokens name it; its discovery document is at
        /// `<issuer>/.well-known/openid-configuration`.
        public var issuer: String
        public var clientID: String
        /// For a confidential client; a public client relies on PKCE alone.
        public var clientSecret: SecretSource?
        public var scopes: [String]
        /// The claim whose value becomes the account name (lower-cased).
        public var nameClaim: String
        /// The claim (a string or a list of strings) that carries the person's roles or groups.
        public var roleClaim: String
        /// Which claim value gives which role; the first that the token carries wins, and a
        /// token that carries none is refused.
        public var roles: [RoleMapping]
        /// The sign-in button's text; nil: the workbench's own, in the page's language.
        public var label: String?
        public var caFile: String?
        public var timeoutSeconds: Double

        /// One claim value and the role it gives.
        public struct RoleMapping: Sendable, Equatable {
            public var claim: String
            public var role: Role

            public init(claim: String, role: Role) {
                self.claim = claim
                self.role = role
            }
        }

        public init(issuer: String, clientID: String, clientSecret: SecretSource?, scopes: [String], nameClaim: String, roleClaim: String,
                    roles: [RoleMapping], label: String?, caFile: String?, timeoutSeconds: Double) {
            self.issuer = issuer
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.scopes = scopes
            self.nameClaim = nameClaim
            self.roleClaim = roleClaim
            self.roles = roles
            self.label = label
            self.caFile = caFile
            self.timeoutSeconds = timeoutSeconds
        }

        /// The role for a token that carries `values` in its role claim (nil: none is mapped).
        public func role(for values: [String]) -> Role? {
            roles.first { values.contains($0.claim) }?.role
        }
    }
}

extension PostmottakConfiguration {
    static func parseOpenID(_ web: ConfigTable) throws(ConfigurationError) -> Web.OpenID? {
        guard web.table["openid"] != nil else { return nil }
        let o = try web.subtable("openid", allowed: [
            "issuer", "client_id", "client_secret_env", "client_secret_file", "scopes", "name_claim", "role_claim", "roles", "label",
            "ca_file", "timeout_seconds",
        ])
        var issuer = try o.string("issuer", default: "")
        while issuer.hasSuffix("/") { issuer.removeLast() }
        guard !issuer.isEmpty else {
            throw .invalidValue(key: o.qualified("issuer"), value: "(missing)",
                                allowed: "the provider's issuer, e.g. \"https://login.microsoftonline.com/TENANT/v2.0\"")
        }
        _ = try o.credentialURL(issuer, key: "issuer", example: "https://keycloak.kommune.no/realms/ansatte")
        let clientID = try o.string("client_id", default: "")
        guard !clientID.isEmpty else {
            throw .invalidValue(key: o.qualified("client_id"), value: "(missing)", allowed: "the client id registered at the provider")
        }
        var scopes = try o.stringArray("scopes", default: ["openid", "profile", "email"])
        if !scopes.contains("openid") { scopes.insert("openid", at: 0) }
        var roles: [Web.OpenID.RoleMapping] = []
        for r in try o.tableArray("roles", allowed: ["claim", "role"]) {
            roles.append(.init(claim: try r.string("claim", default: ""), role: try r.choice("role", default: Role.mailroom)))
            guard r.table["role"] != nil, r.table["claim"] != nil else {
                throw .invalidValue(key: r.path, value: "(incomplete)", allowed: "claim = \"a value of the role claim\" and role = \"mailroom\"")
            }
        }
        guard !roles.isEmpty else {
            throw .invalidValue(key: o.qualified("roles"), value: "(none)",
                                allowed: "at least one [[web.openid.roles]] with claim = \"…\" and role = \"mailroom|archivist|quality|admin\"")
        }
        return Web.OpenID(
            issuer: issuer, clientID: clientID, clientSecret: try o.secret("client_secret"), scopes: scopes,
            nameClaim: try o.string("name_claim", default: "preferred_username"), roleClaim: try o.string("role_claim", default: "roles"),
            roles: roles, label: try o.optionalString("label"), caFile: try o.optionalString("ca_file"),
            timeoutSeconds: try o.double("timeout_seconds", default: 15, range: 1...120))
    }
}
