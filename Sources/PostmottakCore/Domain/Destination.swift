/// Where an accepted submission is forwarded.
public enum Destination: String, Sendable, Codable, CaseIterable, Hashable {
    /// The case register (sak-arkivsystem): formal matters.
    case caseRegister = "case_register"
    /// The archive system: deviations, suggestions, praise and questions.
    case archive

    /// The default destination for a kind, before configured routing rules apply.
    public static func `default`(for kind: SubmissionKind) -> Destination? {
        switch kind {
        case .formal: .caseRegister
        case .deviation, .suggestion, .praise, .question: .archive
        case .autoReply, .bounce, .spam: nil
        }
    }
}
