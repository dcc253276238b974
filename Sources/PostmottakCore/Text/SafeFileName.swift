/// Turns a declared file name (from a MIME header, a scanner, a citizen) into one that is safe
/// to write anywhere: no path components, no control or bidirectional-override characters, no
/// characters Windows or archive tools reject, not a device name, not hidden, and at most
/// `maxBytes` bytes of UTF-8 with the extension kept.
public struct SafeFileName: Sendable, Hashable, CustomStringConvertible {
    /// The safe name.
    public let value: String

    /// Makes `declared` safe; `fallback` (itself made safe) is used when nothing usable is left.
    public init(_ declared: String?, fallback: String = "attachment", maxBytes: Int = 120) {
        let cleaned = Self.clean(declared ?? "", maxBytes: maxBytes)
        if let cleaned {
            value = cleaned
        } else {
            value = Self.clean(fallback, maxBytes: maxBytes) ?? "attachment"
        }
    }

    public var description: String { value }

    /// The extension after the last dot, lower-cased, or nil.
    public var pathExtension: String? {
        guard let dot = value.lastIndex(of: "."), dot != value.startIndex else { return nil }
        let ext = value[value.index(after: dot)...]
        return ext.isEmpty ? nil : ext.lowercased()
    }

    private static let forbidden: Set<Unicode.Scalar> = ["<", ">", ":", "\"", "|", "?", "*", "\\", "/"]
    private static let windowsDevices: Set<String> = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ]

    static func clean(_ raw: String, maxBytes: Int) -> String? {
        // Keep only the last path component, whichever separator the sender's system used.
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var scalars = String.UnicodeScalarView()
        for s in last.unicodeScalars {
            if s.properties.isWhitespace { scalars.append(" "); continue }
            switch s.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
                continue
            default: break
            }
            if forbidden.contains(s) { scalars.append("_"); continue }
            if s.properties.isWhitespace { scalars.append(" "); continue }
            scalars.append(s)
        }
        // Collapse runs of spaces, trim spaces and dots at both ends (no hidden files, no "..").
        var name = ""
        for c in String(scalars) where !(c == " " && name.last == " ") { name.append(c) }
        name = String(name.drop(while: { $0 == " " || $0 == "." }))
        while let l = name.last, l == " " || l == "." { name.removeLast() }
        guard !name.isEmpty else { return nil }
        let stem = name.split(separator: ".", maxSplits: 1).first.map { String($0).uppercased() } ?? ""
        if windowsDevices.contains(stem) { name = "_" + name }
        return truncate(name, maxBytes: maxBytes)
    }

    /// Shortens the stem so the whole name fits in `maxBytes` of UTF-8, keeping a short extension.
    static func truncate(_ name: String, maxBytes: Int) -> String {
        guard name.utf8.count > maxBytes else { return name }
        var stem = Substring(name)
        var ext = Substring("")
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 11 {
            stem = name[..<dot]
            ext = name[dot...]
        }
        let budget = max(1, maxBytes - ext.utf8.count)
        var kept = ""
        for c in stem {
            if kept.utf8.count + String(c).utf8.count > budget { break }
            kept.append(c)
        }
        return kept + ext
    }
}
