public import Foundation

/// Finds the files the configuration names by a relative path: the classifier model, the
/// form templates and the acknowledgement templates. One search path, in this order:
///
/// 1. the path as given: absolute, or relative to the working directory;
/// 2. the install prefix of the executable: `<prefix>/share/postmottak/<path>`, where the
///    executable is `<prefix>/bin/postmottak` (`make install`), a leading `Config/` dropped;
/// 3. a development build: `<package>/<path>`, looking upwards from the executable;
/// 4. `/etc/postmottak/<path>`, a leading `Config/` dropped (the Docker image).
///
/// So a binary installed or copied with its `share/postmottak` behaves the same from any
/// working directory, and one that finds nothing says so at start instead of guessing.
public enum Resources {
    /// Every place `configured` is looked for, in order.
    public static func searchPath(for configured: String) -> [URL] {
        var candidates = [URL(fileURLWithPath: configured)]
        guard !configured.hasPrefix("/") else { return candidates }
        let shipped = configured.hasPrefix("Config/") ? String(configured.dropFirst("Config/".count)) : configured
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var starts = [executable]
        if let path = Bundle.main.executablePath { starts.append(URL(fileURLWithPath: path)) }
        starts.append(executable.resolvingSymlinksInPath())
        for start in starts {
            let prefix = start.deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(prefix.appendingPathComponent("share/postmottak").appendingPathComponent(shipped))
        }
        for start in starts {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(dir.appendingPathComponent(configured))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: "/etc/postmottak").appendingPathComponent(shipped))
        var seen = Set<String>()
        return candidates.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The first file (or folder) on the search path, or nil.
    public static func locate(_ configured: String, directory: Bool = false) -> URL? {
        searchPath(for: configured).first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue == directory
        }
    }

    /// The first file (or folder) on the search path, or an error naming the key and every
    /// place looked in.
    public static func require(_ configured: String, key: String, directory: Bool = false) throws(ConfigurationError) -> URL {
        guard let found = locate(configured, directory: directory) else {
            throw .missingResource(key: key, value: configured, searched: searchPath(for: configured).map(\.path))
        }
        return found
    }
}
