import Foundation

/// Turns HTML mail into readable text: paragraphs and line breaks kept, list items as
/// "- item", links as "text (url)", tables as lines, script, style and head content dropped,
/// character references decoded.
public enum HTMLText {
    public static func plainText(from html: String) -> String {
        var out = ""
        var i = html.startIndex
        var skipUntil: String?      // closing tag of script/style/head/title content being skipped
        var linkHref: [String?] = []
        var linkTextStart: [String.Index] = []
        var preDepth = 0
        var quoteDepth = 0              // <blockquote> nesting: such lines are written with "> "
        var lists: [Int?] = []          // per open list: the last number of an <ol>, nil for <ul>

        func newline(_ count: Int = 1) {
            // A line that holds only a quote prefix counts as empty.
            while out.hasSuffix("> ") || out.hasSuffix(">") && out.dropLast().hasSuffix("\n") { out.removeLast(out.hasSuffix("> ") ? 2 : 1) }
            var trailing = 0
            for c in out.reversed() { if c == "\n" { trailing += 1 } else if c == " " { continue } else { break } }
            while let last = out.last, last == " " { out.removeLast() }
            if out.isEmpty { return }
            for _ in trailing..<max(trailing, count) { out.append("\n") }
            if quoteDepth > 0 { out.append(String(repeating: "> ", count: quoteDepth)) }
        }

        while i < html.endIndex {
            let c = html[i]
            if c == "<" {
                guard let close = html[i...].firstIndex(of: ">") else { break }
                let tagText = html[html.index(after: i)..<close]
                i = html.index(after: close)
                if tagText.hasPrefix("!--") {
                    // A comment: skip to its end.
                    if let end = html[i...].range(of: "-->") { i = end.upperBound }
                    continue
                }
                let (name, closing, attributes) = parseTag(tagText)
                if let until = skipUntil {
                    if closing && name == until { skipUntil = nil }
                    continue
                }
                switch name {
                case "script", "style", "head", "title", "noscript", "template", "xml":
                    if !closing, !tagText.hasSuffix("/") { skipUntil = name }
                case "br": newline()
                case "blockquote":
                    if closing {
                        quoteDepth = max(0, quoteDepth - 1)
                        newline(2)
                    } else {
                        newline(2)
                        quoteDepth += 1
                        out.append(String(repeating: "> ", count: quoteDepth))
                    }
                case "ul", "ol":
                    if closing { _ = lists.popLast() } else { lists.append(name == "ol" ? 0 : nil) }
                    newline(2)
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "header", "footer":
                    newline(2)
                case "tr": newline()
                case "td", "th": if closing { out.append(" ") } else if let last = out.last, last != "\n", last != " " { out.append(" | ") }
                case "li":
                    if closing { newline(); break }
                    newline()
                    if let last = lists.last, let n = last {
                        lists[lists.count - 1] = n + 1
                        out.append("\(n + 1). ")
                    } else {
                        out.append("- ")
                    }
                case "hr": newline(); out.append("----"); newline()
                case "pre": preDepth += closing ? -1 : 1; newline()
                case "a":
                    if !closing {
                        linkHref.append(attributes["href"]); linkTextStart.append(out.endIndex)
                    } else if let href = linkHref.popLast(), let start = linkTextStart.popLast() {
                        let label = out[start...].trimmingCharacters(in: .whitespaces)
                        if let href, !href.isEmpty, !href.lowercased().hasPrefix("javascript:"),
                           !href.hasPrefix("#"), !href.lowercased().hasPrefix("cid:"), label != href,
                           label != href.replacingOccurrences(of: "mailto:", with: "") {
                            out.append(" (\(href.replacingOccurrences(of: "mailto:", with: "")))")
                        }
                    }
                case "img":
                    if let alt = attributes["alt"], !alt.isEmpty { out.append("[\(alt)]") }
                default: break
                }
                continue
            }
            if skipUntil != nil { i = html.index(after: i); continue }
            if c == "&" {
                let (decoded, next) = decodeEntity(html, at: i)
                out.append(decoded)
                i = next
                continue
            }
            if preDepth == 0, c.isWhitespace {
                if let last = out.last, last != " ", last != "\n" { out.append(" ") }
                if out.isEmpty { /* skip leading space */ }
            } else {
                out.append(c)
            }
            i = html.index(after: i)
        }
        // Tidy: trim lines, at most one blank line in a row.
        var lines: [String] = []
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func parseTag(_ text: Substring) -> (name: String, closing: Bool, attributes: [String: String]) {
        var body = text
        var closing = false
        if body.hasPrefix("/") { closing = true; body = body.dropFirst() }
        let nameEnd = body.firstIndex(where: { $0.isWhitespace || $0 == "/" || $0 == ">" }) ?? body.endIndex
        let name = body[..<nameEnd].lowercased()
        var attributes: [String: String] = [:]
        var rest = body[nameEnd...]
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
                .split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            var valueStart = rest.index(after: eq)
            while valueStart < rest.endIndex, rest[valueStart].isWhitespace { valueStart = rest.index(after: valueStart) }
            guard valueStart < rest.endIndex else { break }
            let quote = rest[valueStart]
            let value: Substring
            if quote == "\"" || quote == "'" {
                let after = rest.index(after: valueStart)
                let end = rest[after...].firstIndex(of: quote) ?? rest.endIndex
                value = rest[after..<end]
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            } else {
                let end = rest[valueStart...].firstIndex(where: { $0.isWhitespace }) ?? rest.endIndex
                value = rest[valueStart..<end]
                rest = rest[end...]
            }
            if !key.isEmpty { attributes[key] = decodeEntities(String(value)) }
        }
        return (name, closing, attributes)
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&" {
                let (decoded, next) = decodeEntity(s, at: i)
                out.append(decoded); i = next
            } else {
                out.append(s[i]); i = s.index(after: i)
            }
        }
        return out
    }

    private static func decodeEntity(_ s: String, at start: String.Index) -> (String, String.Index) {
        let after = s.index(after: start)
        guard let semi = s[after...].prefix(12).firstIndex(of: ";") else { return ("&", after) }
        let name = s[after..<semi]
        let next = s.index(after: semi)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) {
                // Numeric references in 0x80–0x9F mean Windows-1252 characters in practice.
                if (0x80...0x9F).contains(value) { return (Charsets.windows1252([UInt8(value)]), next) }
                return (String(Character(scalar)), next)
            }
            return ("&", after)
        }
        if let named = entities[String(name)] { return (named, next) }
        return ("&", after)
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "aring": "å", "Aring": "Å",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü", "Uuml": "Ü",
        "eacute": "é", "Eacute": "É", "egrave": "è", "agrave": "à", "ccedil": "ç", "szlig": "ß",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "euro": "€",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·",
        "copy": "©", "reg": "®", "trade": "™", "sect": "§", "deg": "°", "shy": "",
        "zwnj": "", "zwj": "", "ensp": " ", "emsp": " ", "thinsp": " ",
    ]
}
