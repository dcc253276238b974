/// Finds reference numbers in free text: e-mail subjects and bodies, OCR output, notes.
///
/// Tolerates what people and OCR do to a number: lower case, spaces or other separators
/// between any characters (`FJV 2026 000042 7`, `fjv-2026-000042-7`), and the usual OCR
/// confusions O/o/Q→0, I/l/|/i→1, S/s→5, B→8, Z/z→2 in the digits (and the reverse in the
/// prefix). A candidate whose check character does not match is rejected, so a mistyped or
/// mis-read number is never attached to a stranger's case.
public struct ReferenceNumberScanner: Sendable {
    /// A reference number found in text.
    public struct Match: Sendable, Hashable {
        /// The number, in canonical form.
        public let reference: ReferenceNumber
        /// The characters it was read from.
        public let range: Range<String.Index>
    }

    public let format: ReferenceFormat

    public init(format: ReferenceFormat) {
        self.format = format
    }

    /// Every valid reference number in `text`, in order of appearance.
    public func matches(in text: String) -> [Match] {
        let chars = Array(text.unicodeScalars)
        let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        let prefix = Array(format.prefix.unicodeScalars)
        var found: [Match] = []
        var i = 0
        while i < chars.count {
            if i > 0, Self.isWordCharacter(chars[i - 1]) { i += 1; continue }
            guard let afterPrefix = matchPrefix(prefix, in: chars, at: i),
                  let (reference, end) = matchNumber(in: chars, from: afterPrefix)
            else { i += 1; continue }
            found.append(Match(reference: reference, range: indices[i]..<indices[end]))
            i = end
        }
        return found
    }

    // MARK: - Prefix

    private func matchPrefix(_ prefix: [Unicode.Scalar], in chars: [Unicode.Scalar], at start: Int) -> Int? {
        var i = start
        for (n, letter) in prefix.enumerated() {
            if n > 0 { i = skipSeparators(in: chars, from: i, allowed: Self.spaces, max: 2) }
            guard i < chars.count, Self.letterForm(chars[i]) == letter else { return nil }
            i += 1
        }
        return i
    }

    // MARK: - Year, sequence, check

    private func matchNumber(in chars: [Unicode.Scalar], from start: Int) -> (ReferenceNumber, Int)? {
        // Collect digit-like characters, allowing short runs of separators between them.
        var values: [UInt8] = []
        var ends: [Int] = []          // index just after each collected character
        var checkValues: [Int?] = []  // the character's value as a check character (X = 10)
        var setApart: [Bool] = []     // whether separators stand before the character
        var i = start
        let longest = 4 + format.sequenceDigits + 3
        while values.count < longest {
            let j = skipSeparators(in: chars, from: i, allowed: Self.separators, max: 3)
            guard j < chars.count else { break }
            if let d = Self.digitValue(chars[j]) {
                values.append(d); checkValues.append(Int(d))
            } else if chars[j] == "X" || chars[j] == "x" {
                values.append(10); checkValues.append(10)
            } else { break }
            setApart.append(j > i)
            i = j + 1
            ends.append(i)
        }
        // Every length that reads as a valid number: the standard one, or an overflowed
        // sequence (a year past 10^digits submissions) of one or two digits more.
        let standard = 4 + format.sequenceDigits + 1
        var readings: [(length: Int, reference: ReferenceNumber, end: Int)] = []
        for length in standard...(standard + 2) where length <= values.count {
            let end = ends[length - 1]
            // The number must end at a word boundary.
            if end < chars.count, Self.isWordCharacter(chars[end]) { continue }
            // A longer, overflowed sequence is only read when nothing digit-like follows it.
            if length > standard, values.count > length { continue }
            let body = Array(values[0..<(length - 1)])
            guard body.allSatisfy({ $0 <= 9 }), let check = checkValues[length - 1] else { continue }
            let yearDigits = body[0..<4].reduce(0) { $0 * 10 + Int($1) }
            guard (2000...2099).contains(yearDigits) else { return nil }
            let sequenceDigits = body[4...]
            if length > standard, sequenceDigits.first == 0 { continue }
            guard ISO7064Mod11_2.isValid(digits: body, check: check) else { continue }
            let sequence = sequenceDigits.reduce(0) { $0 * 10 + Int($1) }
            guard sequence > 0 else { continue }
            readings.append((length, format.reference(year: yearDigits, sequence: sequence), end))
        }
        // Where two lengths both read, the one whose check character is set apart as the
        // number is written (`…-1234567-X`, not `…-123456` `7`) is the number; when both or
        // neither are, the standard length, overflow being rare.
        let apart = readings.filter { setApart[$0.length - 1] }
        guard let chosen = (apart.count == 1 ? apart.first : readings.first) else { return nil }
        return (chosen.reference, chosen.end)
    }

    // MARK: - Character classes

    private static let spaces: Set<Unicode.Scalar> = [" ", "\t", "\u{00A0}", "\u{202F}"]
    private static let separators: Set<Unicode.Scalar> = spaces.union(["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", ".", "/", "_", ":"])

    private func skipSeparators(in chars: [Unicode.Scalar], from start: Int, allowed: Set<Unicode.Scalar>, max: Int) -> Int {
        var i = start
        while i < chars.count, i - start < max, allowed.contains(chars[i]) { i += 1 }
        return i
    }

    /// The digit a character stands for, OCR confusions included.
    static func digitValue(_ c: Unicode.Scalar) -> UInt8? {
        switch c {
        case "0"..."9": UInt8(c.value - 48)
        case "O", "o", "Q", "D": 0
        case "I", "l", "|", "i", "!": 1
        case "Z", "z": 2
        case "S", "s": 5
        case "b": 6
        case "B": 8
        default: nil
        }
    }

    /// The capital letter a character stands for in a prefix, OCR confusions included.
    static func letterForm(_ c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "a"..."z": Unicode.Scalar(c.value - 32)
        case "A"..."Z": c
        case "0": "O"
        case "1", "|": "I"
        case "5": "S"
        case "8": "B"
        case "2": "Z"
        default: nil
        }
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }
}
