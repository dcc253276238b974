public import Foundation
public import PostmottakConfig

/// Finds the folder of form templates, `scan.forms_dir`, on the one search path
/// (``Resources``).
public enum FormsDirectory {
    public static func locate(_ configured: String) -> URL? {
        Resources.locate(configured, directory: true)
    }

    /// The folder, or an error naming `scan.forms_dir` and where it was looked for.
    public static func require(_ configured: String) throws(ConfigurationError) -> URL {
        try Resources.require(configured, key: "scan.forms_dir", directory: true)
    }
}
