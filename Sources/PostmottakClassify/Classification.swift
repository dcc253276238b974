public import PostmottakCore

/// The classifier's decision for one submission, with why.
public struct Classification: Sendable, Equatable, Codable {
    public var kind: SubmissionKind
    public var formalType: FormalType?
    public var serviceArea: ServiceArea
    public var language: Language
    public var sensitive: Bool
    /// Why it is sensitive: kinds of evidence only, never the numbers themselves.
    public var sensitiveReasons: [String]
    /// One line per decision: which rule fired, or that a default applied.
    public var explanation: [String]
    /// How sure the kind (with its formal type) and the service area are, 0…1.
    public var kindConfidence: Double = 1
    public var serviceAreaConfidence: Double = 1
    /// The formal type the model leans to when no formal rule fired: a person looks.
    public var possiblyFormal: FormalType?
    /// The model's probability that the text holds health or social-care details, when the
    /// rules found none and it is at or above the review threshold: a person looks.
    public var possiblySensitive: Double?
    /// Whether an identity number was found (then it is sensitive, whatever else is said).
    public var identityNumberFound = false

    public init(kind: SubmissionKind, formalType: FormalType?, serviceArea: ServiceArea, language: Language,
                sensitive: Bool, sensitiveReasons: [String], explanation: [String]) {
        self.kind = kind
        self.formalType = formalType
        self.serviceArea = serviceArea
        self.language = language
        self.sensitive = sensitive
        self.sensitiveReasons = sensitiveReasons
        self.explanation = explanation
    }
}
