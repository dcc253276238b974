public import PostmottakConfig
public import PostmottakScan

extension ScanDocument.Limits {
    /// The limits `[pipeline]` sets for every scan, and for the pictures and PDFs attached to
    /// one message together.
    public init(_ configuration: PostmottakConfiguration) {
        self.init(maxPages: configuration.pipeline.maxDocumentPages,
                  maxDocumentPixels: configuration.pipeline.maxDocumentPixels,
                  pageTimeBudget: configuration.pipeline.pageTimeBudgetSeconds)
    }
}
