/// Pipeline failures that are not about one item's content (those quarantine the item).
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    /// A stored extraction could not be read back.
    case unreadableExtraction(itemID: Int64, reason: String)

    public var description: String {
        switch self {
        case .unreadableExtraction(let id, let reason):
            "the stored extraction of item \(id) cannot be read (\(reason)); the item stays where it is"
        }
    }
}
