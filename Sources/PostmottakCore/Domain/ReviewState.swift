/// Why an item waits for a person, or that one has looked: what the pipeline decides on
/// (the review reason beside it is text for the person, never read by the machine).
public enum ReviewState: String, Sendable, Codable, CaseIterable, Hashable {
    /// Kind or service area below `classify.review_below`: a person decides.
    case unsureClassification = "unsure_classification"
    /// A scanned card's fields to check.
    case cardFields = "card_fields"
    /// The message quotes the reference number of another sender's case.
    case strangerReference = "stranger_reference"
    /// A person approved it (`postmottak review approve`): no more review for it.
    case checkedByPerson = "checked_by_person"
}
