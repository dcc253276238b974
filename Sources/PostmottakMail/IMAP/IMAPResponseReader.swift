import Foundation

/// Frames the bytes an IMAP server sends into responses: lines ending in CRLF, each of which
/// may carry literals (`{n}` at the end of a line, then n bytes). Pure: the bytes are pushed
/// in, complete responses come out, so the framing is tested without a network.
struct IMAPResponseReader {
    private var buffer: [UInt8] = []
    private var start = 0
    /// The response being assembled across literals.
    private var pendingLine: [UInt8] = []
    private var pendingLiterals: [[UInt8]] = []
    /// The size of the literal we wait for, when the line so far ended in `{n}`.
    private var literalNeeded: Int?
    /// Bytes of an oversized literal still to be read off and dropped.
    private var literalToSkip = 0
    private var pendingSkipped: [Int] = []
    /// The largest literal kept; a larger one (a message bigger than its RFC822.SIZE said)
    /// is read off the connection and dropped, so the connection stays in step and the
    /// message can be set aside by its UID.
    let maxLiteral: Int

    init(maxLiteral: Int) {
        self.maxLiteral = maxLiteral
    }

    /// Bytes read but not yet framed.
    var buffered: Int { buffer.count - start }

    mutating func push(_ bytes: ArraySlice<UInt8>) {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete response, or nil when more bytes are needed.
    mutating func next() throws(IMAPError) -> IMAPResponse? {
        while true {
            if literalToSkip > 0 {
                let n = min(literalToSkip, buffer.count - start)
                start += n
                literalToSkip -= n
                if literalToSkip > 0 { return nil }
                continue
            }
            if let needed = literalNeeded {
                guard buffer.count - start >= needed else { return nil }
                pendingLiterals.append(Array(buffer[start..<(start + needed)]))
                start += needed
                literalNeeded = nil
                continue
            }
            guard let lf = lineFeed(from: start) else {
                if buffer.count - start > 1 << 20 { throw .protocolViolation("a response line is longer than 1 MiB") }
                return nil
            }
            var end = lf
            if end > start, buffer[end - 1] == 0x0D { end -= 1 }
            pendingLine.append(contentsOf: buffer[start..<end])
            start = lf + 1
            if let size = Self.literalSize(atEndOf: pendingLine) {
                if size > maxLiteral {
                    pendingLiterals.append([])
                    pendingSkipped.append(size)
                    literalToSkip = size
                    continue
                }
                literalNeeded = size
                continue
            }
            let response = IMAPResponse(line: pendingLine, literals: pendingLiterals, skippedLiteralSizes: pendingSkipped)
            pendingLine = []
            pendingLiterals = []
            pendingSkipped = []
            return response
        }
    }

    private func lineFeed(from index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { raw -> Int? in
            guard let base = raw.baseAddress else { return nil }
            guard let found = memchr(base + index, 0x0A, raw.count - index) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// n when `line` ends in `{n}` or `{n+}`.
    static func literalSize(atEndOf line: [UInt8]) -> Int? {
        guard line.last == UInt8(ascii: "}"), let open = line.lastIndex(of: UInt8(ascii: "{")) else { return nil }
        var digits = line[(open + 1)..<(line.count - 1)]
        if digits.last == UInt8(ascii: "+") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}

extension IMAPResponse {
    /// Frames `bytes`, as a server sent them, into complete responses (what is left after
    /// the last complete one is not returned). For tests and the fuzzer; the connection
    /// frames its stream with the same reader, piece by piece.
    public static func frames(_ bytes: [UInt8], maxLiteral: Int) throws(IMAPError) -> [IMAPResponse] {
        var reader = IMAPResponseReader(maxLiteral: maxLiteral)
        reader.push(bytes[...])
        var responses: [IMAPResponse] = []
        while let response = try reader.next() { responses.append(response) }
        return responses
    }
}
