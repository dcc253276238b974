extension PostmottakConfiguration {
    /// Duplicates and follow-ups (`[linking]`).
    public struct Linking: Sendable, Equatable {
        /// A near duplicate is from the same sender within this many days.
        public var nearDuplicateWindowDays: Double
        /// The estimated Jaccard similarity of word 3-shingles from which two texts are nearly the same.
        public var nearDuplicateSimilarity: Double
        /// An addition without threading headers ("I forgot to say…") joins the sender's case
        /// from within this many days.
        public var followupWindowDays: Double
    }

    static func parseLinking(_ root: ConfigTable) throws(ConfigurationError) -> Linking {
        let l = try root.subtable("linking", allowed: ["near_duplicate_window_days", "near_duplicate_similarity", "followup_window_days"])
        return Linking(
            nearDuplicateWindowDays: try l.double("near_duplicate_window_days", default: 14, range: 0...3650),
            nearDuplicateSimilarity: try l.double("near_duplicate_similarity", default: 0.5, range: 0.05...1),
            followupWindowDays: try l.double("followup_window_days", default: 30, range: 0...3650))
    }
}
