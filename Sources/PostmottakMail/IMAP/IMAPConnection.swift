import PostmottakTransport
import Foundation

/// The state of a selected folder.
public struct IMAPFolderStatus: Sendable, Equatable {
    public var uidValidity: UInt32
    /// The UID the next message will get (a lower bound when the server does not say).
    public var uidNext: UInt32?
    public var exists: Int
}

/// A message's UID and size, from a listing.
public struct IMAPMessageInfo: Sendable, Equatable {
    public var uid: UInt32
    public var size: Int
}

/// One logged-in IMAP connection. libcurl connects, negotiates TLS (or STARTTLS) and logs in
/// (password or XOAUTH2); after that, this type speaks IMAP itself over curl's connection, so
/// it can peek (`BODY.PEEK[]` does not set \Seen), batch (`UID FETCH 1:200`), and read
/// literals, which curl's URL interface cannot. One owner uses it at a time.
public final class IMAPConnection {
    public let endpoint: IMAPEndpoint
    /// Capabilities after login, upper-cased (`MOVE`, `UIDPLUS`).
    public private(set) var capabilities: Set<String> = []
    /// The folder selected now, if any.
    public private(set) var selectedFolder: String?
    /// The server's hierarchy delimiter (`/` on Exchange, often `.` on Dovecot), or nil for a
    /// flat server. Folder names given to this type use `/`, and are translated.
    public private(set) var delimiter: Character?
    private let stream: CurlStream
    private var reader: IMAPResponseReader
    private var receiveBuffer = [UInt8](repeating: 0, count: 256 * 1024)
    private var tagCounter = 0
    private var isClosed = false

    /// Connects and logs in. `maxLiteral` bounds any one literal the server may send.
    public init(endpoint: IMAPEndpoint, credential: IMAPCredential, maxLiteral: Int) throws(IMAPError) {
        self.endpoint = endpoint
        reader = IMAPResponseReader(maxLiteral: maxLiteral)
        let login: CurlStream.Login
        switch credential {
        case .password(let user, let password): login = .password(user: user, password: password)
        case .bearer(let user, let token): login = .bearer(user: user, token: token)
        }
        do {
            stream = try CurlStream(url: endpoint.url, security: endpoint.security, login: login, caFile: endpoint.caFile,
                                    connectTimeout: endpoint.connectTimeout, loginTimeout: endpoint.commandTimeout,
                                    operation: "connect and log in to \(endpoint.display) as \(credential.user)")
        } catch {
            throw .connection(error)
        }
        let result = try execute("CAPABILITY")
        for response in result.untagged {
            let words = response.text.split(separator: " ")
            if words.count > 1, words[1].uppercased() == "CAPABILITY" {
                capabilities = Set(words.dropFirst(2).map { $0.uppercased() })
            }
        }
        // `LIST "" ""` names the hierarchy delimiter (RFC 3501 §6.3.8).
        for response in try execute("LIST \"\" \"\"").untagged {
            let values = try response.values()
            if values.count >= 4, values[1].upperAtom == "LIST", let d = values[3].bytes, d.count == 1 {
                delimiter = Character(Unicode.Scalar(d[0]))
            }
        }
    }

    /// The name of `folder` (written with `/`) on the wire: the server's delimiter, modified
    /// UTF-7, quoted.
    func wireName(_ folder: String) throws(IMAPError) -> String {
        var name = folder
        if let delimiter, delimiter != "/" {
            if folder.contains(delimiter) {
                throw .invalidArgument("folder \"\(folder)\" holds \"\(delimiter)\", this server's hierarchy delimiter; write subfolders with \"/\"")
            }
            name = folder.replacingOccurrences(of: "/", with: String(delimiter))
        }
        return try Self.quoted(ModifiedUTF7.encode(name))
    }

    deinit {
        if !isClosed { try? send("\(nextTag()) LOGOUT\r\n") }
    }

    // MARK: - Commands

    /// What a command returned: its untagged responses and the final status.
    public struct Result: Sendable {
        public var untagged: [IMAPResponse]
        public var status: IMAPStatusLine
    }

    /// Sends `command` (without tag and CRLF) and reads until its tagged answer.
    public func run(_ command: String) throws(IMAPError) -> Result {
        guard !isClosed else { throw .closed("the connection was closed earlier") }
        let tag = nextTag()
        do throws(IMAPError) {
            try send("\(tag) \(command)\r\n")
            var untagged: [IMAPResponse] = []
            while true {
                let response = try readResponse()
                switch response.kind {
                case .tagged(let t) where t == tag:
                    let rest = response.text.dropFirst(tag.count + 1)
                    guard let status = IMAPStatusLine(rest) else {
                        throw IMAPError.protocolViolation("the answer to \(Self.verb(command)) has no status")
                    }
                    return Result(untagged: untagged, status: status)
                case .tagged:
                    continue  // an answer to an earlier, abandoned command
                case .continuation:
                    throw IMAPError.protocolViolation("the server asked for more input to \(Self.verb(command))")
                case .untagged:
                    if response.line.count >= 5, response.text.dropFirst(2).uppercased().hasPrefix("BYE") {
                        isClosed = true
                        throw IMAPError.closed(String(response.text.dropFirst(6)))
                    }
                    untagged.append(response)
                }
            }
        } catch {
            if error.breaksConnection { isClosed = true }
            throw error
        }
    }

