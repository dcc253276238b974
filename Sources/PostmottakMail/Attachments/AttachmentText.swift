public import Foundation

/// The readable text of an attached document: plain text, HTML, DOCX, ODT and RTF (PDFs and
/// pictures are read as scans). Each format is read within limits (the attachment's size, a
/// container's entries, unpacked size and compression ratio, the text's length), and what
/// cannot be read is an error to note as a defect of the message, never a crash.
public enum AttachmentText {
    /// The formats read here.
    public enum Format: String, Sendable, Equatable, CaseIterable {
        case plainText = "text", html, docx, odt, rtf
    }

    /// The limits every attachment is read under.
    public struct Limits: Sendable, Equatable {
        /// Attachments larger than this are not read.
        public var maxBytes = 20 * 1024 * 1024
        /// Text beyond this many characters is cut off (and noted).
        public var maxCharacters = 200_000
        public init() {}
    }

    /// What reading one attachment gave: its text, and whether the text was cut off.
    public struct Reading: Sendable, Equatable {
        public var format: Format
        public var text: String
        public var truncated: Bool
    }

    /// The format of an attachment by its content type, its name and its first bytes, or nil
    /// when it is not a document read here.
    public static func format(contentType: String, fileName: String?, data: Data) -> Format? {
        let type = contentType.lowercased()
        let ext = fileName.flatMap { name -> String? in
            guard let dot = name.lastIndex(of: ".") else { return nil }
            return String(name[name.index(after: dot)...]).lowercased()
        }
        let zip = data.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document" || (ext == "docx" && zip) { return zip ? .docx : nil }
        if type == "application/vnd.oasis.opendocument.text" || (ext == "odt" && zip) { return zip ? .odt : nil }
        if type == "application/rtf" || type == "text/rtf" || ext == "rtf" || data.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if type == "text/html" || ext == "html" || ext == "htm" { return .html }
        if type == "text/plain" || ext == "txt" || ext == "csv" { return .plainText }
        return nil
    }

    /// Reads `data` as `format`.
    public static func read(_ data: Data, as format: Format, limits: Limits = Limits()) throws(AttachmentError) -> Reading {
        guard data.count <= limits.maxBytes else { throw .tooLarge("\(data.count) bytes; at most \(limits.maxBytes) are read") }
        let cap = limits.maxCharacters
        var text: String
        switch format {
        case .plainText:
            text = Charsets.decode([UInt8](data.prefix(cap * 4)), declared: nil).0
        case .html:
            text = HTMLText.plainText(from: Charsets.decode([UInt8](data), declared: nil).0)
        case .rtf:
            text = try RTFText.text([UInt8](data), limit: cap + 1)
        case .docx:
            let archive = try ZipArchive(data)
            guard let body = archive.entry("word/document.xml") else { throw .unreadable("a DOCX without word/document.xml") }
            var parts = [OfficeXMLText.text([UInt8](try archive.contents(of: body)), dialect: OfficeXMLText.wordprocessingML, limit: cap + 1)]
            for name in ["word/footnotes.xml", "word/endnotes.xml"] {
                if let entry = archive.entry(name), let xml = try? archive.contents(of: entry) {
                    parts.append(OfficeXMLText.text([UInt8](xml), dialect: OfficeXMLText.wordprocessingML, limit: cap + 1))
                }
            }
            text = parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
        case .odt:
            let archive = try ZipArchive(data)
            guard let body = archive.entry("content.xml") else { throw .unreadable("an ODT without content.xml") }
            text = OfficeXMLText.text([UInt8](try archive.contents(of: body)), dialect: OfficeXMLText.openDocument, limit: cap + 1)
        }
        let truncated = text.count > cap
        if truncated { text = String(text.prefix(cap)) }
        return Reading(format: format, text: text, truncated: truncated)
    }
}
