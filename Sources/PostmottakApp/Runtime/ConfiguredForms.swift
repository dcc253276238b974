public import PostmottakConfig
public import PostmottakScan

extension PostmottakConfiguration {
    /// The form templates of `scan.forms_dir`; a missing folder stops the command naming the key.
    public func requiredFormTemplates() throws -> [FormTemplate] {
        try FormTemplate.load(directory: try FormsDirectory.require(scan.formsDirectory))
    }
}

extension PostmottakConfiguration {
    /// The comb cell classifier of `scan.cell_model`, nil for `none`; a missing or unreadable
    /// file stops the command naming the key (combs would silently be read less well).
    public func cellClassifier() throws -> CellClassifier? {
        guard scan.cellModel != "none" else { return nil }
        return try CellClassifier(contentsOf: try Resources.require(scan.cellModel, key: "scan.cell_model"))
    }

    /// A reader of scans with the configured templates and cell classifier, `workers` engines.
    public func scanReader(workers: Int) throws -> ScanReader {
        ScanReader(pool: OCRPool(size: workers, languages: scan.languages), templates: try requiredFormTemplates(), cellClassifier: try cellClassifier())
    }
}
