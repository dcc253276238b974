import Foundation

/// Decodes text bytes by their declared charset, and copes with the charsets mail really has:
/// UTF-8 that is Latin-1, "unknown-8bit", no charset at all.
enum Charsets {
    /// The text, and a defect when the declared charset was wrong or unknown.
    static func decode(_ bytes: [UInt8], declared: String?) -> (String, String?) {
        let name = (declared ?? "").lowercased().trimmingCharacters(in: .whitespaces)
        switch name {
        case "", "utf-8", "utf8", "us-ascii", "ascii", "unknown-8bit", "x-unknown", "unknown":
            if let s = String(validating: bytes, as: UTF8.self) { return (s, nil) }
            let defect = name.isEmpty || name.hasPrefix("unknown") || name == "x-unknown"
                ? "text with undeclared 8-bit bytes, read as Windows-1252"
                : "text declared \(name) is not valid \(name), read as Windows-1252"
            return (windows1252(bytes), defect)
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252", "iso-8859-15", "iso8859-15", "latin-9":
            if name.contains("15") || name == "latin-9" { return (latin9(bytes), nil) }
            return (windows1252(bytes), nil)
        default:
            if let encoding = foundationEncoding(name), let s = String(bytes: bytes, encoding: encoding) {
                return (s, nil)
            }
            if let s = String(validating: bytes, as: UTF8.self) {
                return (s, "unknown charset \(name), read as UTF-8")
            }
            return (windows1252(bytes), "unknown charset \(name), read as Windows-1252")
        }
    }

    private static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "utf-16", "utf16": .utf16
        case "utf-16le": .utf16LittleEndian
        case "utf-16be": .utf16BigEndian
        case "iso-8859-2", "latin2": .isoLatin2
        case "windows-1250", "cp1250": .windowsCP1250
        case "windows-1251", "cp1251": .windowsCP1251
        case "koi8-r": nil
        case "shift_jis", "shift-jis": .shiftJIS
        case "euc-jp": .japaneseEUC
        case "iso-2022-jp": .iso2022JP
        default: nil
        }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if (0x80...0x9F).contains(b), let s = Unicode.Scalar(cp1252High[Int(b) - 0x80]) {
                scalars.append(s)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    /// ISO-8859-15: Latin-1 with the euro sign and a few letters replaced.
    static func latin9(_ bytes: [UInt8]) -> String {
        let replaced: [UInt8: UInt32] = [0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178]
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            scalars.append(replaced[b].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(b))
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
