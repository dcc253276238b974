import PostmottakCore

extension ConfigTable {
    /// Checks a URL that credentials (a client secret, a bearer token, an HMAC-signed body)
    /// are sent to: an absolute https URL, or http on this machine's loopback for tests.
    func credentialURL(_ url: String, key: String, example: String) throws(ConfigurationError) -> String {
        guard let origin = URLOrigin(url), origin.isSecureForCredentials else {
            throw .invalidValue(key: qualified(key), value: "\"\(url)\"",
                                allowed: "an https:// URL such as \(example) (plain http:// only on 127.0.0.1, [::1] or localhost)")
        }
        return url
    }
}
