public import Foundation

/// An acknowledgement as an RFC 5322 message: `Auto-Submitted: auto-replied` (RFC 3834) so
/// that no well-behaved system answers it, its own Message-ID, and In-Reply-To/References
/// the citizen's message so that a reply threads back to the case. UTF-8, base64 body,
/// RFC 2047 subject, CRLF line ends.
public struct AcknowledgementMessage: Sendable {
    public var from: String
    public var fromName: String
    public var to: String
    public var subject: String
    public var body: String
    public var messageID: String
    public var inReplyTo: String?
    public var date: Date

    public init(from: String, fromName: String, to: String, subject: String, body: String, messageID: String,
                inReplyTo: String?, date: Date) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.date = date
    }

    /// Why `address` must not get an automatic answer (RFC 3834 §2: never to a no-reply,
    /// list or system address), or nil when it may.
    public static func refusal(for address: String) -> String? {
        let lower = address.lowercased()
        guard let at = lower.lastIndex(of: "@"), at != lower.startIndex, lower.index(after: at) != lower.endIndex else {
            return "not an e-mail address"
        }
        let local = String(lower[..<at]).replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: ".", with: "-")
        let refused = ["noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon", "postmaster", "bounce", "bounces",
                       "listserv", "majordomo", "notifications", "notification", "auto-reply", "autoreply"]
        if refused.contains(where: { local == $0 || local.hasPrefix($0 + "-") || local.hasSuffix("-" + $0) || local.hasPrefix($0 + "+") }) {
            return "a no-reply or system address"
        }
        if local.contains("-request") || local.hasSuffix("-owner") || local.hasPrefix("owner-") { return "a mailing-list address" }
        return nil
    }

    /// The message's bytes.
    public var data: Data {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        var headers = [
            "From: \(Self.encodedWord(fromName)) <\(from)>",
            "To: <\(to)>",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <\(messageID)>",
        ]
        if let inReplyTo {
            headers.append("In-Reply-To: <\(inReplyTo)>")
            headers.append("References: <\(inReplyTo)>")
        }
        headers += [
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
            "Precedence: auto_reply",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return Data((headers.joined(separator: "\r\n") + "\r\n\r\n" + encoded + "\r\n").utf8)
    }

    /// ASCII text as it is; anything else as an RFC 2047 B-encoded word (split to keep lines short).
    static func encodedWord(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return clean }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            if (chunk + String(character)).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }
}
