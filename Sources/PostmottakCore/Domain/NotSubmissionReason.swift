/// Why a message is kept but given no reference number and no acknowledgement.
public enum NotSubmissionReason: Sendable, Codable, Hashable {
    /// An automatic reply (RFC 3834 or a vendor's header), with the evidence.
    case autoReply(evidence: String)
    /// A delivery status notification, with the evidence.
    case bounce(evidence: String)
    /// Mail from a mailing list or bulk sender, with the evidence.
    case mailingList(evidence: String)
    /// Spam, with the evidence.
    case spam(evidence: String)
    /// Spam the mail server let through, recognised by the text model with near certainty.
    case spamByText(evidence: String)

    /// The kind recorded for such a message. Mailing-list and bulk mail are recorded as spam.
    public var kind: SubmissionKind {
        switch self {
        case .autoReply: .autoReply
        case .bounce: .bounce
        case .mailingList, .spam, .spamByText: .spam
        }
    }

    /// A sentence for the item's reason and its event.
    public var explanation: String {
        switch self {
        case .autoReply(let evidence): "automatic reply (\(evidence)): no reference number, no acknowledgement"
        case .bounce(let evidence): "delivery status notification (\(evidence)): no reference number, no acknowledgement"
        case .mailingList(let evidence): "mailing-list or bulk mail (\(evidence)): no reference number, no acknowledgement"
        case .spam(let evidence): "spam (\(evidence)): no reference number, no acknowledgement"
        case .spamByText(let evidence): "spam by its text (\(evidence)): no reference number, no acknowledgement"
        }
    }
}
