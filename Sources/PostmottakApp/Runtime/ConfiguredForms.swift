public import PostmottakConfig
public import PostmottakScan

extension PostmottakConfiguration {
    /// The form templates of `scan.forms_dir`; a missing folder stops the command naming the key.
    public func requiredFormTemplates() throws -> [FormTemplate] {
        try FormTemplate.load(directory: try FormsDirectory.require(scan.formsDirectory))
    }
}
