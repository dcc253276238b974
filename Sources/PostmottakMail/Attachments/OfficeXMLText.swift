import Foundation

/// The text of an office document's XML (DOCX's `word/document.xml`, ODT's `content.xml`),
/// read in one linear pass over the bytes: no DTD, no entity expansion beyond the five
/// predefined entities and character references, no recursion, so hostile XML costs only
/// its length.
enum OfficeXMLText {
    /// How one vocabulary marks text, paragraphs, tabs and line breaks.
    struct Dialect {
        /// Elements whose character content is text (nil: every element's).
        var textElements: Set<String>?
        var paragraphEnds: Set<String>
        var tabs: Set<String>
        var breaks: Set<String>
        /// An element standing for spaces, with the attribute that counts them (ODT's `text:s`).
        var spaces: (element: String, count: String)?
        /// Elements whose content is never text (ODT's office:annotation, a DOCX's deleted runs).
        var skipped: Set<String>
    }

    static let wordprocessingML = Dialect(
        textElements: ["w:t"], paragraphEnds: ["w:p"], tabs: ["w:tab"], breaks: ["w:br", "w:cr"], spaces: nil,
        skipped: ["w:del", "w:instrText", "w:delText"])
    static let openDocument = Dialect(
        textElements: nil, paragraphEnds: ["text:p", "text:h"], tabs: ["text:tab"], breaks: ["text:line-break"],
        spaces: ("text:s", "text:c"), skipped: ["office:annotation", "office:font-face-decls", "office:automatic-styles",
                                                "office:styles", "office:meta", "office:settings", "text:tracked-changes"])

    /// The document's text, paragraphs on their own lines, at most `limit` characters.
    static func text(_ xml: [UInt8], dialect: Dialect, limit: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(xml.count, limit))
        var i = 0
        var inText = dialect.textElements == nil ? 1 : 0
        var skipping = 0
        let n = xml.count
        while i < n, out.count < limit {
            let c = xml[i]
            if c == UInt8(ascii: "<") {
                // A tag, a comment, a declaration or CDATA.
                if i + 3 < n, xml[i + 1] == UInt8(ascii: "!"), xml[i + 2] == UInt8(ascii: "-"), xml[i + 3] == UInt8(ascii: "-") {
                    i = find(xml, [UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">")], from: i + 4) + 3
                    continue
                }
                if i + 8 < n, xml[i + 1] == UInt8(ascii: "!"), xml[i + 2] == UInt8(ascii: "[") {
                    let close = find(xml, [UInt8(ascii: "]"), UInt8(ascii: "]"), UInt8(ascii: ">")], from: i + 9)
                    if inText > 0, skipping == 0 { out += xml[min(i + 9, close)..<close] }
                    i = close + 3
                    continue
                }
                var j = i + 1
                while j < n, xml[j] != UInt8(ascii: ">") { j += 1 }
                let tag = xml[(i + 1)..<min(j, n)]
                i = j + 1
                guard let first = tag.first, first != UInt8(ascii: "?"), first != UInt8(ascii: "!") else { continue }
                let closing = first == UInt8(ascii: "/")
                let selfClosing = tag.last == UInt8(ascii: "/")
                let nameBytes = tag.drop { $0 == UInt8(ascii: "/") }.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "/") && $0 != 9 && $0 != 10 && $0 != 13 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if dialect.skipped.contains(name), !selfClosing {
                    skipping += closing ? (skipping > 0 ? -1 : 0) : 1
                    continue
                }
                guard skipping == 0 else { continue }
                if let textElements = dialect.textElements, textElements.contains(name), !selfClosing {
                    inText += closing ? (inText > 0 ? -1 : 0) : 1
                } else if closing, dialect.paragraphEnds.contains(name) {
                    out.append(10)
                } else if !closing, dialect.tabs.contains(name) {
                    out.append(9)
                } else if !closing, dialect.breaks.contains(name) {
                    out.append(10)
                } else if !closing, let spaces = dialect.spaces, name == spaces.element {
                    let count = attribute(spaces.count, in: tag).flatMap { Int($0) } ?? 1
                    out += [UInt8](repeating: 32, count: max(1, min(count, 100)))
                } else if selfClosing, dialect.paragraphEnds.contains(name) {
                    out.append(10)
                }
                continue
            }
            if inText > 0, skipping == 0 {
                if c == UInt8(ascii: "&") {
                    var j = i + 1
                    while j < n, j - i < 12, xml[j] != UInt8(ascii: ";") { j += 1 }
                    if j < n, xml[j] == UInt8(ascii: ";"), let decoded = entity(xml[(i + 1)..<j]) {
                        out += decoded
                        i = j + 1
                        continue
                    }
                }
                out.append(c)
            }
            i += 1
        }
        let text = String(decoding: out, as: UTF8.self)
        // Lines trimmed, runs of empty lines made one.
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func find(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int {
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return bytes.count
    }

    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: tag, as: UTF8.self)
        guard let range = text.range(of: name + "=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    private static func entity(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        switch String(decoding: body, as: UTF8.self) {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        case let s where s.hasPrefix("#x") || s.hasPrefix("#X"):
            return UInt32(s.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
        case let s where s.hasPrefix("#"):
            return UInt32(s.dropFirst()).flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
        default: return nil
        }
    }
}
