import PostmottakCore

/// The words the workbench shows for the domain's values, in the request's language (each
/// value's key is its raw value: "kind.deviation", "area.school", "status.done").
enum Labels {
    static func kind(_ kind: SubmissionKind, _ texts: Texts) -> String { texts("kind." + kind.rawValue) }

    static func formalType(_ type: FormalType, _ texts: Texts) -> String { texts("formal_type." + type.rawValue) }

    static func area(_ area: ServiceArea, _ texts: Texts) -> String { texts("area." + area.rawValue) }

    static func channel(_ channel: Channel, _ texts: Texts) -> String { texts("channel." + channel.rawValue) }

    static func status(_ status: ItemStatus, _ texts: Texts) -> String { texts("status." + status.rawValue) }

    static func destination(_ destination: Destination, _ texts: Texts) -> String { texts("destination." + destination.rawValue) }

    static func role(_ role: Role, _ texts: Texts) -> String { texts("role." + role.rawValue) }

    /// A card field's label (an unknown field by its own name).
    static func field(_ name: String, _ texts: Texts) -> String { texts.lookup("field." + name) ?? name }

    /// Why an item waits, in a word or two, for the queue.
    static func flag(_ state: ReviewState?, formalType: FormalType?, _ texts: Texts) -> String? {
        if formalType == .accessRequest || state == .possiblyAccessRequest { return texts("flag.access_request") }
        switch state {
        case .possiblyFormal: return texts("flag.formal")
        case .possiblySensitive: return texts("flag.sensitive")
        default: return nil
        }
    }

    /// Why an item waits, as a sentence for the mailroom.
    static func reviewState(_ state: ReviewState?, _ texts: Texts) -> String {
        texts("review_state." + (state?.rawValue ?? "none"))
    }
}
