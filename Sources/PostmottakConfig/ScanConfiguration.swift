extension PostmottakConfiguration {
    /// Scanned paper: OCR and form templates (`[scan]`).
    public struct Scan: Sendable, Equatable {
        /// Tesseract languages, joined with `+`.
        public var languages: String
        /// OCR engines, one per worker; 0 means one per core.
        public var workers: Int
        /// The folder of form templates (`*.json`).
        public var formsDirectory: String
    }

    static func parseScan(_ root: ConfigTable) throws(ConfigurationError) -> Scan {
        let s = try root.subtable("scan", allowed: ["languages", "workers", "forms_dir"])
        let languages = try s.string("languages", default: "nor+swe+eng")
        guard languages.split(separator: "+").allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0 == "_" } }) else {
            throw .invalidValue(key: "scan.languages", value: "\"\(languages)\"", allowed: "Tesseract language codes joined with +, such as \"nor+swe+eng\"")
        }
        return Scan(languages: languages, workers: try s.int("workers", default: 0, range: 0...64),
                    formsDirectory: try s.string("forms_dir", default: "Config/forms"))
    }
}
