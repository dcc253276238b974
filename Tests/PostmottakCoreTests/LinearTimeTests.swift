import PostmottakCore
import Testing

/// The domain's text scanners are linear: a megabyte of each one's worst known shape.
@Suite struct LinearTimeTests {
    static func repeated(_ unit: String) -> String {
        String(repeating: unit, count: (1 << 20) / max(1, unit.utf8.count))
    }

    func measure(_ what: String, _ body: () -> Void) {
        let clock = ContinuousClock()
        let started = clock.now
        body()
        #expect(clock.now - started < .seconds(60), "\(what)")
    }

    @Test(arguments: ["FJV FJV-2026-", "FJV-2026-00004", "F J V 2 0 2 6 ", "fjv-2026-000042-7", "FJV-2O26-OOOO42-X "])
    func referenceScannerIsLinear(unit: String) throws {
        let scanner = ReferenceNumberScanner(format: try ReferenceFormat(prefix: "FJV", sequenceDigits: 6))
        measure("references \(unit)") { _ = scanner.matches(in: Self.repeated(unit)) }
    }

    @Test(arguments: ["1-2 3.4", "151086 ", "15108695088.", "12345678901 ", "1 2 3 4 5 6 7 8 9 0 "])
    func identityDetectorAndMaskingAreLinear(unit: String) {
        let text = Self.repeated(unit)
        measure("identity \(unit)") { _ = IdentityNumberDetector().masked(text) }
    }

    @Test(arguments: ["Ordet ", "ÆØÅ æøå ", "\u{00A0}\t\n", "a-b_c.d "])
    func wordNormalisationIsLinear(unit: String) {
        measure("words \(unit)") { _ = TextNormalization.words(Self.repeated(unit)) }
    }

    @Test func safeFileNamesOfAMegabyteAreShortAndFast() {
        var name = ""
        measure("file name") { name = SafeFileName(Self.repeated("../é\u{0000}"), fallback: "x").value }
        #expect(name.utf8.count <= 120)
    }
}
