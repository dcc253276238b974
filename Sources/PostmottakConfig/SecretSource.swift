public import Foundation

/// Where a secret comes from: never the configuration file itself.
public enum SecretSource: Sendable, Equatable {
    /// An environment variable, by name.
    case environment(name: String, key: String)
    /// A file (for example a Docker or systemd secret); surrounding white space is trimmed.
    case file(path: String, key: String)

    /// Reads the secret now. The error names the key and the source, never the value.
    public func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigurationError) -> String {
        switch self {
        case .environment(let name, let key):
            guard let value = environment[name], !value.isEmpty else {
                throw .secretUnavailable(key: key, reason: "environment variable \(name) is not set")
            }
            return value
        case .file(let path, let key):
            do {
                let value = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !value.isEmpty else { throw ConfigurationError.secretUnavailable(key: key, reason: "file \(path) is empty") }
                return value
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw .secretUnavailable(key: key, reason: "file \(path) cannot be read (\(error.localizedDescription))")
            }
        }
    }
}
