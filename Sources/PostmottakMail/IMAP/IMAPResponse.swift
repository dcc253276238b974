/// One response from an IMAP server, as it arrived: the line's bytes (without the final
/// CRLF) with each literal's `{n}` marker left in place, and the literals' bytes in order.
public struct IMAPResponse: Sendable, Equatable {
    public var line: [UInt8]
    public var literals: [[UInt8]]
    /// The announced sizes of literals that were over the reader's limit: their bytes were
    /// read off the connection and dropped (each stands as an empty literal in `literals`).
    public var skippedLiteralSizes: [Int]

    public init(line: [UInt8], literals: [[UInt8]] = [], skippedLiteralSizes: [Int] = []) {
        self.line = line
        self.literals = literals
        self.skippedLiteralSizes = skippedLiteralSizes
    }

    /// The kind of response, read from its first word.
    public enum Kind: Sendable, Equatable {
        /// `* ...`
        case untagged
        /// `+ ...`: the server waits for more.
        case continuation
        /// `TAG ...`: the end of a command.
        case tagged(String)
    }

    public var kind: Kind {
        guard let first = line.first else { return .untagged }
        if first == UInt8(ascii: "*") { return .untagged }
        if first == UInt8(ascii: "+") { return .continuation }
        let tagEnd = line.firstIndex(of: UInt8(ascii: " ")) ?? line.endIndex
        return .tagged(String(decoding: line[..<tagEnd], as: UTF8.self))
    }

    /// The line as text (literals not included); for status lines and logs of commands.
    public var text: String { String(decoding: line, as: UTF8.self) }

    /// The values after the tag (`*`, `+` or the command's tag), literals resolved.
    public func values() throws(IMAPError) -> [IMAPValue] {
        var tokenizer = IMAPTokenizer(line: line, literals: literals)
        return try tokenizer.readAll()
    }
}

/// A status: the server's answer to a command.
public enum IMAPStatus: String, Sendable, Equatable {
    case ok = "OK", no = "NO", bad = "BAD", bye = "BYE", preauth = "PREAUTH"
}

/// The parts of a status line after the status word: `[CODE args] text`.
public struct IMAPStatusLine: Sendable, Equatable {
    public var status: IMAPStatus
    /// The response code in brackets, upper-cased (`UIDVALIDITY 3`, `TRYCREATE`), or nil.
    public var code: String?
    public var text: String

    /// Reads `OK [CODE] text` from `words` (the line after the tag).
    init?(_ rest: Substring) {
        let parts = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard let word = parts.first, let status = IMAPStatus(rawValue: word.uppercased()) else { return nil }
        self.status = status
        var remainder = parts.count > 1 ? parts[1] : ""
        code = nil
        if remainder.hasPrefix("["), let close = remainder.firstIndex(of: "]") {
            code = remainder[remainder.index(after: remainder.startIndex)..<close].uppercased()
            remainder = remainder[remainder.index(after: close)...].drop { $0 == " " }
        }
        text = String(remainder)
    }
}
