import Foundation
import PostmottakCore
import PostmottakStore
import Testing

@Suite struct MailStoreTests {
    let store: Store

    init() throws {
        let dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    func fetched(_ uid: UInt32, _ bytes: String, key: String?) throws -> FetchedMail {
        FetchedMail(uid: uid, blobDigest: try store.blobs.put(Data(bytes.utf8)), size: Int64(bytes.utf8.count), complete: true, contentKey: key)
    }

    @Test func aMessageIsCapturedOnceAndACopyElsewhereIsNoNewItem() throws {
        let inbox = MailLocation(mailbox: "postmottak", folder: "INBOX", uidValidity: 7)
        let other = MailLocation(mailbox: "dialog", folder: "INBOX", uidValidity: 3)
        try store.startMailFolder(inbox)
        try store.startMailFolder(other)
        let first = try store.captureMail([try fetched(1, "Delivered-To: a\r\n\r\nhei", key: "mid:k1")], at: inbox, nextUID: 2)
        guard case .captured(let id)? = first[1] else { Issue.record("not captured: \(first)"); return }
        // The same UID again (a lost answer, a crash before the folder state was read back).
        #expect(try store.captureMail([try fetched(1, "Delivered-To: a\r\n\r\nhei", key: "mid:k1")], at: inbox, nextUID: 2)[1] == .known(itemID: id))
        // Another delivery of the same message: other trace headers, same Message-ID and body.
        #expect(try store.captureMail([try fetched(9, "Delivered-To: b\r\n\r\nhei", key: "mid:k1")], at: other, nextUID: 10)[9] == .duplicate(of: id))
        #expect(try store.allItems().count == 1)
        #expect(try store.events(of: id).contains { $0.reason.contains("dialog/INBOX UID 9") })
        #expect(try store.mailFolderState(mailbox: "dialog", folder: "INBOX") == MailFolderState(uidValidity: 3, nextUID: 10))
    }

    @Test func serverActionsArePendingUntilAcknowledged() throws {
        let inbox = MailLocation(mailbox: "m", folder: "INBOX", uidValidity: 1)
        try store.startMailFolder(inbox)
        _ = try store.captureMail([try fetched(4, "a", key: nil), try fetched(5, "b", key: nil)], at: inbox, nextUID: 6)
        #expect(try store.pendingMailUIDs(inbox) == [4, 5])
        try store.acknowledgeMail([4], at: inbox)
        #expect(try store.pendingMailUIDs(inbox) == [5])
    }

    @Test func aNewUIDValidityStartsAgainAndAbandonsOldPendingActions() throws {
        let old = MailLocation(mailbox: "m", folder: "INBOX", uidValidity: 1)
        #expect(try store.startMailFolder(old) == false)  // first sight is no change
        _ = try store.captureMail([try fetched(4, "a", key: "mid:a")], at: old, nextUID: 5)
        let new = MailLocation(mailbox: "m", folder: "INBOX", uidValidity: 2)
        #expect(try store.startMailFolder(new) == true)
        #expect(try store.mailFolderState(mailbox: "m", folder: "INBOX") == MailFolderState(uidValidity: 2, nextUID: 1))
        #expect(try store.pendingMailUIDs(old) == [])
        // Read again under the new UIDVALIDITY: recognised by its content, not taken twice.
        let again = try store.captureMail([try fetched(1, "a", key: "mid:a")], at: new, nextUID: 2)
        guard case .duplicate? = again[1] else { Issue.record("taken twice: \(again)"); return }
        #expect(try store.allItems().count == 1)
    }

    @Test func anOversizeMessageIsQuarantinedAtCapture() throws {
        let inbox = MailLocation(mailbox: "m", folder: "INBOX", uidValidity: 1)
        try store.startMailFolder(inbox)
        var big = try fetched(3, "X-Postmottak-Note: too big\r\nSubject: x\r\n\r\n", key: nil)
        big.complete = false
        big.quarantineReason = "message is 30000000 bytes, over the limit"
        guard case .captured(let id)? = try store.captureMail([big], at: inbox, nextUID: 4)[3] else { Issue.record("not captured"); return }
        let item = try #require(try store.item(id))
        #expect(item.status == .quarantined && item.originalComplete == false && item.reason?.contains("over the limit") == true)
    }
}

@Suite struct InlineBlobTests {
    @Test func anInlineOriginalIsCommittedWithItsItemAndReadLikeAFile() throws {
        let dir = try temporaryDirectory()
        let store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
        let inbox = MailLocation(mailbox: "m", folder: "INBOX", uidValidity: 1)
        try store.startMailFolder(inbox)
        let data = Data("Subject: hei\r\n\r\nHull i vegen\r\n".utf8)
        let digest = BlobStore.digest(data)
        #expect(!store.blobs.contains(digest))
        _ = try store.captureMail([FetchedMail(uid: 1, blobDigest: digest, size: Int64(data.count), complete: true,
                                               contentKey: nil, inlineData: data)], at: inbox, nextUID: 2)
        #expect(store.blobs.contains(digest))
        #expect(try store.blobs.get(digest) == data)
        #expect(!FileManager.default.fileExists(atPath: store.blobs.url(for: digest).path))
        // Reopened: still there (it was committed, not cached).
        let reopened = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
        #expect(try reopened.blobs.get(digest) == data)
    }
}
