import Foundation
import PostmottakCore
import PostmottakMail
import Testing

@Suite struct MIMEParserTests {
    let parser = MIMEParser()

    func parse(_ text: String) throws -> ParsedMessage { try parser.parse(Array(text.utf8)) }

    @Test func decodesHeadersAndPrefersPlainText() throws {
        let m = try parse("""
            From: =?UTF-8?Q?Bj=C3=B8rn_=C3=85s?= <bjorn@example.org>\r
            To: a@example.org, "B" <b@example.org>\r
            Cc: c@example.org\r
            Reply-To: svar@example.org\r
            Subject: =?UTF-8?B?w4Zyw7hkIGjDpWw=?= i veien\r
            Date: Tue, 06 Jan 2026 08:12:40 +0100\r
            Message-ID: <abc@example.org>\r
            In-Reply-To: <parent@example.org>\r
            References: <root@example.org> <parent@example.org>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/alternative; boundary=b\r
            \r
            --b\r
            Content-Type: text/plain; charset=utf-8\r
            \r
            Ren tekst.\r
            --b\r
            Content-Type: text/html; charset=utf-8\r
            \r
            <p>HTML</p>\r
            --b--\r

            """)
        #expect(m.subject == "Ærød hål i veien")
        #expect(m.from == [MailAddress(name: "Bjørn Ås", address: "bjorn@example.org")])
        #expect(m.to.map(\.address) == ["a@example.org", "b@example.org"])
        #expect(m.cc.map(\.address) == ["c@example.org"])
        #expect(m.replyAddress?.address == "svar@example.org")
        #expect(m.messageID == "abc@example.org")
        #expect(m.inReplyTo == ["parent@example.org"])
        #expect(m.references == ["root@example.org", "parent@example.org"])
        #expect(m.date == Date(timeIntervalSince1970: 1_767_683_560))
        #expect(m.text.trimmingCharacters(in: .whitespacesAndNewlines) == "Ren tekst.")
        #expect(m.textSource == .plain)
    }

    @Test func htmlOnlyMailBecomesReadableText() throws {
        let m = try parse("""
            From: a@example.org
            Subject: html
            Content-Type: text/html; charset=utf-8

            <html><head><style>p{color:red}</style><script>alert(1)</script></head><body>
            <p>F&oslash;rste avsnitt.</p><ul><li>En</li><li>To</li></ul>
            <p>Se <a href="https://example.org/kart">kartet</a>.</p></body></html>

            """)
        #expect(m.textSource == .html)
        #expect(m.text.contains("Første avsnitt."))
        #expect(m.text.contains("- En\n- To"))
        #expect(m.text.contains("kartet (https://example.org/kart)"))
        #expect(!m.text.contains("alert") && !m.text.contains("color"))
    }

    @Test func attachmentsAreDecodedWithSafeNames() throws {
        let m = try parse("""
            From: a@example.org
            Subject: vedlegg
            Content-Type: multipart/mixed; boundary=x

            --x
            Content-Type: text/plain

            Se vedlegg.
            --x
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=utf-8''..%2F..%2Fs%C3%B8knad.pdf
            Content-Transfer-Encoding: base64

            aGVsbG8=
            --x
            Content-Type: image/png
            Content-Disposition: inline
            Content-Transfer-Encoding: base64

            iVBORw==
            --x--

            """)
        #expect(m.attachments.count == 2)
        #expect(m.attachments[0].fileName.value == "søknad.pdf")
        #expect(m.attachments[0].declaredFileName == "../../søknad.pdf")
        #expect(m.attachments[0].data == Data("hello".utf8))
        #expect(m.attachments[1].fileName.value == "attachment-2.png")
        #expect(m.attachments[1].isInline)
    }

    @Test func latin1DeclaredAsUTF8IsRepaired() throws {
        var bytes = Array("From: a@example.org\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\nbl".utf8)
        bytes += [0xE5, 0x62, 0xE6, 0x72, 0x0A]
        let m = try parser.parse(bytes)
        #expect(m.text.hasPrefix("blåbær"))
        #expect(m.defects.contains { $0.contains("Windows-1252") })
    }

