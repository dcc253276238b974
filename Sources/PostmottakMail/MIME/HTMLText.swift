import Foundation

/// Turns HTML mail into readable text: paragraphs and line breaks kept, list items as
/// "- item", links as "text (url)", tables as lines, script, style and head content dropped,
/// character references decoded.
///
/// Hostile HTML is the norm in a mailbox, so the conversion is linear in its input whatever
/// the markup: one pass over the characters, every look-ahead bounded or consumed, quote
/// prefixes capped at ``maxQuotePrefixDepth`` levels (deeper quotes read as that depth), and
/// no index into the output kept across an edit that can shorten it.
public enum HTMLText {
    /// Quote levels written as `> ` prefixes; deeper `<blockquote>` nesting reads as this deep.
    public static let maxQuotePrefixDepth = 8

    public static func plainText(from html: String) -> String {
        var out = TextBuilder()
        let chars = Array(html)
        var i = 0
        var skipUntil: String?          // closing tag of script/style/head/title content being skipped
        var links: [(href: String?, labelStart: Int)] = []
        var preDepth = 0
        var quoteDepth = 0              // <blockquote> nesting: such lines are written with "> "
        var lists: [Int?] = []          // per open list: the last number of an <ol>, nil for <ul>
        var quotePrefix: [Character] { Array(String(repeating: "> ", count: min(quoteDepth, maxQuotePrefixDepth))) }

        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                if Self.hasPrefix(chars, at: i + 1, "!--") {
                    // A comment: skip to its end; an unclosed one runs to the end, as in a browser.
                    i = Self.find(chars, "-->", from: i + 4).map { $0 + 3 } ?? chars.count
                    continue
                }
                guard let close = Self.find(chars, ">", from: i + 1) else { break }
                let tagText = chars[(i + 1)..<close]
                i = close + 1
                let (name, closing, selfClosing, attributes) = parseTag(tagText)
                if let until = skipUntil {
                    if closing && name == until { skipUntil = nil }
                    continue
                }
                switch name {
                case "script", "style", "head", "title", "noscript", "template", "xml":
                    if !closing, !selfClosing { skipUntil = name }
                case "br": out.newline(prefix: quotePrefix)
                case "blockquote":
                    if closing {
                        quoteDepth = max(0, quoteDepth - 1)
                        out.newline(2, prefix: quotePrefix)
                    } else {
                        out.newline(2, prefix: quotePrefix)
                        quoteDepth += 1
                        if quoteDepth <= maxQuotePrefixDepth { out.append(contentsOf: "> ") }
                    }
                case "ul", "ol":
                    if closing { _ = lists.popLast() } else { lists.append(name == "ol" ? 0 : nil) }
                    out.newline(2, prefix: quotePrefix)
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "header", "footer":
                    out.newline(2, prefix: quotePrefix)
                case "tr": out.newline(prefix: quotePrefix)
                case "td", "th":
                    if closing { out.append(" ") } else if let last = out.last, last != "\n", last != " " { out.append(contentsOf: " | ") }
                case "li":
                    out.newline(prefix: quotePrefix)
                    if closing { break }
                    if let last = lists.last, let n = last {
                        lists[lists.count - 1] = n + 1
                        out.append(contentsOf: "\(n + 1). ")
                    } else {
                        out.append(contentsOf: "- ")
                    }
                case "hr":
                    out.newline(prefix: quotePrefix); out.append(contentsOf: "----"); out.newline(prefix: quotePrefix)
                case "pre": preDepth += closing ? -1 : 1; out.newline(prefix: quotePrefix)
                case "a":
                    if !closing {
                        // Links never nest in HTML; a page that opens thousands keeps the last few.
                        if links.count >= 16 { links.removeFirst() }
                        links.append((attributes["href"], out.count))
                    } else if let link = links.popLast() {
                        // The output may have been shortened since the link opened (a quote
                        // level closed): the label is whatever is left after that point.
                        let label = out.text(from: link.labelStart).trimmingCharacters(in: .whitespaces)
                        if let href = link.href, !href.isEmpty, !href.lowercased().hasPrefix("javascript:"),
                           !href.hasPrefix("#"), !href.lowercased().hasPrefix("cid:"), label != href,
                           label != href.replacingOccurrences(of: "mailto:", with: "") {
                            out.append(contentsOf: " (\(href.replacingOccurrences(of: "mailto:", with: "")))")
                        }
                    }
                case "img":
                    if let alt = attributes["alt"], !alt.isEmpty { out.append(contentsOf: "[\(alt)]") }
                default: break
                }
                continue
            }
            if skipUntil != nil { i += 1; continue }
            if c == "&" {
                let (decoded, next) = decodeEntity(chars, at: i)
                out.append(contentsOf: decoded)
                i = next
                continue
            }
            if preDepth <= 0, c.isWhitespace {
                if let last = out.last, last != " ", last != "\n" { out.append(" ") }
            } else {
                out.append(c)
            }
            i += 1
        }
        // Tidy: trim lines, at most one blank line in a row.
        var lines: [String] = []
        for line in String(out.characters).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The output under construction: characters in an array, so positions are plain integers
    /// and every edit at the end is constant time.
    private struct TextBuilder {
        var characters: [Character] = []
        var count: Int { characters.count }
        var last: Character? { characters.last }

        mutating func append(_ c: Character) { characters.append(c) }
        mutating func append(contentsOf s: String) { characters.append(contentsOf: s) }

        /// The text from `start` to the end ("" when the output is now shorter than that).
        func text(from start: Int) -> String {
            start < characters.count ? String(characters[start...]) : ""
        }

        /// Ends the line (at least `count` line ends in a row) and starts the next with `prefix`.
        mutating func newline(_ count: Int = 1, prefix: [Character]) {
            // A line that holds only a quote prefix counts as empty.
            while true {
                if characters.last == " ", characters.count >= 2, characters[characters.count - 2] == ">" {
                    characters.removeLast(2)
                } else if characters.last == ">", characters.count >= 2, characters[characters.count - 2] == "\n" {
                    characters.removeLast()
                } else {
                    break
                }
            }
            while characters.last == " " { characters.removeLast() }
            if characters.isEmpty { return }
            var trailing = 0
            var k = characters.count - 1
            while k >= 0, characters[k] == "\n" || characters[k] == " ", trailing < count {
                if characters[k] == "\n" { trailing += 1 }
                k -= 1
            }
            for _ in trailing..<max(trailing, count) { characters.append("\n") }
            characters.append(contentsOf: prefix)
        }
    }

    private static func hasPrefix(_ chars: [Character], at start: Int, _ prefix: String) -> Bool {
        var k = start
        for p in prefix {
            guard k < chars.count, chars[k] == p else { return false }
            k += 1
        }
        return true
    }

    /// The first position at or after `start` where `needle` begins.
    private static func find(_ chars: [Character], _ needle: String, from start: Int) -> Int? {
        let n = Array(needle)
        guard let first = n.first, start < chars.count else { return nil }
        var k = start
        while k + n.count <= chars.count {
            if chars[k] == first, Self.hasPrefix(chars, at: k, needle) { return k }
            k += 1
        }
        return nil
    }

    private static func parseTag(_ text: ArraySlice<Character>) -> (name: String, closing: Bool, selfClosing: Bool, attributes: [String: String]) {
        var k = text.startIndex
        let end = text.endIndex
        var closing = false
        if k < end, text[k] == "/" { closing = true; k += 1 }
        let nameStart = k
        while k < end, !text[k].isWhitespace, text[k] != "/" { k += 1 }
        // Tag names are short; a "name" of thousands of characters is no tag Postmottak knows.
        let name = k - nameStart <= 16 ? String(text[nameStart..<k]).lowercased() : ""
        let selfClosing = text.last == "/"
        var attributes: [String: String] = [:]
        // Attributes: key, optional `=`, optional quoted value; each character looked at once.
        while k < end, attributes.count < 32 {
            while k < end, text[k].isWhitespace || text[k] == "/" { k += 1 }
            let keyStart = k
            while k < end, !text[k].isWhitespace, text[k] != "=", text[k] != "/" { k += 1 }
            let key = String(text[keyStart..<k]).lowercased()
            while k < end, text[k].isWhitespace { k += 1 }
            guard k < end, text[k] == "=" else {
                if k == keyStart { k += 1 }
                continue
            }
            k += 1
            while k < end, text[k].isWhitespace { k += 1 }
            guard k < end else { break }
            let value: ArraySlice<Character>
            if text[k] == "\"" || text[k] == "'" {
                let quote = text[k]
                let valueStart = k + 1
                k = valueStart
                while k < end, text[k] != quote { k += 1 }
                value = text[valueStart..<k]
                if k < end { k += 1 }
            } else {
                let valueStart = k
                while k < end, !text[k].isWhitespace { k += 1 }
                value = text[valueStart..<k]
            }
            if !key.isEmpty, key.count <= 32 { attributes[key] = decodeEntities(String(value)) }
        }
        return (name, closing, selfClosing, attributes)
    }

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let chars = Array(s)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "&" {
                let (decoded, next) = decodeEntity(chars, at: i)
                out += decoded; i = next
            } else {
                out.append(chars[i]); i += 1
            }
        }
        return out
    }

    /// The character reference at `start` (an `&`) and the position after it; a lone `&` when
    /// no known reference follows within a few characters.
    private static func decodeEntity(_ chars: [Character], at start: Int) -> (String, Int) {
        let after = start + 1
        var semi = after
        while semi < chars.count, semi - after < 12, chars[semi] != ";" { semi += 1 }
        guard semi < chars.count, chars[semi] == ";" else { return ("&", after) }
        let name = String(chars[after..<semi])
        let next = semi + 1
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
        if let named = entities[name] { return (named, next) }
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
