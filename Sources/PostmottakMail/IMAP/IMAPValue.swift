/// A value in an IMAP response (RFC 3501 §4 and §9).
public indirect enum IMAPValue: Sendable, Equatable {
    /// An atom or number (`UID`, `BODY[]`, `42`, `\Seen`).
    case atom(String)
    /// A quoted string or a literal, as bytes.
    case string([UInt8])
    case list([IMAPValue])
    case `nil`

    /// The atom's text, upper-cased, for comparisons with item names.
    public var upperAtom: String? {
        if case .atom(let a) = self { return a.uppercased() }
        return nil
    }

    /// The value as an unsigned number, when it is one.
    public var number: UInt64? {
        if case .atom(let a) = self { return UInt64(a) }
        return nil
    }

    /// The bytes of a string or literal.
    public var bytes: [UInt8]? {
        switch self {
        case .string(let b): b
        case .atom(let a): Array(a.utf8)
        default: nil
        }
    }
}

/// Reads the values of one response line (its literals given separately).
struct IMAPTokenizer {
    private let line: [UInt8]
    private let literals: [[UInt8]]
    private var index = 0
    private var literalIndex = 0

    init(line: [UInt8], literals: [[UInt8]]) {
        self.line = line
        self.literals = literals
    }

    mutating func readAll() throws(IMAPError) -> [IMAPValue] {
        var values: [IMAPValue] = []
        while let value = try next(inList: false) { values.append(value) }
        return values
    }

    private mutating func skipSpaces() {
        while index < line.count, line[index] == 0x20 { index += 1 }
    }

    /// The next value, nil at the end of the line (or of the current list).
    private mutating func next(inList: Bool) throws(IMAPError) -> IMAPValue? {
        skipSpaces()
        guard index < line.count else {
            if inList { throw .protocolViolation("a list in the server's answer is not closed") }
            return nil
        }
        let byte = line[index]
        switch byte {
        case UInt8(ascii: "("):
            index += 1
            var items: [IMAPValue] = []
            while true {
                skipSpaces()
                if index < line.count, line[index] == UInt8(ascii: ")") { index += 1; break }
                guard let item = try next(inList: true) else { break }
                items.append(item)
            }
            return .list(items)
        case UInt8(ascii: ")"):
            if inList { return nil }
            throw .protocolViolation("an unexpected ')' in the server's answer")
        case UInt8(ascii: "\""):
            return .string(try quoted())
        case UInt8(ascii: "{"):
            guard let close = line[index...].firstIndex(of: UInt8(ascii: "}")) else {
                throw .protocolViolation("a literal marker is not closed")
            }
            index = close + 1
            guard literalIndex < literals.count else { throw .protocolViolation("a literal is missing") }
            defer { literalIndex += 1 }
            return .string(literals[literalIndex])
        default:
            let atom = self.atom()
            if atom.uppercased() == "NIL" { return .nil }
            return .atom(atom)
        }
    }

    private mutating func quoted() throws(IMAPError) -> [UInt8] {
        index += 1
        var result: [UInt8] = []
        while index < line.count {
            let b = line[index]
            index += 1
            if b == UInt8(ascii: "\\"), index < line.count { result.append(line[index]); index += 1; continue }
            if b == UInt8(ascii: "\"") { return result }
            result.append(b)
        }
        throw .protocolViolation("a quoted string is not closed")
    }

    /// An atom; a `[...]` section inside it (BODY[HEADER]) may hold spaces.
    private mutating func atom() -> String {
        let start = index
        var depth = 0
        while index < line.count {
            let b = line[index]
            if b == UInt8(ascii: "[") { depth += 1 }
            else if b == UInt8(ascii: "]") { depth = max(0, depth - 1) }
            else if depth == 0, b == 0x20 || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "{") { break }
            index += 1
        }
        if index == start { index += 1 }  // never stall on a stray byte
        return String(decoding: line[start..<index], as: UTF8.self)
    }
}
