import Foundation

/// Cheap facts about a message's raw bytes, read without parsing its MIME structure: where
/// the header section ends and the first value of a header. Used at capture, where a
/// message must be recognised before the (slower, fallible) parse.
public struct RawMessage {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The index of the first byte of the body (after the blank line), or `bytes.count` when
    /// the message has no body.
    public var bodyStart: Int {
        var i = 0
        let n = bytes.count
        // A message that begins with a blank line has an empty header section.
        if n >= 2, bytes[0] == 0x0D, bytes[1] == 0x0A { return 2 }
        if n >= 1, bytes[0] == 0x0A { return 1 }
        while i < n {
            guard bytes[i] == 0x0A else { i += 1; continue }
            if i + 1 < n, bytes[i + 1] == 0x0A { return i + 2 }
            if i + 2 < n, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { return i + 3 }
            i += 1
        }
        return n
    }

    /// The header section, including the blank line that ends it.
    public var headerSection: ArraySlice<UInt8> { bytes[..<bodyStart] }

    /// The body: everything after the header section.
    public var body: ArraySlice<UInt8> { bytes[bodyStart...] }

    /// The first value of header `name` (case-insensitive), unfolded and trimmed, or nil.
    public func header(_ name: String) -> String? {
        let wanted = Array(name.lowercased().utf8)
        let headers = headerSection
        var lineStart = headers.startIndex
        while lineStart < headers.endIndex {
            let lineEnd = headers[lineStart...].firstIndex(of: 0x0A) ?? headers.endIndex
            if lineEnd - lineStart > wanted.count, headers[lineStart + wanted.count] == UInt8(ascii: ":"),
               zip(headers[lineStart..<(lineStart + wanted.count)], wanted).allSatisfy({ Self.lower($0) == $1 }) {
                var value = Array(headers[(lineStart + wanted.count + 1)..<lineEnd])
                var next = lineEnd + 1
                // Folded continuation lines begin with white space.
                while next < headers.endIndex, headers[next] == 0x20 || headers[next] == 0x09 {
                    let end = headers[next...].firstIndex(of: 0x0A) ?? headers.endIndex
                    value.append(0x20)
                    value.append(contentsOf: headers[next..<end])
                    next = end + 1
                }
                let text = String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// The Message-ID without angle brackets, or nil.
    public var messageID: String? {
        guard var id = header("Message-ID") else { return nil }
        if let open = id.firstIndex(of: "<"), let close = id[open...].firstIndex(of: ">") {
            id = String(id[id.index(after: open)..<close])
        }
        id = id.trimmingCharacters(in: .whitespaces)
        return id.isEmpty || id.count > 998 ? nil : id
    }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
}
