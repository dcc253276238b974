import PostmottakCore
import PropertyBased
import Testing
import Foundation

@Suite struct ReferenceNumberTests {
    let format: ReferenceFormat
    init() throws { format = try ReferenceFormat(prefix: "FJV", sequenceDigits: 6) }

    static let years = Gen.int(in: 2000...2099)
    static let sequences = Gen.int(in: 1...999_999)

    @Test func formatsWithPrefixYearPaddedSequenceAndCheck() {
        let ref = format.reference(year: 2026, sequence: 42)
        #expect(ref.formatted.hasPrefix("FJV-2026-000042-"))
        #expect(format.parse(ref.formatted) == ref)
    }

    @Test func roundTripsEveryNumber() async {
        await propertyCheck(count: 500, input: Self.years, Self.sequences) { year, seq in
            let ref = format.reference(year: year, sequence: seq)
            #expect(format.parse(ref.formatted) == ref)
        }
    }

    @Test func detectsEverySingleCharacterSubstitution() async {
        await propertyCheck(count: 300, input: Self.years, Self.sequences) { year, seq in
            let text = format.reference(year: year, sequence: seq).formatted
            let chars = Array(text)
            for (i, c) in chars.enumerated() where c.isNumber || c == "X" {
                for replacement in Array("0123456789X") where replacement != c {
                    // X is only a check character; elsewhere it is not a digit at all.
                    var mutated = chars
                    mutated[i] = replacement
                    #expect(format.parse(String(mutated)) == nil, "\(String(mutated)) accepted")
                }
            }
        }
    }

    @Test func detectsEveryAdjacentTransposition() async {
        await propertyCheck(count: 300, input: Self.years, Self.sequences) { year, seq in
            let text = format.reference(year: year, sequence: seq).formatted
            // The digits and the check character in order, with separators removed.
            let compact = Array(text.filter { $0.isNumber || $0 == "X" })
            for i in 0..<(compact.count - 1) where compact[i] != compact[i + 1] {
                var swapped = compact
                swapped.swapAt(i, i + 1)
                let candidate = "FJV-" + String(swapped[0..<4]) + "-" + String(swapped[4..<10]) + "-" + String(swapped[10])
                #expect(format.parse(candidate) == nil, "\(candidate) accepted")
            }
        }
    }

    @Test func toleratesOCRConfusionsCaseAndSpacing() async {
        let confusions: [Character: [Character]] = ["0": ["O", "o"], "1": ["I", "l"], "5": ["S", "s"], "8": ["B"]]
        await propertyCheck(count: 300, input: Self.years, Self.sequences, Gen.int(in: 0...1000)) { year, seq, salt in
            let ref = format.reference(year: year, sequence: seq)
            var out = ""
            let written = salt % 4 == 0 ? ref.formatted.lowercased() : ref.formatted
            for (i, c) in written.enumerated() {
                if let options = confusions[c], (i + salt) % 2 == 0 { out.append(options[(i + salt) % options.count]) } else { out.append(c) }
                if (i * 7 + salt) % 5 == 0 { out.append(" ") }
            }
            out = out.replacingOccurrences(of: "-", with: salt % 3 == 0 ? " " : "-")
            #expect(format.parse("Viser til saken \(out), se vedlegg.") == ref, "\(out) not read")
        }
    }

    @Test func findsNumbersInFreeTextAtWordBoundariesOnly() {
        let a = format.reference(year: 2026, sequence: 7), b = format.reference(year: 2025, sequence: 1234)
        let text = "Re: \(a.formatted) og tidligere \(b.formatted). Ikke: X\(a.formatted) eller \(a.formatted)9"
        let found = ReferenceNumberScanner(format: format).matches(in: text).map(\.reference)
        #expect(found == [a, b])
    }

    @Test func sequenceOutgrowingItsDigitsGetsLonger() {
        let ref = format.reference(year: 2026, sequence: 1_234_567)
        #expect(ref.formatted.hasPrefix("FJV-2026-1234567-"))
        #expect(format.parse(ref.formatted) == ref)
    }

    @Test func everyOverflowedNumberIsFoundAsItself() async {
        // Found by the fuzzer: the first eleven characters of FJV-2026-1345671-X read as a
        // valid standard number too; the check character set apart decides.
        let scanner = ReferenceNumberScanner(format: format)
        #expect(scanner.matches(in: "FJV-2026-1345671-X").map(\.reference) == [format.reference(year: 2026, sequence: 1_345_671)])
        await propertyCheck(count: 500, input: Self.years, Gen.int(in: 1_000_000...99_999_999)) { year, seq in
            let ref = format.reference(year: year, sequence: seq)
            #expect(scanner.matches(in: "sak \(ref.formatted).").map(\.reference) == [ref])
        }
        // A standard number followed by other digits stays the standard number.
        let standard = format.reference(year: 2026, sequence: 42)
        for tail in 0...9 {
            #expect(scanner.matches(in: "\(standard.formatted) \(tail)").first?.reference == standard)
        }
    }

    @Test func rejectsBadFormats() {
        #expect(throws: ReferenceFormatError.self) { try ReferenceFormat(prefix: "fjv", sequenceDigits: 6) }
        #expect(throws: ReferenceFormatError.self) { try ReferenceFormat(prefix: "TOOLONGPREFIX", sequenceDigits: 6) }
        #expect(throws: ReferenceFormatError.self) { try ReferenceFormat(prefix: "FJV", sequenceDigits: 2) }
    }

    @Test func iso7064KnownValue() {
        // ISO 7064 MOD 11-2 example: "0794" has check character 0.
        #expect(ISO7064Mod11_2.checkCharacter(for: [0, 7, 9, 4]) == "0")
    }
}
