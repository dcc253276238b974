public import Foundation

/// Where a mailbox folder stands: its UIDVALIDITY and the UID below which every message has
/// been taken (captured, or found gone).
public struct MailFolderState: Sendable, Equatable {
    public var uidValidity: UInt32
    public var nextUID: UInt32

    public init(uidValidity: UInt32, nextUID: UInt32) {
        self.uidValidity = uidValidity
        self.nextUID = nextUID
    }
}

/// Where a message sits on a server: mailbox, folder, UIDVALIDITY and UID.
public struct MailLocation: Sendable, Hashable, CustomStringConvertible {
    public var mailbox: String
    public var folder: String
    public var uidValidity: UInt32

    public init(mailbox: String, folder: String, uidValidity: UInt32) {
        self.mailbox = mailbox
        self.folder = folder
        self.uidValidity = uidValidity
    }

    /// The source key of the message with `uid` here (what makes a re-fetch recognisable).
    public func sourceKey(uid: UInt32) -> String { "imap:\(mailbox)/\(folder);UIDVALIDITY=\(uidValidity);UID=\(uid)" }

    public var description: String { "\(mailbox)/\(folder)" }
}

/// A message fetched from a folder, its bytes already in the blob store.
public struct FetchedMail: Sendable {
    public var uid: UInt32
    /// The blob with the message (or, when it was too large, its headers and a note).
    public var blobDigest: String
    /// The message's size on the server.
    public var size: Int64
    /// False when only the headers were kept.
    public var complete: Bool
    /// The same message however it was delivered (see `IntakeItem.contentKey`).
    public var contentKey: String?
    /// Why the message is quarantined at once (too large), or nil.
    public var quarantineReason: String?
    /// The bytes, when they are to be stored inside the capture's transaction (small
    /// originals) rather than already written as a blob file.
    public var inlineData: Data?

    public init(uid: UInt32, blobDigest: String, size: Int64, complete: Bool, contentKey: String?, quarantineReason: String? = nil,
                inlineData: Data? = nil) {
        self.inlineData = inlineData
        self.uid = uid
        self.blobDigest = blobDigest
        self.size = size
        self.complete = complete
        self.contentKey = contentKey
        self.quarantineReason = quarantineReason
    }
}

/// What capturing a fetched message did.
public enum MailCaptureOutcome: Sendable, Equatable {
    /// A new item.
    case captured(itemID: Int64)
    /// The same message (same bytes, or same Message-ID and body) is item `of`: no new item.
    case duplicate(of: Int64)
    /// This very UID was captured before (a re-fetch after a crash or a lost answer).
    case known(itemID: Int64)
}