    @Test func forwardedMessagesAreReadToo() throws {
        let m = try parse("""
            From: ansatt@kommune.example
            Subject: Fwd: klage
            Content-Type: multipart/mixed; boundary=f

            --f
            Content-Type: text/plain

            Videresender.
            --f
            Content-Type: message/rfc822

            From: Innbygger <innbygger@example.org>
            Subject: Klage
            Message-ID: <inner@example.org>

            Det er hull i veien.
            --f--

            """)
        #expect(m.text.contains("Videresender."))
        #expect(m.text.contains("From: Innbygger <innbygger@example.org>"))
        #expect(m.text.contains("Det er hull i veien."))
    }

    @Test func mboxFromLineIsSkipped() throws {
        let m = try parse("From someone@example.org Thu Dec 19 20:56:37 2024\nFrom: a@example.org\nSubject: Hei\n\nTekst\n")
        #expect(m.subject == "Hei")
    }

    @Test func badInputIsAnErrorNotACrash() {
        #expect(throws: MailParseError.notAMessage("the file is empty")) { try parser.parse([UInt8]()) }
        #expect(throws: MailParseError.self) { try parser.parse([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]) }
        #expect(throws: MailParseError.self) { try parse("Dette er bare tekst, ikke en e-post.\nTo linjer.\n") }
        #expect(throws: MailParseError.self) {
            try parse("From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=q\n\n--q\nContent-Type: text/plain\n\nstopper midt i")
        }
        #expect(throws: MailParseError.self) { try parse("From: a@example.org\nSubject: stopper i hode") }
    }

    @Test func deepNestingIsBounded() throws {
        var body = "Content-Type: text/plain\n\nbunn\n"
        for depth in 0..<60 {
            body = "Content-Type: multipart/mixed; boundary=b\(depth)\n\n--b\(depth)\n\(body)--b\(depth)--\n"
        }
        let m = try MIMEParser(limits: MIMELimits(maxDepth: 10)).parse(Array(("From: a@example.org\nSubject: dyp\n" + body).utf8))
        #expect(m.defects.contains { $0.contains("nesting") })
    }

    @Test func thousandsOfPartsAreRefusedBeforeTheTreeIsBuilt() {
        let parts = String(repeating: "--p\nContent-Type: text/plain\n\nx\n", count: 2_000)
        let text = "From: a@example.org\nSubject: mange\nContent-Type: multipart/mixed; boundary=p\n\n\(parts)--p--\n"
        do {
            _ = try MIMEParser(limits: MIMELimits(maxParts: 500)).parse(Array(text.utf8))
            Issue.record("a message of 2,000 parts was parsed")
        } catch {
            #expect(error.description.contains("boundary lines"))
        }
    }

    @Test func base64AttachmentsKeepEveryByte() throws {
        // The last line ends in a bare LF inside CRLF mail, and one lacks its padding: Python's
        // email reads every byte of both, and so must Postmottak.
        for (payload, encoded) in [([UInt8](repeating: 0xAB, count: 59), "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6ur\r\nq6s=\n"),
                                   ([0xFF, 0xD9], "/9k\n")] {
            let text = "From: a@example.org\r\nSubject: v\r\nContent-Type: multipart/mixed; boundary=\"v\"\r\n\r\n--v\r\n"
                + "Content-Type: text/plain\r\n\r\nSe vedlegg.\r\n--v\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"a.bin\"\r\n\r\n\(encoded)--v--\r\n"
            let m = try parse(text)
            #expect(m.attachments.first.map { [UInt8]($0.data) } == payload, "\(payload.count) bytes")
        }
    }

    /// Every sample message of ../shared parses without a crash (skipped when it is absent).
    @Test func sharedSamplesParse() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/samples/mail")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            print("skipped: ../shared/samples/mail is not present")
            return
        }
        var parsed = 0
        for name in names.sorted() where name.hasSuffix(".eml") {
            let bytes = try Data(contentsOf: dir.appendingPathComponent(name))
            let m = try parser.parse(bytes)
            #expect(!(m.subject ?? "").contains("=?"), "\(name): undecoded subject")
            parsed += 1
        }
        #expect(parsed > 50)
    }
}
