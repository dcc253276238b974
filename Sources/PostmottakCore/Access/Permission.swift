/// One thing a person may be allowed to do at the workbench (see `Role.may`).
public enum Permission: String, Sendable, Hashable, CaseIterable {
    /// Check and approve cards and ordinary mail the machine was unsure of.
    case review
    /// See quarantined items' reasons and headers; process them again or discard them.
    case quarantine
    /// Open formal and sensitive items (or ones suspected to be), their text included.
    case formalAndSensitive
    /// Download an item's original bytes.
    case originals
    /// See deliveries and retry parked ones.
    case outbox
    /// Read statistics.
    case statistics
    /// Find an item by its reference number or id (what it shows depends on the other permissions).
    case search
    /// Add and disable accounts.
    case accounts
    /// Run the configuration check.
    case configuration
}
