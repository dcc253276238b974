/// Why an item waits for a person, or that one has looked: what the pipeline decides on
/// (the review reason beside it is text for the person, never read by the machine).
public enum ReviewState: String, Sendable, Codable, CaseIterable, Hashable {
    /// Whether the law cares: a suspected formal matter or care details, which joining a case
    /// never settles.
    public var isLegalSuspicion: Bool { self == .possiblyFormal || self == .possiblyAccessRequest || self == .possiblySensitive }

    /// Kind or service area below `classify.review_below`: a person decides.
    case unsureClassification = "unsure_classification"
    /// The rules found no formal matter, but the model thinks it may be one (an access
    /// request inside a complaint, an appeal without the word): the law wants a person to look.
    case possiblyFormal = "possibly_formal"
    /// As `possiblyFormal`, and the model leans to an access request: first in the queue,
    /// since the law wants those answered without delay.
    case possiblyAccessRequest = "possibly_access_request"
    /// The rules found no identity number or care details, but the model thinks the text may
    /// hold health or social-care details about a person.
    case possiblySensitive = "possibly_sensitive"
    /// A scanned card's fields to check.
    case cardFields = "card_fields"
    /// The message quotes the reference number of another sender's case.
    case strangerReference = "stranger_reference"
    /// A person approved it (`postmottak review approve`): no more review for it.
    case checkedByPerson = "checked_by_person"
}
