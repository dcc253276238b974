import Foundation
import PostmottakMail
import Testing

@Suite struct RawMessageTests {
    @Test func findsFoldedHeadersCaseInsensitively() {
        let raw = RawMessage(Array("From: a@b\r\nmessage-id:\r\n  <x1@host>\r\nSubject: s\r\n\r\nbody\r\n".utf8))
        #expect(raw.messageID == "x1@host")
        #expect(raw.header("SUBJECT") == "s")
        #expect(raw.header("To") == nil)
        #expect(Array(raw.body) == Array("body\r\n".utf8))
    }

    @Test func bodyStartWithLFAndWithoutBody() {
        #expect(RawMessage(Array("A: 1\nB: 2\n\nx".utf8)).bodyStart == 11)
        #expect(RawMessage(Array("A: 1\r\n".utf8)).bodyStart == 6)
        #expect(RawMessage(Array("\r\nbody".utf8)).bodyStart == 2)
    }

    @Test func anMboxFromLineDoesNotHideTheHeaders() {
        let raw = RawMessage(Array("From someone@example.org Mon Jan 12 10:00:00 2026\nMessage-ID: <m@x>\n\nHei\n".utf8))
        #expect(raw.messageID == "m@x")
    }
}

@Suite struct MalformedStructureTests {
    @Test func aMissingBlankLineAfterAPartHeaderDoesNotLoseTheText() throws {
        let raw = "From: a@example.org\nSubject: s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=foo\n\n"
            + "--foo\nContent-Type: text/plain\nHullet er stort\n\n--foo--\n"
        let m = try MIMEParser().parse(Data(raw.utf8))
        #expect(m.text.contains("Hullet er stort"))
        #expect(m.defects.contains { $0.contains("no blank line") })
    }

    @Test func aMissingBlankLineAfterTheMessageHeader() throws {
        let m = try MIMEParser().parse(Data("From: a@example.org\nSubject: s\nDet er hull i vegen.\nHilsen Ola\n".utf8))
        #expect(m.subject == "s" && m.text.hasPrefix("Det er hull i vegen."))
    }

    @Test func aLoneBadLineAmongHeaderFieldsIsSkipped() throws {
        let m = try MIMEParser().parse(Data("From: a@example.org\nX-Mailer Cheap 0.9\nSubject: plass?\n\nTekst\n".utf8))
        #expect(m.subject == "plass?" && m.text.hasPrefix("Tekst"))
    }
}
