extension PostmottakConfiguration {
    /// Scanned paper: OCR and form templates (`[scan]`).
    public struct Scan: Sendable, Equatable {
        /// Tesseract languages, joined with `+`.
        public var languages: String
        /// OCR engines, one per worker; 0 means one per core.
        public var workers: Int
        /// The folder of form templates (`*.json`).
        public var formsDirectory: String
        /// The comb cell classifier (made by `postmottak-dev train-ocr`), or `none`: Tesseract alone reads the combs.
        public var cellModel: String = "Config/model/comb-cells.json"
    }

    static func parseScan(_ root: ConfigTable) throws(ConfigurationError) -> Scan {
        let s = try root.subtable("scan", allowed: ["languages", "workers", "forms_dir", "cell_model"])
        let languages = try s.string("languages", default: "nor+swe+eng")
        guard languages.split(separator: "+").allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0 == "_" } }) else {
            throw .invalidValue(key: "scan.languages", value: "\"\(languages)\"", allowed: "Tesseract language codes joined with +, such as \"nor+swe+eng\"")
        }
        return Scan(languages: languages, workers: try s.int("workers", default: 0, range: 0...64),
                    formsDirectory: try s.string("forms_dir", default: "Config/forms"),
                    cellModel: try s.string("cell_model", default: "Config/model/comb-cells.json"))
    }
}

extension PostmottakConfiguration {
    static func parseScanFolder(_ intake: ConfigTable) throws(ConfigurationError) -> ScanFolder {
        let f = try intake.subtable("scan_folder", allowed: [
            "enabled", "path", "processed_path", "failed_path", "watch", "rescan_interval_seconds", "settle_seconds",
        ])
        return ScanFolder(
            enabled: try f.bool("enabled", default: true),
            path: try f.string("path", default: "scans"),
            processedPath: try f.string("processed_path", default: "scans/processed"),
            failedPath: try f.string("failed_path", default: "scans/failed"),
            watch: try f.bool("watch", default: true),
            rescanIntervalSeconds: try f.double("rescan_interval_seconds", default: 60, range: 0.1...86_400),
            settleSeconds: try f.double("settle_seconds", default: 2, range: 0...3_600))
    }
}

extension PostmottakConfiguration {
    /// Classification (`[classify]`).
    public struct Classify: Sendable, Equatable {
        /// The trained model file (made by `postmottak train`).
        public var model: String
        /// Below this confidence a decision goes to review instead of guessing.
        public var reviewBelow: Double
    }

    static func parseClassify(_ root: ConfigTable) throws(ConfigurationError) -> Classify {
        let c = try root.subtable("classify", allowed: ["model", "review_below"])
        return Classify(model: try c.string("model", default: "Config/model/classifier.json"),
                        reviewBelow: try c.double("review_below", default: 0.5, range: 0...1))
    }
}
