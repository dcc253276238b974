/// The type of a formal matter (kind = formal).
public enum FormalType: String, Sendable, Codable, CaseIterable, Hashable {
    case application
    case appeal
    case accessRequest = "access_request"
    case otherFormal = "other_formal"

    /// Access requests are urgent by law and are forwarded first.
    public var isUrgent: Bool { self == .accessRequest }
}
