import CCurl

/// Facts about the libcurl this process is linked with (IMAP and SMTP clients build on it).
public enum CurlLibrary {
    private static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    }()

    /// Initialises libcurl once per process; false when it failed.
    @discardableResult
    public static func ensureInitialized() -> Bool { initialized }

    /// libcurl's version, such as "7.88.1".
    public static var version: String { String(cString: pm_curl_version_string()) }

    /// Whether libcurl was built with `protocol` (for example "imaps" or "smtps").
    public static func supports(protocol name: String) -> Bool {
        pm_curl_version_has_protocol(name) != 0
    }
}
