import Foundation

/// The text of an RTF document, read in one linear pass: control words and symbols, groups,
/// `\'hh` bytes as Windows-1252 (the code page Word writes for Nordic text), `\uN`
/// characters with their fallback skipped, and the destinations that are not text (font and
/// colour tables, style sheets, document info, pictures, `\*` groups) left out. Group depth
/// is capped, so a document of nested braces costs only its length.
enum RTFText {
    static func text(_ bytes: [UInt8], limit: Int) throws(AttachmentError) -> String {
        guard bytes.starts(with: Array("{\\rtf".utf8)) else { throw .unreadable("it is not RTF (no {\\rtf header)") }
        var out = ""
        var pending: [UInt8] = []  // \'hh bytes waiting to be decoded together
        func flush() {
            for byte in pending { if let scalar = Unicode.Scalar(Windows1252.scalar(byte)) { out.unicodeScalars.append(scalar) } }
            pending.removeAll()
        }
        struct Group { var skip: Bool; var unicodeSkip: Int }
        var stack: [Group] = [Group(skip: false, unicodeSkip: 1)]
        var skipBytes = 0  // fallback characters still to skip after a \uN
        var i = 0
        let n = bytes.count
        let skippedDestinations: Set<String> = ["fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
                                                "headerl", "headerr", "footerl", "footerr", "fldinst", "themedata", "colorschememapping",
                                                "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator",
                                                "xmlnstbl", "mmathPr", "filetbl", "revtbl", "pgdsctbl"]
        while i < n, out.count < limit {
            let c = bytes[i]
            let skipping = stack.last?.skip ?? false
            switch c {
            case UInt8(ascii: "{"):
                flush()
                guard stack.count < 200 else { throw .tooLarge("its groups nest deeper than 200") }
                stack.append(stack.last ?? Group(skip: false, unicodeSkip: 1))
                i += 1
                // `{\*\dest ...}`: an optional destination, never text.
                if i + 1 < n, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "*") { stack[stack.count - 1].skip = true }
            case UInt8(ascii: "}"):
                flush()
                if stack.count > 1 { stack.removeLast() }
                i += 1
            case UInt8(ascii: "\\"):
                i += 1
                guard i < n else { break }
                let d = bytes[i]
                if d == UInt8(ascii: "'"), i + 2 < n {
                    if let byte = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                        if skipBytes > 0 { skipBytes -= 1 } else if !skipping { pending.append(byte) }
                    }
                    i += 3
                    continue
                }
                guard (d >= 0x61 && d <= 0x7A) || (d >= 0x41 && d <= 0x5A) else {
                    // A control symbol: \\ \{ \} are text; \~ a non-breaking space; \- and \_ hyphens.
                    if !skipping {
                        flush()
                        switch d {
                        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"): out.append(Character(Unicode.Scalar(d)))
                        case UInt8(ascii: "~"): out.append(" ")
                        case UInt8(ascii: "_"): out.append("-")
                        case 10, 13: out.append("\n")
                        default: break
                        }
                    }
                    i += 1
                    continue
                }
                var j = i
                while j < n, j - i < 32, (bytes[j] >= 0x61 && bytes[j] <= 0x7A) || (bytes[j] >= 0x41 && bytes[j] <= 0x5A) { j += 1 }
                let word = String(decoding: bytes[i..<j], as: UTF8.self)
                var k = j
                if k < n, bytes[k] == UInt8(ascii: "-") { k += 1 }
                while k < n, k - j < 11, bytes[k] >= 0x30, bytes[k] <= 0x39 { k += 1 }
                let parameter = Int(String(decoding: bytes[j..<k], as: UTF8.self))
                if k < n, bytes[k] == UInt8(ascii: " ") { k += 1 }
                i = k
                if skippedDestinations.contains(word) { stack[stack.count - 1].skip = true; continue }
                guard !skipping else { continue }
                switch word {
                case "par", "line", "sect", "page", "row": flush(); out.append("\n")
                case "tab", "cell": flush(); out.append("\t")
                case "uc": stack[stack.count - 1].unicodeSkip = max(0, min(parameter ?? 1, 10))
                case "u":
                    flush()
                    if var v = parameter {
                        if v < 0 { v += 65_536 }
                        if let code = UInt32(exactly: v), let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar) }
                    }
                    skipBytes = stack.last?.unicodeSkip ?? 1
                case "emdash": flush(); out.append("—")
                case "endash": flush(); out.append("–")
                case "bullet": flush(); out.append("•")
                case "lquote", "rquote": flush(); out.append("'")
                case "ldblquote", "rdblquote": flush(); out.append("\"")
                default: break
                }
            case 10, 13:
                i += 1
            default:
                if skipBytes > 0 {
                    skipBytes -= 1
                } else if !skipping {
                    if c < 0x80 { flush(); out.append(Character(Unicode.Scalar(c))) } else { pending.append(c) }
                }
                i += 1
            }
        }
        flush()
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n").replacingOccurrences(of: "\n\n\n", with: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Windows-1252's bytes as Unicode scalars (0x80–0x9F are its typographic characters).
enum Windows1252 {
    static func scalar(_ byte: UInt8) -> UInt32 {
        guard byte >= 0x80, byte < 0xA0 else { return UInt32(byte) }
        return table[Int(byte - 0x80)]
    }

    private static let table: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