    /// Like `run`, but an answer other than OK throws.
    @discardableResult
    public func execute(_ command: String) throws(IMAPError) -> Result {
        let result = try run(command)
        guard result.status.status == .ok else {
            throw .refused(command: Self.verb(command), status: result.status.status, code: result.status.code, text: result.status.text)
        }
        return result
    }

    /// Selects `folder` read-write and returns its UIDVALIDITY, UIDNEXT and size.
    public func select(_ folder: String) throws(IMAPError) -> IMAPFolderStatus {
        selectedFolder = nil
        let result = try execute("SELECT \(try wireName(folder))")
        var validity: UInt32?
        var next: UInt32?
        var exists = 0
        for response in result.untagged {
            let text = response.text
            if let code = IMAPStatusLine(text.dropFirst(2))?.code {
                let parts = code.split(separator: " ")
                if parts.first == "UIDVALIDITY", parts.count > 1 { validity = UInt32(parts[1]) }
                if parts.first == "UIDNEXT", parts.count > 1 { next = UInt32(parts[1]) }
            }
            let words = text.split(separator: " ")
            if words.count == 3, words[2].uppercased() == "EXISTS", let n = Int(words[1]) { exists = n }
        }
        guard let validity else { throw .protocolViolation("SELECT \(folder) gave no UIDVALIDITY") }
        selectedFolder = folder
        return IMAPFolderStatus(uidValidity: validity, uidNext: next, exists: exists)
    }

    /// The UIDs and sizes of the selected folder's messages with UID `from` or higher.
    public func messages(fromUID from: UInt32) throws(IMAPError) -> [IMAPMessageInfo] {
        let result = try execute("UID FETCH \(max(from, 1)):* (UID RFC822.SIZE)")
        var infos: [IMAPMessageInfo] = []
        for response in result.untagged {
            guard let items = try Self.fetchItems(response), let uid = items["UID"]?.number else { continue }
            let size = items["RFC822.SIZE"]?.number ?? 0
            // `n:*` names the last message even when its UID is below n (RFC 3501 §6.4.8).
            if uid >= from { infos.append(IMAPMessageInfo(uid: UInt32(truncatingIfNeeded: uid), size: Int(size))) }
        }
        return infos.sorted { $0.uid < $1.uid }
    }

    /// Which of `uids` the selected folder still holds.
    public func existing(_ uids: [UInt32]) throws(IMAPError) -> Set<UInt32> {
        var found = Set<UInt32>()
        for set in UIDSet.commandSets(uids) {
            let result = try run("UID FETCH \(set) (UID)")
            for response in result.untagged {
                if let items = try Self.fetchItems(response), let uid = items["UID"]?.number { found.insert(UInt32(truncatingIfNeeded: uid)) }
            }
        }
        return found.intersection(uids)
    }

    /// The full bytes of the messages `uids`, without setting \Seen. A UID that is gone
    /// (expunged meanwhile) is simply absent from the answer.
    public func bodies(_ uids: [UInt32]) throws(IMAPError) -> FetchedBodies {
        try fetch(uids, item: "BODY.PEEK[]", answer: "BODY[]")
    }

    /// The header section of the messages `uids`, without setting \Seen.
    public func headers(_ uids: [UInt32]) throws(IMAPError) -> [UInt32: [UInt8]] {
        try fetch(uids, item: "BODY.PEEK[HEADER]", answer: "BODY[HEADER]").bodies
    }

    /// What a fetch of message bytes gave.
    public struct FetchedBodies: Sendable {
        /// The bytes of each message that came.
        public var bodies: [UInt32: [UInt8]] = [:]
        /// Messages whose bytes were larger than the connection's literal limit (the server
        /// sent more than RFC822.SIZE said), with the size it announced: read off and dropped.
        public var tooLarge: [UInt32: Int] = [:]

        public subscript(uid: UInt32) -> [UInt8]? { bodies[uid] }
    }

    private func fetch(_ uids: [UInt32], item: String, answer: String) throws(IMAPError) -> FetchedBodies {
        var result = FetchedBodies()
        for set in UIDSet.commandSets(uids) {
            let answerSet = try run("UID FETCH \(set) (UID \(item))")
            for response in answerSet.untagged {
                guard let items = try Self.fetchItems(response), let uid = items["UID"]?.number else { continue }
                if let size = response.skippedLiteralSizes.max() {
                    result.tooLarge[UInt32(truncatingIfNeeded: uid)] = size
                    continue
                }
                guard let body = items[answer]?.bytes else { continue }
                result.bodies[UInt32(truncatingIfNeeded: uid)] = body
            }
            // NO here means some messages were expunged meanwhile; what came is still good.
            if answerSet.status.status == .bad {
                throw .refused(command: "UID FETCH", status: .bad, code: answerSet.status.code, text: answerSet.status.text)
            }
        }
        return result
    }

