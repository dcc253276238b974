/// How an item joined another item's case (`duplicate_of` or `followup_of` says which).
public enum LinkType: String, Sendable, Codable, CaseIterable, Hashable {
    /// The same message again (Message-ID, bytes, or the same text from the same sender).
    case exact
    /// Nearly the same text from the same sender within the window.
    case near
    /// An answer or addition to the case.
    case followup
}
