/// Where an intake item stands in the pipeline.
///
/// The pipeline moves an item forward one status per committed transaction:
/// `captured → extracted → classified → linked → numbered → routed → dispatched → done`.
/// `quarantined` and `ignored` are terminal side exits, each recorded with its reason.
public enum ItemStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// Raw bytes are stored durably; nothing else is known yet.
    case captured
    /// Text, headers and attachments are extracted.
    case extracted
    /// Read from a scan with fields a person must check first: it waits for
    /// `postmottak review approve`, then goes on as extracted.
    case review
    /// Kind, formal type, service area, language and sensitivity are decided.
    case classified
    /// Checked for duplicates and follow-ups.
    case linked
    /// A reference number is allocated (or deliberately not, for duplicates and follow-ups).
    case numbered
    /// The destination is decided.
    case routed
    /// One outbox row per outside effect is queued.
    case dispatched
    /// Every outside effect is delivered, or nothing was to be delivered.
    case done
    /// Bad input, kept with its reason for a person to look at.
    case quarantined
    /// Not a submission (auto-reply, bounce, list or spam), kept with its reason.
    case ignored

    /// The status the next pipeline step moves the item to, or nil when no step applies.
    public var next: ItemStatus? {
        switch self {
        case .captured: .extracted
        case .extracted: .classified
        case .review: nil
        case .classified: .linked
        case .linked: .numbered
        case .numbered: .routed
        case .routed: .dispatched
        case .dispatched: .done
        case .done, .quarantined, .ignored: nil
        }
    }

    /// The name of the pipeline step that works on an item in this status (it names the step in
    /// the event log and in the crash fuse's reason), or nil where no step works on it.
    public var stepName: String? {
        switch self {
        case .captured: "extract"
        case .extracted: "classify"
        case .classified: "link"
        case .linked: "number"
        case .numbered: "route"
        case .routed: "dispatch"
        case .review, .dispatched, .done, .quarantined, .ignored: nil
        }
    }

    /// Whether the item has reached an end state.
    public var isTerminal: Bool {
        switch self {
        case .done, .quarantined, .ignored: true
        default: false
        }
    }
}