    /// Adds `flags` (`\Seen`, `$Postmottak`) to the messages `uids`.
    public func addFlags(_ flags: [String], to uids: [UInt32]) throws(IMAPError) {
        for flag in flags where !Self.isValidFlag(flag) { throw .invalidArgument("\(flag) is not a valid IMAP flag or keyword") }
        for set in UIDSet.commandSets(uids) {
            try execute("UID STORE \(set) +FLAGS.SILENT (\(flags.joined(separator: " ")))")
        }
    }

    /// Moves the messages `uids` to `folder`, creating the folder when the server says it is
    /// missing. Uses MOVE (RFC 6851) when offered, else COPY, \Deleted and UID EXPUNGE.
    public func move(_ uids: [UInt32], to folder: String) throws(IMAPError) {
        let target = try wireName(folder)
        let hasMove = capabilities.contains("MOVE")
        for set in UIDSet.commandSets(uids) {
            let command = hasMove ? "UID MOVE \(set) \(target)" : "UID COPY \(set) \(target)"
            var result = try run(command)
            if result.status.status == .no, result.status.code == "TRYCREATE" {
                try create(folder)
                result = try run(command)
            }
            guard result.status.status == .ok else {
                throw .refused(command: hasMove ? "UID MOVE" : "UID COPY", status: result.status.status,
                               code: result.status.code, text: result.status.text)
            }
            if !hasMove {
                try execute("UID STORE \(set) +FLAGS.SILENT (\\Deleted)")
                if capabilities.contains("UIDPLUS") { try execute("UID EXPUNGE \(set)") }
            }
        }
    }

    /// Creates `folder`; one that exists already is fine.
    public func create(_ folder: String) throws(IMAPError) {
        let result = try run("CREATE \(try wireName(folder))")
        if result.status.status != .ok, result.status.code != "ALREADYEXISTS" {
            // Some servers give no code; check that the folder is there now.
            let list = try execute("LIST \"\" \(try wireName(folder))")
            if list.untagged.isEmpty {
                throw .refused(command: "CREATE", status: result.status.status, code: result.status.code, text: result.status.text)
            }
        }
    }

    /// Checks that the connection is alive (and lets the server report changes).
    public func noop() throws(IMAPError) { try execute("NOOP") }

    /// Ends the session politely.
    public func logout() {
        guard !isClosed else { return }
        _ = try? run("LOGOUT")
        isClosed = true
    }

    // MARK: - Wire

    private func nextTag() -> String {
        tagCounter += 1
        return "P\(tagCounter)"
    }

    private func send(_ text: String) throws(IMAPError) {
        do {
            try stream.send(Array(text.utf8), timeout: endpoint.commandTimeout, operation: "send to \(endpoint.display)")
        } catch {
            throw .connection(error)
        }
    }

    private func readResponse() throws(IMAPError) -> IMAPResponse {
        while true {
            if let response = try reader.next() { return response }
            let count: Int
            do {
                count = try stream.receive(into: &receiveBuffer, timeout: endpoint.commandTimeout, operation: "read from \(endpoint.display)")
            } catch {
                throw .connection(error)
            }
            if count == 0 { throw .closed("end of stream") }
            reader.push(receiveBuffer[0..<count])
        }
    }

    /// The item map of a `* n FETCH (...)` response, or nil for any other response.
    static func fetchItems(_ response: IMAPResponse) throws(IMAPError) -> [String: IMAPValue]? {
        let values = try response.values()
        guard values.count >= 4, values[2].upperAtom == "FETCH", case .list(let list) = values[3] else { return nil }
        var items: [String: IMAPValue] = [:]
        var i = 0
        while i + 1 < list.count {
            if let key = list[i].upperAtom { items[key] = list[i + 1] }
            i += 2
        }
        return items
    }

    static func quoted(_ s: String) throws(IMAPError) -> String {
        guard !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else {
            throw .invalidArgument("a folder name may not hold control characters")
        }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func isValidFlag(_ flag: String) -> Bool {
        let body = flag.hasPrefix("\\") ? flag.dropFirst() : Substring(flag)
        return !body.isEmpty && body.utf8.allSatisfy { b in
            b > 0x20 && b < 0x7F && !"(){%*\"\\]".utf8.contains(b)
        }
    }

    private static func verb(_ command: String) -> String {
        let words = command.split(separator: " ")
        guard let first = words.first else { return command }
        return first.uppercased() == "UID" && words.count > 1 ? "UID \(words[1].uppercased())" : first.uppercased()
    }
}
