/// Checks the raw bytes before MIME parsing: is this an Internet message at all, and is it
/// whole? GMime reads almost anything, so these questions are answered here.
enum MessagePrecheck {
    /// The offset where the headers start (after an mbox `From ` line, when there is one).
    static func check(_ bytes: [UInt8]) throws(MailParseError) -> Int {
        guard !bytes.isEmpty else { throw .notAMessage("the file is empty") }
        var start = 0
        if bytes.starts(with: Array("From ".utf8)) {
            guard let nl = bytes.firstIndex(of: 0x0A) else { throw .notAMessage("only an mbox 'From ' line") }
            start = nl + 1
        }
        let headerEnd = findHeaderEnd(bytes, from: start)
        let headerBytes = bytes[start..<(headerEnd ?? bytes.count)]
        if headerBytes.contains(0) { throw .notAMessage("binary data where the header should be") }
        guard let firstLineEnd = headerBytes.firstIndex(of: 0x0A) ?? (headerBytes.isEmpty ? nil : headerBytes.endIndex) else {
            throw .notAMessage("no header")
        }
        guard isHeaderLine(bytes[start..<firstLineEnd]) else {
            throw .notAMessage("the first line is not a header field")
        }
        let names = headerNames(headerBytes)
        // A message, or at least a MIME entity: one of the fields only those have.
        let core: Set<String> = ["from", "date", "subject", "message-id", "to", "received", "return-path", "mime-version", "content-type"]
        guard names.contains(where: core.contains) else {
            throw .notAMessage("none of the header fields a message has (From, Date, Subject, Message-ID, To, Received, Content-Type)")
        }
        if headerEnd == nil, bytes.last != 0x0A {
            throw .truncated("the header section stops in the middle of a line")
        }
        return start
    }

    /// Index of the first byte after the blank line that ends the header section.
    static func findHeaderEnd(_ b: [UInt8], from start: Int) -> Int? {
        var i = start
        var lineStart = true
        while i < b.count {
            if lineStart {
                if b[i] == 0x0A { return i + 1 }
                if b[i] == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { return i + 2 }
            }
            lineStart = b[i] == 0x0A
            i += 1
        }
        return nil
    }

