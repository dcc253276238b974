import Foundation
import PostmottakCore
import PostmottakMail
import PostmottakScan

/// The seed corpus, written by the project itself: well-formed inputs of each kind and the
/// hostile shapes found before, so the fuzzer starts from the structure it has to mutate.
enum FuzzSeeds {
    static func write(into root: URL) throws -> Int {
        var count = 0
        for (target, seeds) in all() {
            let folder = root.appendingPathComponent(target, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (n, seed) in seeds.enumerated() {
                try seed.write(to: folder.appendingPathComponent(String(format: "seed-%03d", n)))
                count += 1
            }
        }
        return count
    }

    static func all() -> [(String, [Data])] {
        [("mime", mime), ("html", html.map { Data($0.utf8) }), ("refs", refs.map { Data($0.utf8) }),
         ("identity", identity.map { Data($0.utf8) }), ("imap", imap.map { Data($0.utf8) }), ("image", images()),
         ("document", documents())]
    }

    /// One small document per format, each behind the byte that picks its format.
    static func documents() -> [Data] {
        let word = #"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Klage på &amp; vedtak</w:t><w:tab/></w:r></w:p></w:body></w:document>"#
        let odt = #"<office:document-content><office:body><office:text><text:h>Søknad</text:h><text:p>a<text:s text:c="2"/>b</text:p></office:text></office:body></office:document-content>"#
        let bodies: [(AttachmentText.Format, Data)] = [
            (.plainText, Data("Hei, gatelyset virker ikke.\n".utf8)),
            (.html, Data("<p>Hei</p><table><tr><td>1</td></tr></table>".utf8)),
            (.docx, ZipFixtures.zip([("word/document.xml", Data(word.utf8))])),
            (.odt, ZipFixtures.zip([("content.xml", Data(odt.utf8))], deflate: false)),
            (.rtf, Data(#"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 S\'f8knad \u248?ye\par{\*\x y}}"#.utf8)),
        ]
        return bodies.compactMap { format, body in
            AttachmentText.Format.allCases.firstIndex(of: format).map { Data([UInt8($0)]) + body }
        }
    }

    static func mail(_ headers: String, _ body: String) -> Data {
        Data((headers.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n")).utf8)
    }

    static var mime: [Data] {
        let base = "From: Kari <kari@example.org>\nTo: post@example.org\nSubject: =?utf-8?q?Hull_i_veien?=\nMessage-ID: <s1@example.org>\nDate: Mon, 05 Jan 2026 10:00:00 +0100\nMIME-Version: 1.0\n"
        return [
            mail(base + "Content-Type: text/plain; charset=utf-8\n", "Det er et hull i veien.\n\n-- \nKari\n"),
            mail(base + "Content-Type: text/html; charset=iso-8859-1\n", "<p>Hei</p><blockquote><blockquote><p><a name=\"x\"></blockquote></blockquote></a>\n"),
            mail(base + "Content-Type: multipart/mixed; boundary=\"b\"\n",
                 "--b\nContent-Type: text/plain\n\nSe vedlegg.\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"bilde 15108695088.png\"\n\niVBORw0KGgo=\n--b--\n"),
            mail(base + "Content-Type: multipart/alternative; boundary=\"a\"\n",
                 "--a\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nF=C3=B8rste=\n linje\n--a\nContent-Type: text/html\n\n<p>F&oslash;rste</p>\n--a--\n"),
            mail(base + "Content-Type: multipart/mixed; boundary=\"o\"\n",
                 "--o\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"fw.eml\"\n\nFrom: x@example.org\nSubject: inner\n\ninner text\n--o--\n"),
            Data("From: a@example.org\r\nSubject: no separator\r\nthis line is body\r\n".utf8),
            Data("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\ncut".utf8),
            Data("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC/9k\n--z--\r\n".utf8),
        ]
    }

    static let html = [
        "<html><head><style>p{}</style><script>x()</script></head><body><p>F&oslash;rste &amp; andre</p><ul><li>en<li>to</ul></body></html>",
        "<p>Hei</p><blockquote><blockquote><p><a name=\"_MailEndCompose\"></blockquote></blockquote></a>",
        "<table><tr><td>a<td>b<tr><th>c</table><ol><li>x</li><li>y</li></ol><pre>  kode\n  her</pre><hr><img alt=\"kart\">",
        "a<!-- x -->b<!-- never closed <p>c", "<a href='mailto:kari@example.org'>kari@example.org</a> <a href=\"cid:1\">bilde</a>",
        "&#x41;&#128;&#xFFFFFF;&bogus;&amp &lt;tag&gt;", String(repeating: "<blockquote>", count: 40) + "dypt",
    ]

    static var refs: [String] {
        let valid = ReferenceNumber(prefix: "FJV", year: 2026, sequence: 42, sequenceDigits: 6).formatted
        let spaced = valid.replacingOccurrences(of: "-", with: " ")
        return ["Gjelder sak \(valid).", "ref: \(spaced.lowercased())", "FJV-2O26-OOOO42-\(valid.suffix(1))", "FJV-2026-1234567-X FJV--2026",
                "\(valid)\(valid)", "FJV 2026 000042"]
    }

    static let identity = [
        "fnr 15108695088.", "151086 95088 og 151086-95088", "Internal-Sender-Identifier: 15108695088.1",
        "konto 1503.47.11052, KID 0012345678903", "personnummer 121212-1212 och 19121212-1212", "070-123 45 67 eller 0701234567",
        "1-2 3.4 5-6 7.8 9", "12897510160 43108612345",
    ]

    static let imap = [
        "* OK [CAPABILITY IMAP4rev1 MOVE] ready\r\n",
        "* 3 EXISTS\r\n* OK [UIDVALIDITY 7] x\r\n* OK [UIDNEXT 9] y\r\nA1 OK [READ-WRITE] SELECT done\r\n",
        "* 1 FETCH (UID 5 RFC822.SIZE 42)\r\n* 2 FETCH (UID 6 BODY[] {11}\r\nhello world)\r\nA2 OK done\r\n",
        "* 1 FETCH (UID 5 BODY[HEADER] {0}\r\n FLAGS (\\Seen $Postmottak))\r\n+ go ahead\r\nA3 NO [TRYCREATE] no folder\r\n",
        "* LIST (\\HasNoChildren) \"/\" \"Behandlet/&AOU-r\"\r\n* BYE shutting down\r\n",
        "* 1 FETCH (UID 5 BODY[] {99999999}\r\nshort)\r\n",
    ]

    /// Small pictures in each raster format, drawn and encoded by Leptonica.
    static func images() -> [Data] {
        guard let page = ImageFixtures.page(width: 64, height: 48, ink: [PixelRect(x: 8, y: 20, width: 48, height: 4)]) else { return [] }
        return [ImageFixtures.Encoding.png, .jpeg, .bitonalG4TIFF, .bitonalPNG].compactMap { ImageFixtures.encode(page, as: $0) }
    }
}
