import Foundation
import PostmottakMail
import Testing

/// HTML to text on hostile markup: no trap, and linear time whatever the nesting.
@Suite struct HTMLTextTests {
    @Test func aLinkOpenedInsideQuotesThatCloseFirstDoesNotTrap() {
        // The 329-byte mail that killed the reader: the link's label start lay past the end
        // of the output once the quote levels closed.
        let html = #"<p>Hei</p><blockquote><blockquote><p><a name="_MailEndCompose"></blockquote></blockquote></a>"#
        #expect(HTMLText.plainText(from: html) == "Hei")
        let labelled = #"x<blockquote><a href="https://example.org/a">lenke</blockquote> etter</a>"#
        #expect(HTMLText.plainText(from: labelled).hasPrefix("x"))
    }

    @Test func quotesAndLinksReadAsBefore() {
        let text = HTMLText.plainText(from: "<p>Svar</p><blockquote><p>Sitat</p><blockquote>Dypere</blockquote></blockquote><p><a href=\"https://example.org/kart\">kartet</a></p>")
        #expect(text.contains("Svar"))
        #expect(text.contains("> Sitat"))
        #expect(text.contains("> > Dypere"))
        #expect(text.contains("kartet (https://example.org/kart)"))
    }

    @Test func commentsEndAtTheirOwnCloseAndAnUnclosedOneRunsToTheEnd() {
        #expect(HTMLText.plainText(from: "a<!-- x -->b<!-- y -->c") == "abc")
        #expect(HTMLText.plainText(from: "a<!-- never closed <p>b") == "a")
    }

    @Test func deepQuotesAreCappedNotMultiplied() {
        let html = String(repeating: "<blockquote>x", count: 5_000)
        let text = HTMLText.plainText(from: html)
        let prefix = String(repeating: "> ", count: HTMLText.maxQuotePrefixDepth)
        #expect(!text.contains(prefix + ">"))
        #expect(text.utf8.count < 5_000 * (2 * HTMLText.maxQuotePrefixDepth + 4))
    }

    /// Every hostile shape at 1 MB: a quadratic conversion takes hours here; a linear one
    /// well under the generous bound even in a debug build.
    @Test(arguments: HTMLTextTests.hostileShapes)
    func oneMegabyteOfHostileMarkupIsLinear(shape: String) {
        let unit = Self.unit(shape)
        let html = String(repeating: unit, count: (1 << 20) / unit.utf8.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = HTMLText.plainText(from: html) }
        #expect(elapsed < .seconds(30), "\(shape): \(elapsed)")
    }

    static let hostileShapes = [
        "unclosed-comment", "nested-blockquote", "unclosed-links", "attributes", "entities", "tags-without-close",
        "tables", "lists", "long-tag-name",
    ]

    static func unit(_ shape: String) -> String {
        switch shape {
        case "unclosed-comment": "<!-- a"
        case "nested-blockquote": "<blockquote>q"
        case "unclosed-links": "<a href=\"https://example.org\">l"
        case "attributes": "<p a=b c=\"d\" e='f' g h=>"
        case "entities": "&amp;&#x41;&bogus;&"
        case "tags-without-close": "<"
        case "tables": "<table><tr><td>a<td>b"
        case "lists": "<ol><li>a"
        default: "<" + String(repeating: "x", count: 500) + ">"
        }
    }
}
