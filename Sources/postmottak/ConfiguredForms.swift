import ArgumentParser
import PostmottakConfig
import PostmottakScan
import PostmottakService

extension PostmottakConfiguration {
    /// The form templates of `scan.forms_dir`; a missing folder stops the command naming the key.
    func requiredFormTemplates() throws -> [FormTemplate] {
        try FormTemplate.load(directory: try FormsDirectory.require(scan.formsDirectory))
    }
}
