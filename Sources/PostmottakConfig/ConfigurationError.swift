/// A configuration that Postmottak cannot start with. Each case names the key, the value and
/// what is allowed, so the message alone is enough to fix the file.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case syntax(path: String, line: Int, column: Int, message: String)
    case unknownKey(key: String, allowed: [String])
    case wrongType(key: String, value: String, expected: String)
    case invalidValue(key: String, value: String, allowed: String)
    case secretInFile(key: String)
    case secretUnavailable(key: String, reason: String)
    /// A file or folder the configuration names is nowhere on the search path (`Resources`).
    case missingResource(key: String, value: String, searched: [String])

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "configuration file \(path) cannot be read: \(reason)"
        case .syntax(let path, let line, let column, let message):
            "configuration file \(path), line \(line), column \(column): \(message)"
        case .unknownKey(let key, let allowed):
            "unknown configuration key `\(key)`; allowed here: \(allowed.sorted().joined(separator: ", "))"
        case .wrongType(let key, let value, let expected):
            "configuration key `\(key)` = \(value) has the wrong type: expected \(expected)"
        case .invalidValue(let key, let value, let allowed):
            "configuration key `\(key)` = \(value) is not allowed: expected \(allowed)"
        case .secretInFile(let key):
            "configuration key `\(key)` holds a secret, and secrets are never read from the configuration file: "
                + "set `\(key)_env` to the name of an environment variable or `\(key)_file` to a file that holds it"
        case .secretUnavailable(let key, let reason):
            "secret `\(key)` cannot be read: \(reason)"
        case .missingResource(let key, let value, let searched):
            "configuration key `\(key)` = \"\(value)\" names nothing that exists; looked in \(searched.joined(separator: ", ")). "
                + "Install it (make install), give an absolute path, or run from the folder that holds it"
        }
    }
}
