public import PostmottakTransport
import Foundation
public import Logging
public import PostmottakConfig
import PostmottakMail
public import PostmottakStore

/// Polls one mailbox: each of its folders in turn, over one connection that is kept between
/// polls. For each folder it selects, checks UIDVALIDITY, finishes the server actions an
/// earlier poll left undone, lists the messages above the last UID taken, and fetches them in
/// batches. Each batch is stored durably (blobs, then one transaction) before the server is
/// told anything; only then are the messages moved, flagged or marked seen.
///
/// Blocking: run it on `executor`, its own thread (`MailboxService` does). One caller at a time.
// @unchecked: `connection`, the only mutable state, is used by one caller at a time on `executor`.
public final class MailboxPoller: @unchecked Sendable {
    public let mailbox: PostmottakConfiguration.Mailbox
    let settings: PostmottakConfiguration.IMAP
    let store: Store
    let maxMessageBytes: Int
    let logger: Logger
    private let password: String?
    private let tokens: OAuth2TokenProvider?
    private var connection: IMAPConnection?
    /// The one thread this poller's blocking work (libcurl) runs on.
    public let executor: BlockingExecutor

    /// Resolves the mailbox's secret now, so a missing one is reported at start.
    public init(mailbox: PostmottakConfiguration.Mailbox, settings: PostmottakConfiguration.IMAP, store: Store,
                maxMessageBytes: Int, logger: Logger) throws {
        self.mailbox = mailbox
        self.settings = settings
        self.store = store
        self.maxMessageBytes = maxMessageBytes
        var logger = logger
        logger[metadataKey: "mailbox"] = "\(mailbox.name)"
        self.logger = logger
        executor = BlockingExecutor(threads: 1, name: "postmottak-mailbox-\(mailbox.name)")
        switch mailbox.authentication {
        case .password(let secret):
            password = try secret.resolve()
            tokens = nil
        case .oauth2(let o):
            password = nil
            tokens = try OAuth2TokenProvider(credentials: OAuth2ClientCredentials(
                tokenURL: o.tokenURL, clientID: o.clientID, clientSecret: try o.clientSecret.resolve(), scope: o.scope, caFile: o.caFile))
        }
    }

    /// What one poll of one folder did.
    public struct FolderReport: Sendable, Equatable {
        public var folder: String
        public var uidValidityChanged = false
        /// Messages listed above the last UID taken.
        public var listed = 0
        public var captured = 0
        /// Messages that were another delivery of a message already taken (no new item).
        public var duplicates = 0
        /// Messages over the size limit: headers kept, quarantined.
        public var oversize = 0
        /// Listed messages that were gone when fetched (expunged by someone else).
        public var vanished = 0
        /// Messages the server was told about (moved, flagged).
        public var acknowledged = 0
        /// Messages stored whose server action was refused (tried again next poll).
        public var actionsPending = 0
        public var bytes = 0
    }

    /// Polls every folder once. A folder that fails is reported in the log and the error is
    /// rethrown after the other folders had their turn, unless the connection broke.
    public func pollOnce() throws -> [FolderReport] {
        var reports: [FolderReport] = []
        var firstError: (any Error)?
        for folder in mailbox.folders {
            if Task.isCancelled { break }
            do {
                reports.append(try poll(folder: folder))
            } catch let error as IMAPError where !error.breaksConnection {
                logger.error("folder cannot be polled; the other folders go on", metadata: ["folder": "\(folder)", "error": "\(error)"])
                firstError = firstError ?? error
            } catch {
                disconnect()
                throw error
            }
        }
        if let firstError { throw firstError }
        return reports
    }

    /// Closes the connection (it is opened again on the next poll).
    public func disconnect() {
        connection?.logout()
        connection = nil
    }

    private func connect() throws -> IMAPConnection {
        if let connection { return connection }
        let endpoint = IMAPEndpoint(
            host: mailbox.host, port: mailbox.port, security: IMAPEndpoint.Security(rawValue: mailbox.security.rawValue) ?? .tls,
            caFile: mailbox.caFile, connectTimeout: settings.connectTimeoutSeconds, commandTimeout: settings.commandTimeoutSeconds)
        let credential: IMAPCredential
        if let tokens {
            credential = .bearer(user: mailbox.username, token: try tokens.token())
        } else {
            credential = .password(user: mailbox.username, password: password ?? "")
        }
        do {
            let connection = try IMAPConnection(endpoint: endpoint, credential: credential, maxLiteral: maxMessageBytes + 64 * 1024)
            logger.info("connected", metadata: ["server": "\(endpoint.display)", "auth": "\(tokens == nil ? "password" : "oauth2")"])
            self.connection = connection
            return connection
        } catch {
            if case .connection(let e) = error, e.isLoginDenied { tokens?.invalidate() }
            throw error
        }
    }

