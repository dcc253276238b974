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

    /// Where the body starts in a message whose header is not ended by a blank line: the first
    /// line that is neither a header field nor a continuation, when the line after it is not a
    /// header field either (a lone bad line among header fields is skipped, not the body).
    static func missingSeparator(_ b: [UInt8], from start: Int) -> Int? {
        var lineStart = start
        while lineStart < b.count {
            let lineEnd = b[lineStart...].firstIndex(of: 0x0A) ?? b.count
            let line = b[lineStart..<lineEnd]
            guard let first = line.first, !(line.count == 1 && first == 0x0D) else { return nil }  // the blank line
            if first != 0x20, first != 0x09, !isHeaderLine(line) {
                let nextStart = lineEnd + 1
                guard nextStart < b.count else { return lineStart }
                let nextEnd = b[nextStart...].firstIndex(of: 0x0A) ?? b.count
                if !isHeaderLine(b[nextStart..<nextEnd]) { return lineStart }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }
}
