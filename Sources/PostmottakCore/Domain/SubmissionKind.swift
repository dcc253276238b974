/// What a piece of intake is, as ../DOMAIN.md defines it.
///
/// The first five are submissions (they get a reference number); the last three are not.
public enum SubmissionKind: String, Sendable, Codable, CaseIterable, Hashable {
    case deviation
    case suggestion
    case praise
    case question
    case formal
    case autoReply = "auto_reply"
    case bounce
    case spam

    /// Whether this kind is a citizen's submission that gets a reference number.
    public var isSubmission: Bool {
        switch self {
        case .deviation, .suggestion, .praise, .question, .formal: true
        case .autoReply, .bounce, .spam: false
        }
    }
}
