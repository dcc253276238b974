/// What an item says, whatever its channel: the value that classification and linking read.
/// A mail's extractor and a scan's both make one, so the later steps never ask which it was.
public struct Extraction: Sendable, Codable, Equatable {
    /// The subject, when the channel has one.
    public var subject: String?
    /// All readable text (a mail's text with forwarded messages and read attachments; a
    /// scan's pages).
    public var text: String
    /// The sender's own new words: `text` without quoted earlier messages and signature.
    public var authoredText: String
    public var textSource: TextSource
    /// The names the sender gave the attached files.
    public var attachmentNames: [String]
    /// What could not be read well; the item was still read as well as it could be.
    public var defects: [String]

    public init(subject: String?, text: String, authoredText: String, textSource: TextSource,
                attachmentNames: [String] = [], defects: [String] = []) {
        self.subject = subject
        self.text = text
        self.authoredText = authoredText
        self.textSource = textSource
        self.attachmentNames = attachmentNames
        self.defects = defects
    }
}
