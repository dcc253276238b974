extension PostmottakConfiguration {
    /// How the pipeline guards itself against poisonous input (`[pipeline]`).
    public struct Pipeline: Sendable, Equatable {
        /// Items extracted at the same time (MIME, HTML, OCR): a slow item occupies one
        /// worker and the others go on. 0 means one per core.
        public var workers: Int
        /// How often a step may die with the process (a trap, the kernel's OOM killer) on one
        /// item before the crash fuse quarantines the item.
        public var maxUnfinishedSteps: Int
        /// Seconds a scan's page may take to render or OCR before it is given up, with the
        /// reason noted (a CPU bomb never holds a worker longer).
        public var pageTimeBudgetSeconds: Double
        /// Seconds the pictures and PDFs attached to one message may take to read, in all.
        public var itemTimeBudgetSeconds: Double
        /// The pixels one scan (or picture attached to mail) may decode, over all its pages.
        public var maxDocumentPixels: Int
        /// The pages one scan may have.
        public var maxDocumentPages: Int
    }

    static func parsePipeline(_ root: ConfigTable) throws(ConfigurationError) -> Pipeline {
        let p = try root.subtable("pipeline", allowed: [
            "workers", "max_unfinished_steps", "page_time_budget_seconds", "item_time_budget_seconds", "max_document_pixels",
            "max_document_pages",
        ])
        return Pipeline(
            workers: try p.int("workers", default: 0, range: 0...64),
            maxUnfinishedSteps: try p.int("max_unfinished_steps", default: 2, range: 1...100),
            pageTimeBudgetSeconds: try p.double("page_time_budget_seconds", default: 60, range: 1...3_600),
            itemTimeBudgetSeconds: try p.double("item_time_budget_seconds", default: 180, range: 1...86_400),
            maxDocumentPixels: try p.int("max_document_pixels", default: 400_000_000, range: 1_000_000...10_000_000_000),
            maxDocumentPages: try p.int("max_document_pages", default: 50, range: 1...10_000))
    }
}