    static func isHeaderLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return false }
        return line[line.startIndex..<colon].allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }

    static func headerNames(_ header: ArraySlice<UInt8>) -> [String] {
        var names: [String] = []
        var lineStart = header.startIndex
        for i in header.indices where header[i] == 0x0A {
            let line = header[lineStart..<i]
            lineStart = i + 1
            guard let first = line.first, first != 0x20, first != 0x09, isHeaderLine(line),
                  let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            names.append(String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased())
        }
        return names
    }

    /// Header sections (the message's and each MIME part's) that are not ended by a blank
    /// line: the offsets where a blank line belongs, before the first line that is neither a
    /// header field nor a continuation when the line after it is not a header field either
    /// (a lone bad line among header fields is skipped, not taken for the body).
    static func missingSeparators(_ b: [UInt8], from start: Int, delimiters: Set<ArraySlice<UInt8>>) -> [Int] {
        var lines: [Range<Int>] = []
        var lineStart = start
        while lineStart < b.count {
            var end = b[lineStart...].firstIndex(of: 0x0A) ?? b.count
            let next = end + 1
            if end > lineStart, b[end - 1] == 0x0D { end -= 1 }
            lines.append(lineStart..<end)
            lineStart = next
        }
        func isDelimiter(_ r: Range<Int>) -> Bool {
            guard r.count >= 3, b[r.lowerBound] == UInt8(ascii: "-"), b[r.lowerBound + 1] == UInt8(ascii: "-") else { return false }
            var line = Array(b[r])
            while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
            return delimiters.contains(line[...])
        }
        var inserts: [Int] = []
        var regionStarts = [0]
        for (i, r) in lines.enumerated() where isDelimiter(r) { regionStarts.append(i + 1) }
        for first in regionStarts {
            var i = first
            while i < lines.count {
                let r = lines[i]
                if r.isEmpty || isDelimiter(r) { break }  // the blank line, or the part ends without a body
                let lead = b[r.lowerBound]
                if lead != 0x20, lead != 0x09, !isHeaderLine(b[r]) {
                    if i + 1 >= lines.count || !isHeaderLine(b[lines[i + 1]]) {
                        inserts.append(r.lowerBound)
                        break
                    }
                }
                i += 1
            }
        }
        return inserts.sorted()
    }

    /// In CRLF mail, the bare line feeds that end the line before a boundary delimiter line:
    /// the offsets where a CR belongs. The line break before a delimiter belongs to the
    /// delimiter (RFC 2046 §5.1.1); GMime, seeing CRLF mail, would take the CR it expects
    /// from the content and lose the last bytes of a base64 part. Python's email reads any
    /// line end there, and so does Postmottak with the CR put in.
    static func bareLineFeedsBeforeDelimiters(_ b: [UInt8], from start: Int, delimiters: Set<ArraySlice<UInt8>>) -> [Int] {
        guard !delimiters.isEmpty, let firstEnd = b[start...].firstIndex(of: 0x0A), firstEnd > start, b[firstEnd - 1] == 0x0D else { return [] }
        var inserts: [Int] = []
        var i = firstEnd + 1
        while i + 2 < b.count {
            // A delimiter line right after a bare LF.
            if b[i - 1] == 0x0A, b[i - 2] != 0x0D, isDelimiterLine(b, at: i, delimiters) { inserts.append(i - 1) }
            i += 1
        }
        return inserts
    }

    /// Counts the MIME structure in the raw bytes, before GMime builds its tree: the distinct
    /// boundaries declared and the delimiter lines that use them (counting stops past
    /// `limit`). Linear in the bytes: each line that starts with `--` is looked up once.
    static func structure(_ b: [UInt8], delimiters: Set<ArraySlice<UInt8>>, limit: Int = .max) -> (boundaries: Int, delimiterLines: Int) {
        guard !delimiters.isEmpty else { return (0, 0) }
        var lines = 0
        var i = 0
        while i + 1 < b.count, lines <= limit {
            if (i == 0 || b[i - 1] == 0x0A), isDelimiterLine(b, at: i, delimiters) { lines += 1 }
            i += 1
        }
        return (delimiters.count, lines)
    }

    /// Whether the line at `i` is `--boundary` or `--boundary--` of a declared boundary, with
    /// only blanks after it: its first word is taken (at most a boundary's length) and looked
    /// up once, whatever the number of boundaries declared.
    static func isDelimiterLine(_ b: [UInt8], at i: Int, _ delimiters: Set<ArraySlice<UInt8>>) -> Bool {
        guard i + 1 < b.count, b[i] == UInt8(ascii: "-"), b[i + 1] == UInt8(ascii: "-") else { return false }
        var end = i
        while end < b.count, end - i <= 204, b[end] != 0x20, b[end] != 0x09, b[end] != 0x0D, b[end] != 0x0A { end += 1 }
        var k = end
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k >= b.count || b[k] == 0x0D || b[k] == 0x0A else { return false }
        let word = b[i..<end]
        if delimiters.contains(word) { return true }
        return word.count > 4 && word.suffix(2).elementsEqual([UInt8(ascii: "-"), UInt8(ascii: "-")]) && delimiters.contains(word.dropLast(2))
    }

    /// `--boundary` of every multipart boundary parameter in the bytes.
    static func boundaryDelimiters(_ b: [UInt8]) -> Set<ArraySlice<UInt8>> {
        var result = Set<ArraySlice<UInt8>>()
        let key = Array("boundary=".utf8)
        var i = 0
        while i + key.count < b.count {
            var match = true
            for k in 0..<key.count where (b[i + k] | 0x20) != key[k] && !(key[k] == UInt8(ascii: "=") && b[i + k] == key[k]) {
                match = false
                break
            }
            guard match else { i += 1; continue }
            var j = i + key.count
            var value: [UInt8] = []
            if j < b.count, b[j] == UInt8(ascii: "\"") {
                j += 1
                while j < b.count, b[j] != UInt8(ascii: "\""), b[j] != 0x0A { value.append(b[j]); j += 1 }
            } else {
                while j < b.count, ![0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: ";")].contains(b[j]) { value.append(b[j]); j += 1 }
            }
            if !value.isEmpty, value.count <= 200 { result.insert((Array("--".utf8) + value)[...]) }
            i = j
        }
        return result
    }
}
