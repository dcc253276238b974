/// What a person at the workbench does, and so what they may see and do.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    /// Scans and reviews: cards and ordinary mail in review, and quarantine.
    case mailroom
    /// Everything the mailroom does, plus formal and sensitive items, originals and the outbox.
    case archivist
    /// Statistics and read-only search; no originals and no sensitive texts.
    case quality
    /// Accounts and the configuration check.
    case admin

    /// Whether this role may do `permission`.
    public func may(_ permission: Permission) -> Bool {
        switch (self, permission) {
        case (_, .search): true
        case (.mailroom, .review), (.mailroom, .quarantine): true
        case (.archivist, .review), (.archivist, .quarantine), (.archivist, .formalAndSensitive),
             (.archivist, .originals), (.archivist, .outbox), (.archivist, .statistics): true
        case (.quality, .statistics): true
        case (.admin, .accounts), (.admin, .configuration), (.admin, .statistics): true
        default: false
        }
    }

    /// The role's name as the workbench shows it (Norwegian first).
    public var title: String {
        switch self {
        case .mailroom: "Postmottak"
        case .archivist: "Arkivar"
        case .quality: "Kvalitet"
        case .admin: "Administrator"
        }
    }
}
