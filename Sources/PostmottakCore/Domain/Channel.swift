/// How a piece of intake reached the gateway.
public enum Channel: String, Sendable, Codable, CaseIterable, Hashable {
    /// A message file given to `postmottak ingest` or dropped into the drop folder.
    case file
    /// An IMAP mailbox.
    case imap
    /// The mailroom's scan folder.
    case scan
}
