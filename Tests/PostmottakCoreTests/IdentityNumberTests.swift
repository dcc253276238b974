import PostmottakCore
import PropertyBased
import Testing
import Foundation

@Suite struct IdentityNumberTests {
    let detector = IdentityNumberDetector()

    func kinds(_ text: String) -> [IdentityNumberKind] { detector.matches(in: text).map(\.kind) }

    @Test func norwegianBirthNumberInItsWrittenForms() {
        #expect(kinds("fnr 15108695088.") == [.norwegianBirthNumber])
        #expect(kinds("fnr 151086 95088") == [.norwegianBirthNumber])
        #expect(kinds("fnr 151086-95088 og mer") == [.norwegianBirthNumber])
        #expect(kinds("15108695088 12 stk") == [.norwegianBirthNumber])
    }

    @Test func aWholeNumberFollowedByASuffixIsStillRead() {
        // Seen in bag-info.txt's Internal-Sender-Identifier: the number, a dot, a digit.
        #expect(kinds("Internal-Sender-Identifier: 15108695088.1") == [.norwegianBirthNumber])
        #expect(kinds("15108695088-2") == [.norwegianBirthNumber])
        #expect(detector.masked("id 15108695088.1 slutt") == "id ******.1 slutt")
        #expect(kinds("konto 1503.47.11052.1") == [], "account number grouping with a suffix")
    }

    @Test func inIdentifiersANumberGluedToLettersOrPunctuationIsStillRead() {
        // File names and Message-IDs glue numbers to words: only digits extend a run there.
        for name in ["søknad-15108695088.pdf", "fnr15108695088.pdf", "<1.15108695088@example.org>", "a/15108695088/b", "x+15108695088"] {
            #expect(detector.masked(name, context: .identifier).contains("******"), "\(name)")
            #expect(!detector.masked(name, context: .identifier).contains("15108695088"), "\(name)")
        }
        // In prose the same glue means a word, a date or an account; more digits, in either.
        #expect(kinds("fnr15108695088") == [])
        #expect(detector.matches(in: "315108695088", context: .identifier).isEmpty)
    }

    @Test func longRunsOfShortGroupsAreLinear() {
        // Each start used to re-read the whole rest of the run: quadratic at 1 MB.
        let text = String(repeating: "1-2 3.4", count: (1 << 20) / 7) + " 15108695088"
        let clock = ContinuousClock()
        var found: [IdentityNumberKind] = []
        let elapsed = clock.measure { found = kinds(text) }
        #expect(found == [.norwegianBirthNumber])
        #expect(elapsed < .seconds(30))
    }

    @Test func dNumberAndSyntheticNumbers() {
        #expect(kinds("12897510160") == [.norwegianSyntheticNumber])
        // Generated D-number: day + 40.
        #expect(kinds(Self.make("431086", individual: 123) ?? "") == [.norwegianDNumber])
    }

    @Test func the2032RuleAcceptsTheNewK1Values() {
        // With the 2032 rule K1 may make the weighted sum ≡ 1, 2 or 3 (mod 11); K2 is classic.
        let w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        var found = 0
        for individual in 100...499 {
            var d = Array("010190").compactMap { $0.wholeNumberValue } + String(individual).compactMap(\.wholeNumberValue)
            let s1 = zip(w1, d).reduce(0) { $0 + $1.0 * $1.1 }
            guard let k1 = (0...9).first(where: { (s1 + $0) % 11 == 2 }) else { continue }
            d.append(k1)
            let k2 = (11 - zip(w2, d).reduce(0) { $0 + $1.0 * $1.1 } % 11) % 11
            guard k2 < 10 else { continue }
            d.append(k2)
            #expect(kinds(d.map(String.init).joined()) == [.norwegianBirthNumber])
            found += 1
        }
        #expect(found > 10)
    }

    @Test func swedishPersonalAndCoordinationNumbers() {
        #expect(kinds("pnr 19121212-1212") == [.swedishPersonalNumber])
        #expect(kinds("pnr 121212-1212") == [.swedishPersonalNumber])
        #expect(kinds("pnr 850712-2383") == [.swedishPersonalNumber])
        #expect(kinds("191212121212") == [.swedishPersonalNumber])
        // Samordningsnummer: day + 60 (Luhn recomputed).
        #expect(kinds("samordningsnr 701063-2391") == [.swedishCoordinationNumber])
    }

    @Test func doesNotFireOnOtherNumbers() {
        #expect(kinds("konto 1503.47.11052") == [], "account number grouping")
        #expect(kinds("KID 0012345678903") == [])
        #expect(kinds("ring 070-123 45 67 eller 0701234567") == [], "Swedish mobile numbers")
        #expect(kinds("org.nr 556016-0680") == [], "Swedish organisation number")
        #expect(kinds("15108695089") == [], "wrong check digit")
        #expect(kinds("3215108695088") == [], "inside a longer number")
        #expect(kinds("kundenr 12345678901") == [])
    }

    @Test func randomValidAccountNumbersAreNotPeople() async {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...9_999_999_999)) { n in
            var digits = String(n).compactMap(\.wholeNumberValue).map(UInt8.init)
            digits = Array(repeating: 0, count: 10 - digits.count) + digits
            let w = [6, 7, 8, 9, 4, 5, 6, 7, 8, 9]
            let sum = zip(w, digits).reduce(0) { $0 + $1.0 * Int($1.1) } % 11
            guard sum != 1 else { return }
            digits.append(UInt8(sum == 0 ? 0 : 11 - sum))
            let text = digits.map(String.init).joined()
            let detected = !detector.matches(in: text).isEmpty
            #expect(detected == (NorwegianIdentityNumber.classify(digits) != nil))
        }
    }

    @Test func descriptionAndMaskingNeverShowTheNumber() {
        let text = "Min mor, fnr 151086 95088, fikk ikke hjelp."
        let match = detector.matches(in: text)
        #expect(match.count == 1)
        #expect(!"\(match)".contains("95088"))
        #expect(detector.masked(text) == "Min mor, fnr ******, fikk ikke hjelp.")
    }

    static func make(_ date: String, individual: Int) -> String? {
        let w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        var d = (date + String(format: "%03d", individual)).compactMap(\.wholeNumberValue)
        let k1 = (11 - zip(w1, d).reduce(0) { $0 + $1.0 * $1.1 } % 11) % 11
        guard k1 < 10 else { return make(date, individual: individual + 1) }
        d.append(k1)
        let k2 = (11 - zip(w2, d).reduce(0) { $0 + $1.0 * $1.1 } % 11) % 11
        guard k2 < 10 else { return make(date, individual: individual + 1) }
        d.append(k2)
        return d.map(String.init).joined()
    }
}
