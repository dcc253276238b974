import Foundation
import PostmottakMail
import Testing

/// Every text transform on what strangers send is linear: each is run on a megabyte of its
/// worst known shape. A quadratic one takes hours at this size; a linear one stays far under
/// the generous bound even in a debug build. (Speed itself is measured by the benchmarks.)
@Suite struct LinearTimeTests {
    static let megabyte = 1 << 20

    static func repeated(_ unit: String) -> String {
        String(repeating: unit, count: megabyte / max(1, unit.utf8.count))
    }

    func measure(_ what: String, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        let started = clock.now
        try body()
        let elapsed = clock.now - started
        #expect(elapsed < .seconds(60), "\(what): \(elapsed)")
    }

    @Test(arguments: ["> quoted line\n", "Den 1. mai 2026 skrev Kari <kari@example.org>:\n", "-- \n", "Med vennlig hilsen\n", "a\n"])
    func replyTextIsLinear(unit: String) {
        measure("ReplyText \(unit.debugDescription)") { _ = ReplyText(Self.repeated(unit)) }
    }

    @Test(arguments: ["--b\r\n", "Header: value\r\n", " folded\r\n", "\n--b\n", "=?utf-8?q?=C3=B8?= "])
    func messagesOfOneShapeAreParsedInLinearTime(unit: String) throws {
        let head = "From: a@example.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n"
        let body = unit.contains(":") && !unit.hasPrefix("=") ? Self.repeated(unit) + "\r\n" : "\r\n" + Self.repeated(unit)
        measure("MIME \(unit.debugDescription)") {
            _ = try? MIMEParser().parse(Array((head + body).utf8))
        }
    }

    @Test func aMegabyteLineAndAMegabyteOfBareLineFeedsBeforeBoundaries() {
        let line = "From: a@example.org\r\nSubject: x\r\n\r\n" + String(repeating: "x", count: Self.megabyte) + "\r\n"
        measure("one long line") { _ = try? MIMEParser().parse(Array(line.utf8)) }
        let mixed = "From: a@example.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
            + String(repeating: "--b\nContent-Type: text/plain\n\nx\n", count: 400) + Self.repeated("\n--") + "--b--\r\n"
        measure("bare line feeds") { _ = try? MIMEParser().parse(Array(mixed.utf8)) }
    }
}
