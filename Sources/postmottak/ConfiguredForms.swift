import ArgumentParser
import PostmottakConfig
import PostmottakScan
import PostmottakService

extension PostmottakConfiguration {
    /// The form templates of `scan.forms_dir`; a missing folder stops the command naming the key.
    func requiredFormTemplates() throws -> [FormTemplate] {
        guard let dir = FormsDirectory.locate(scan.formsDirectory) else {
            throw ValidationError("no forms folder at \(scan.formsDirectory) (scan.forms_dir)")
        }
        return try FormTemplate.load(directory: dir)
    }
}