    private func poll(folder: String) throws -> FolderReport {
        let imap = try connect()
        var report = FolderReport(folder: folder)
        let status = try imap.select(folder)
        let location = MailLocation(mailbox: mailbox.name, folder: folder, uidValidity: status.uidValidity)
        if try store.startMailFolder(location) {
            report.uidValidityChanged = true
            logger.warning("UIDVALIDITY changed: the folder is read again from the start; messages already taken are recognised and not taken twice",
                           metadata: ["folder": "\(folder)", "uidvalidity": "\(status.uidValidity)"])
        }
        // Server actions an earlier poll could not finish (a crash, a dropped connection).
        let pending = try store.pendingMailUIDs(location)
        if !pending.isEmpty {
            report.acknowledged += try acknowledgeOrReport(pending, at: location, with: imap, report: &report)
        }
        let from = try store.mailFolderState(mailbox: mailbox.name, folder: folder)?.nextUID ?? 1
        if let next = status.uidNext, next <= from { return report }
        if status.exists == 0 { return report }
        let listed = try imap.messages(fromUID: from)
        report.listed = listed.count
        for batch in batches(listed) {
            if Task.isCancelled { break }
            try take(batch, at: location, with: imap, report: &report)
        }
        return report
    }

    /// Splits a listing into fetch batches by count and bytes; an oversize message is alone.
    private func batches(_ listed: [IMAPMessageInfo]) -> [[IMAPMessageInfo]] {
        var result: [[IMAPMessageInfo]] = []
        var current: [IMAPMessageInfo] = []
        var bytes = 0
        for info in listed {
            let size = info.size > maxMessageBytes ? 0 : info.size
            if !current.isEmpty, current.count >= settings.batchMessages || bytes + size > settings.batchBytes {
                result.append(current)
                current = []
                bytes = 0
            }
            current.append(info)
            bytes += size
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private func take(_ batch: [IMAPMessageInfo], at location: MailLocation, with imap: IMAPConnection, report: inout FolderReport) throws {
        var oversize = batch.filter { $0.size > maxMessageBytes }.map { ($0, "message is \($0.size) bytes") }
        let normal = batch.filter { $0.size <= maxMessageBytes }
        var fetched: [FetchedMail] = []
        /// Listed messages that came without their bytes and are still there: tried next poll.
        var heldBack: [UInt32] = []
        if !normal.isEmpty {
            var bodies = try imap.bodies(normal.map(\.uid))
            // A listed message whose answer came without its bytes is asked for once more, alone.
            let unanswered = normal.map(\.uid).filter { bodies[$0] == nil && bodies.tooLarge[$0] == nil }
            if !unanswered.isEmpty {
                let again = try imap.bodies(unanswered)
                bodies.bodies.merge(again.bodies) { first, _ in first }
                bodies.tooLarge.merge(again.tooLarge) { first, _ in first }
            }
            let stillMissing = normal.map(\.uid).filter { bodies[$0] == nil && bodies.tooLarge[$0] == nil }
            let stillThere = stillMissing.isEmpty ? [] : try imap.existing(stillMissing)
            for info in normal {
                if let announced = bodies.tooLarge[info.uid] {
                    // The server sent more than RFC822.SIZE said: read off and dropped, set aside by UID.
                    oversize.append((info, "the server sent \(announced) bytes for a message it listed as \(info.size)"))
                    continue
                }
                guard let bytes = bodies[info.uid] else {
                    guard stillThere.contains(info.uid) else { report.vanished += 1; continue }
                    let misses = try store.recordMissedFetch(location, uid: info.uid)
                    if misses >= Self.maxMissedBodies {
                        oversize.append((info, "the server listed the message but did not send its bytes in \(misses) polls"))
                    } else {
                        heldBack.append(info.uid)
                        logger.warning("the server listed a message but did not send its bytes; it is asked for again next poll",
                                       metadata: ["folder": "\(location.folder)", "uid": "\(info.uid)", "attempt": "\(misses)"])
                    }
                    continue
                }
                let raw = RawMessage(bytes)
                let data = Data(bytes)
                // Small originals go into the capture's own transaction (one commit per batch);
                // larger ones are blob files, fsynced before the transaction.
                let inline = data.count <= Self.inlineLimit
                let digest = inline ? BlobStore.digest(data) : try store.blobs.put(data)
                fetched.append(FetchedMail(uid: info.uid, blobDigest: digest, size: Int64(bytes.count), complete: true,
                                           contentKey: Self.contentKey(raw), inlineData: inline ? data : nil))
                report.bytes += bytes.count
            }
        }
        if !oversize.isEmpty {
            let headers = try imap.headers(oversize.map(\.0.uid))
            for (info, what) in oversize {
                let reason = "\(what), over the limit of \(maxMessageBytes) bytes (intake.max_message_bytes) or unreadable; "
                    + "its headers are kept and the message itself stays on the server in \(mailbox.action == .move ? mailbox.moveTo : location.folder)"
                let header = headers[info.uid] ?? []
                let note = Data("X-Postmottak-Note: \(reason)\r\nX-Postmottak-IMAP-UID: \(info.uid)\r\n".utf8) + Data(header)
                let digest = try store.blobs.put(note)
                let raw = RawMessage(header)
                fetched.append(FetchedMail(uid: info.uid, blobDigest: digest, size: Int64(info.size), complete: false,
                                           contentKey: raw.messageID.map { "oversize:\($0):\(info.size)" }, quarantineReason: reason))
                report.oversize += 1
                logger.warning("message set aside by its UID: headers kept, quarantined",
                               metadata: ["folder": "\(location.folder)", "uid": "\(info.uid)", "bytes": "\(info.size)"])
            }
        }
        // What came (or was set aside) needs no more tries.
        let missed = try store.missedFetchUIDs(location)
        try store.clearMissedFetches(location, uids: fetched.map(\.uid).filter(missed.contains))
        // The folder's next UID stops at the first message held back, so it is asked for again
        // (the messages after it that were taken now are known then and not taken twice).
        let next = heldBack.min() ?? ((batch.map(\.uid).max() ?? 0) &+ 1)
        let outcomes = try store.captureMail(fetched, at: location, nextUID: next)
        let oversizeUIDs = Set(oversize.map(\.0.uid))
        for (uid, outcome) in outcomes {
            switch outcome {
            case .captured: if !oversizeUIDs.contains(uid) { report.captured += 1 }
            case .duplicate: report.duplicates += 1
            case .known: break
            }
        }
        report.acknowledged += try acknowledgeOrReport(fetched.map(\.uid), at: location, with: imap, report: &report)
    }

    /// Applies the action; when the server refuses it (a full quota, a folder it will not
    /// create), says so and goes on: the messages are safe in the store, the action stays
    /// pending for the next poll, and new mail is still taken. Returns how many were told.
    private func acknowledgeOrReport(_ uids: [UInt32], at location: MailLocation, with imap: IMAPConnection,
                                     report: inout FolderReport) throws -> Int {
        do {
            try acknowledge(uids, at: location, with: imap)
            return uids.count
        } catch let error as IMAPError where !error.breaksConnection {
            report.actionsPending += uids.count
            logger.error("the server refused the action after capture; the messages are stored, the action is tried again next poll",
                         metadata: ["folder": "\(location.folder)", "action": "\(mailbox.action.rawValue)", "messages": "\(uids.count)",
                                    "error": "\(error)"])
            return 0
        }
    }

    /// Tells the server (the configured action), then records that it was told.
    private func acknowledge(_ uids: [UInt32], at location: MailLocation, with imap: IMAPConnection) throws {
        guard !uids.isEmpty else { return }
        switch mailbox.action {
        case .move: try imap.move(uids, to: mailbox.moveTo)
        case .keyword: try imap.addFlags([mailbox.keyword], to: uids)
        case .seen: try imap.addFlags(["\\Seen"], to: uids)
        }
        try store.acknowledgeMail(uids, at: location)
    }

    /// Polls in a row in which a listed message came without its bytes before it is set aside.
    static let maxMissedBodies = 3

    /// Originals up to this size are stored inside the database.
    static let inlineLimit = 1 << 20

    /// Message-ID plus the digest of the body: the same message in two mailboxes, or fetched
    /// again after UIDVALIDITY changed, whatever trace headers each delivery added.
    static func contentKey(_ raw: RawMessage) -> String? {
        guard let id = raw.messageID else { return nil }
        let bodyDigest = BlobStore.digest(Data(raw.body))
        return "mid:" + BlobStore.digest(Data("\(id)\n\(bodyDigest)".utf8))
    }
}
