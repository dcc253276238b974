public import Foundation

/// Finds the folder of form templates: `scan.forms_dir` as given (relative to the working
/// directory), else the repository's `Config/forms` beside a development build, else
/// `/etc/postmottak/forms` (the Docker image).
public enum FormsDirectory {
    public static func locate(_ configured: String) -> URL? {
        ConfigFile.locate(configured, installed: "/etc/postmottak/forms", directory: true)
    }
}

/// Finds a file or folder the configuration names by a relative path: as given (relative to
/// the working directory), else beside a development build (looking upwards from the
/// executable), else where the Docker image installs it.
public enum ConfigFile {
    public static func locate(_ configured: String, installed: String, directory: Bool = false) -> URL? {
        let fm = FileManager.default
        var candidates = [URL(fileURLWithPath: configured)]
        if !configured.hasPrefix("/") {
            // A development build lives in <package>/.build/...: look upwards from it.
            let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
            for start in [executable, executable.resolvingSymlinksInPath()] {
                var dir = start.deletingLastPathComponent()
                for _ in 0..<5 {
                    candidates.append(dir.appendingPathComponent(configured))
                    dir = dir.deletingLastPathComponent()
                }
            }
            candidates.append(URL(fileURLWithPath: installed))
        }
        return candidates.first { url in
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue == directory
        }
    }
}
