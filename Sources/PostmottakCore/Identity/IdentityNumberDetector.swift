/// Finds Norwegian and Swedish national identity numbers in free text.
///
/// Only the written forms people use for identity numbers are read, so that account numbers,
/// phone numbers, KID and customer numbers are not mistaken for people:
/// - Norwegian: 11 digits together (`15108695088`) or as `DDMMYY IIIKK` with one space,
///   hyphen or dot after the date (`151086 95088`). Account-number grouping (`1234.56.78903`)
///   is not read.
/// - Swedish: `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYYYMMDD-NNNC`, `YYYYMMDDNNNC`, and ten digits
///   together when they do not start with 0 (Swedish phone numbers do).
/// Every candidate must pass its check digits and hold a real date; a number standing inside
/// a longer run of digits is not read.
public struct IdentityNumberDetector: Sendable {
    /// Where the text comes from, which decides what may stand beside a number.
    public enum Context: Sendable {
        /// Free text: a number right after a letter or inside `1.2`, `a/b` is part of a word,
        /// a date or an account, not a person.
        case prose
        /// A file name, a Message-ID, a path: letters and punctuation are glued to numbers
        /// there (`fnr15108695088.pdf`, `<1.15108695088@host>`); only more digits make a run
        /// something else.
        case identifier
    }

    public init() {}

    /// Every identity number in `text`.
    public func matches(in text: String, context: Context = .prose) -> [IdentityNumberMatch] {
        let scalars = Array(text.unicodeScalars)
        let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        var result: [IdentityNumberMatch] = []
        var i = 0
        while i < scalars.count {
            guard Self.isDigit(scalars[i]), i == 0 || !Self.continuesNumber(scalars[i - 1], context) else { i += 1; continue }
            // A run: groups of digits with single separators between them.
            var groups: [[UInt8]] = [[]]
            var separators: [Unicode.Scalar] = []
            var groupEnds: [Int] = []
            var groupStarts: [Int] = [i]
            var j = i
            // At most three groups: no form has more than two, and a third tells that the run
            // goes on; a longer run is looked at again from its second group, so the scan
            // stays linear however long the run.
            while j < scalars.count {
                if Self.isDigit(scalars[j]) {
                    groups[groups.count - 1].append(UInt8(scalars[j].value - 48)); j += 1
                } else if groups.count < 3, Self.separators.contains(scalars[j]), j + 1 < scalars.count, Self.isDigit(scalars[j + 1]) {
                    groupEnds.append(j); separators.append(scalars[j]); groups.append([]); j += 1
                    groupStarts.append(j)
                } else { break }
            }
            groupEnds.append(j)
            // The whole run, or its first one or two groups when a space ends them there.
            var matched: (IdentityNumberKind, Int)?
            for k in stride(from: min(groups.count, 2), through: 1, by: -1) {
                let end = groupEnds[k - 1]
                if k < groups.count {
                    // A space ends a number; so does any separator after a whole 11- or
                    // 12-digit number (`15108695088.1`, `15108695088-2`: a number with a suffix).
                    let whole = k == 1 && (groups[0].count == 11 || groups[0].count == 12)
                    guard Self.spaces.contains(separators[k - 1]) || whole else { continue }
                } else if end < scalars.count, Self.continuesNumberAfter(scalars[end], context) {
                    continue
                }
                if let kind = Self.classify(groups: Array(groups[0..<k]), separators: Array(separators.prefix(k - 1))) {
                    matched = (kind, end); break
                }
            }
            if let (kind, end) = matched {
                result.append(IdentityNumberMatch(kind: kind, range: indices[i]..<indices[end]))
                i = end
            } else {
                i = groupStarts.count > 1 ? groupStarts[1] : max(j, i + 1)
            }
        }
        return result
    }

    /// Whether `text` holds any identity number.
    public func containsIdentityNumber(_ text: String) -> Bool { !matches(in: text).isEmpty }

    /// `text` with every identity number replaced by `replacement`.
    public func masked(_ text: String, replacement: String = "******", context: Context = .prose) -> String {
        var out = text
        for m in matches(in: text, context: context).reversed() { out.replaceSubrange(m.range, with: replacement) }
        return out
    }

    static func classify(groups: [[UInt8]], separators: [Unicode.Scalar]) -> IdentityNumberKind? {
        switch groups.map(\.count) {
        case [11]:
            return NorwegianIdentityNumber.classify(groups[0])
        case [6, 5] where separators[0] != "+":
            return NorwegianIdentityNumber.classify(groups[0] + groups[1])
        case [6, 4] where ["-", "+", " ", "\u{2010}", "\u{2011}", "\u{2013}"].contains(separators[0]):
            return SwedishIdentityNumber.classify(groups[0] + groups[1])
        case [8, 4] where ["-", " ", "\u{2013}"].contains(separators[0]):
            return SwedishIdentityNumber.classify(groups[0] + groups[1])
        case [12]:
            return SwedishIdentityNumber.classify(groups[0])
        case [10] where groups[0][0] != 0:
            return SwedishIdentityNumber.classify(groups[0])
        default:
            return nil
        }
    }

    private static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}"]
    private static let separators: Set<Unicode.Scalar> = [" ", "-", "+", ".", "\u{00A0}", "\u{2010}", "\u{2011}", "\u{2013}"]

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// A character before a digit run that makes the run part of something longer.
    private static func continuesNumber(_ c: Unicode.Scalar, _ context: Context) -> Bool {
        if context == .identifier { return isDigit(c) }
        return isDigit(c) || c.properties.isAlphabetic || c == "+" || c == "." || c == "," || c == "/" || c == "-"
    }

    /// A character after a digit run that makes the run part of something longer.
    private static func continuesNumberAfter(_ c: Unicode.Scalar, _ context: Context) -> Bool {
        if context == .identifier { return isDigit(c) }
        return isDigit(c) || c.properties.isAlphabetic || c == "/"
    }
}
