public import Foundation
public import PostmottakCore

/// What a message says, decoded: the value every later step works from.
public struct ParsedMessage: Sendable, Codable, Equatable {
    /// The decoded subject (RFC 2047 resolved), or nil when there is none.
    public var subject: String?
    public var from: [MailAddress]
    public var replyTo: [MailAddress]
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var date: Date?
    /// The Message-ID without angle brackets.
    public var messageID: String?
    public var inReplyTo: [String]
    public var references: [String]
    /// The readable text: text/plain preferred, HTML-only mail converted; forwarded messages
    /// (message/rfc822) follow under a separator line.
    public var text: String
    /// The sender's own new words: `text` without quoted earlier messages and the signature
    /// (nil in extractions made before this was recorded; use `authoredText`).
    public var newText: String?
    /// Where `text` came from.
    public var textSource: TextSource
    public var attachments: [MailAttachment]
    /// The top-level header fields, in order, with unfolded values.
    public var headers: [MailHeader]
    /// The top-level content type, lower case (`multipart/report`).
    public var contentType: String
    /// For a multipart/report: the Message-ID of the message it reports on, when given.
    public var reportedMessageID: String?
    /// Defects the parser noticed; the message was still read as well as it could be.
    public var defects: [String]

    public init(subject: String?, from: [MailAddress], replyTo: [MailAddress], to: [MailAddress], cc: [MailAddress], date: Date?,
                messageID: String?, inReplyTo: [String], references: [String], text: String, newText: String? = nil, textSource: TextSource,
                attachments: [MailAttachment], headers: [MailHeader], contentType: String, reportedMessageID: String?, defects: [String]) {
        self.subject = subject
        self.from = from
        self.replyTo = replyTo
        self.to = to
        self.cc = cc
        self.date = date
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
        self.text = text
        self.newText = newText
        self.textSource = textSource
        self.attachments = attachments
        self.headers = headers
        self.contentType = contentType
        self.reportedMessageID = reportedMessageID
        self.defects = defects
    }

    /// The first value of the header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value of the header `name` (case-insensitive).
    public func headers(named name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// What classification reads: the new text, or the whole text when nothing new is left.
    public var authoredText: String {
        guard let newText, !newText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return text }
        return newText
    }

    /// The address a reply goes to: Reply-To when given, else From.
    public var replyAddress: MailAddress? { replyTo.first ?? from.first }
}

/// A mailbox: display name and address.
public struct MailAddress: Sendable, Codable, Hashable, CustomStringConvertible {
    public var name: String?
    public var address: String

    public init(name: String?, address: String) {
        self.name = name
        self.address = address
    }

    public var description: String {
        if let name, !name.isEmpty { "\(name) <\(address)>" } else { address }
    }
}

/// One header field.
public struct MailHeader: Sendable, Codable, Equatable {
    public var name: String
    public var value: String
}

/// A decoded attachment (any MIME part that is not the message's readable text).
public struct MailAttachment: Sendable, Codable, Equatable {
    /// A name that is safe to write anywhere.
    public var fileName: SafeFileName
    /// The name as the sender declared it (may hold paths or control characters), or nil.
    public var declaredFileName: String?
    /// The content type, lower case.
    public var contentType: String
    public var contentID: String?
    /// True for `Content-Disposition: inline` parts (signature logos, cid: images).
    public var isInline: Bool
    /// The transfer-decoded bytes.
    public var data: Data
}

extension SafeFileName: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}
