import Foundation
@testable import PostmottakMail
import Testing

@Suite struct AttachmentTextTests {
    static func docx(_ body: String) -> Data {
        let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + "</w:body></w:document>"
        return ZipFixtures.zip([("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", Data(xml.utf8))])
    }

    @Test func aDocxGivesItsParagraphsAndNotItsDeletedText() throws {
        let data = Self.docx("""
            <w:p><w:r><w:t>Jeg ber om innsyn i</w:t></w:r><w:r><w:t xml:space="preserve"> saken &amp; vedtaket.</w:t></w:r></w:p>\
            <w:p><w:r><w:t>Fødselsnummer:</w:t><w:tab/><w:t>150380 12345</w:t></w:r><w:del><w:r><w:delText>slettet</w:delText></w:r></w:del></w:p>\
            <w:p><w:r><w:instrText>PAGE</w:instrText><w:t>Hilsen Kari</w:t><w:br/><w:t>Ås</w:t></w:r></w:p>
            """)
        #expect(AttachmentText.format(contentType: "application/octet-stream", fileName: "brev.DOCX", data: data) == .docx)
        let reading = try AttachmentText.read(data, as: .docx)
        #expect(reading.text == "Jeg ber om innsyn i saken & vedtaket.\nFødselsnummer:\t150380 12345\nHilsen Kari\nÅs")
        #expect(!reading.truncated)
    }

    @Test func anOdtGivesItsHeadingsParagraphsAndSpacesButNotItsComments() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t"><office:automatic-styles>\
            <style:style>stilnavn</style:style></office:automatic-styles><office:body><office:text><text:h>Klage på vedtak</text:h>\
            <text:p>Jeg<text:s text:c="3"/>klager<office:annotation><text:p>intern merknad</text:p></office:annotation> på &#248;konomi&#x2d;vedtaket.</text:p>\
            </office:text></office:body></office:document-content>
            """
        let data = ZipFixtures.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Data(xml.utf8))], deflate: false)
        #expect(AttachmentText.format(contentType: "application/vnd.oasis.opendocument.text", fileName: nil, data: data) == .odt)
        #expect(try AttachmentText.read(data, as: .odt).text == "Klage på vedtak\nJeg   klager på økonomi-vedtaket.")
    }

    @Test func rtfGivesTextWithoutTablesAndWithItsCharacters() throws {
        let rtf = #"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}{\*\generator Word;}\f0 Hei, jeg s\'f8ker om plass i barnehagen.\par Mvh {\b Per} \u248?ystein\line Tr\'e6dal\par}"#
        #expect(AttachmentText.format(contentType: "application/msword", fileName: "søknad.rtf", data: Data(rtf.utf8)) == .rtf)
        #expect(try AttachmentText.read(Data(rtf.utf8), as: .rtf).text == "Hei, jeg søker om plass i barnehagen.\nMvh Per øystein\nTrædal")
        #expect(throws: AttachmentError.self) { try AttachmentText.read(Data("not rtf".utf8), as: .rtf) }
        let deep = Data(("{\\rtf1" + String(repeating: "{", count: 10_000) + "x").utf8)
        #expect(throws: AttachmentError.tooLarge("its groups nest deeper than 200")) { try AttachmentText.read(deep, as: .rtf) }
    }

    /// Found by the fuzzer: a `\\u` parameter below -65,536 used to trap converting to a scalar.
    @Test func anRTFUnicodeEscapeOutOfRangeIsSkipped() throws {
        let rtf = #"{\rtf1 a\u-70000?b\u-9999999999?c\u-3?d}"#
        #expect(try AttachmentText.read(Data(rtf.utf8), as: .rtf).text == "abc\u{FFFD}d")
    }

    @Test func htmlAndPlainTextAreReadWithTheirCharacters() throws {
        let html = Data("<html><body><p>Hei</p><p>Gatelyset &aelig; virker ikke</p><script>x()</script></body></html>".utf8)
        #expect(AttachmentText.format(contentType: "text/html", fileName: "melding.html", data: html) == .html)
        let read = try AttachmentText.read(html, as: .html).text
        #expect(read.contains("Hei") && read.contains("Gatelyset æ virker ikke") && !read.contains("x()"))
        let latin1 = Data([0x48, 0xE5, 0x6B, 0x6F, 0x6E])  // "Håkon" in Latin-1
        #expect(try AttachmentText.read(latin1, as: .plainText).text == "Håkon")
        #expect(AttachmentText.format(contentType: "image/png", fileName: "bilde.png", data: Data([0x89, 0x50])) == nil)
    }

    @Test func aZipBombIsRefusedAtTheCostOfItsLimit() throws {
        // 40 MB of one repeated paragraph deflates to a few tens of kilobytes: a ratio far over 200:1.
        let paragraph = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
        let bomb = Self.docx(String(repeating: paragraph, count: 40 * 1024 * 1024 / paragraph.utf8.count))
        #expect(bomb.count < 1_000_000)
        do {
            _ = try AttachmentText.read(bomb, as: .docx)
            Issue.record("a zip bomb was unpacked")
        } catch {
            guard case .tooLarge(let why) = error else { Issue.record("\(error)"); return }
            #expect(why.contains("word/document.xml"))
        }
    }

    @Test func damagedEncryptedCrowdedAndOversizedContainersAreErrors() throws {
        var damaged = Self.docx("<w:p><w:r><w:t>hei</w:t></w:r></w:p>")
        damaged.removeLast(30)
        #expect(throws: AttachmentError.self) { try AttachmentText.read(damaged, as: .docx) }
        var encrypted = Self.docx("<w:p><w:r><w:t>hei</w:t></w:r></w:p>")
        encrypted.withUnsafeMutableBytes { raw in
            // Set the "encrypted" flag of every central directory header.
            let bytes = raw.bindMemory(to: UInt8.self)
            for i in 0..<(bytes.count - 4) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02 {
                bytes[i + 8] |= 1
            }
        }
        #expect(throws: AttachmentError.encrypted) { try AttachmentText.read(encrypted, as: .docx) }
        let crowded = ZipFixtures.zip((0..<5_001).map { ("f\($0)", Data()) }, deflate: false)
        #expect(throws: AttachmentError.tooLarge("more than 5000 entries")) { try AttachmentText.read(crowded, as: .docx) }
        var limits = AttachmentText.Limits()
        limits.maxBytes = 10
        #expect(throws: AttachmentError.self) { try AttachmentText.read(Data(repeating: 65, count: 11), as: .plainText, limits: limits) }
        #expect(throws: AttachmentError.unreadable("a DOCX without word/document.xml")) {
            try AttachmentText.read(ZipFixtures.zip([("other.xml", Data("x".utf8))]), as: .docx)
        }
    }

    @Test func longTextIsCutOffAndSaysSo() throws {
        var limits = AttachmentText.Limits()
        limits.maxCharacters = 100
        let reading = try AttachmentText.read(Data(String(repeating: "ord ", count: 100).utf8), as: .plainText, limits: limits)
        #expect(reading.truncated && reading.text.count == 100)
    }

    /// Found by the fuzzer: a container handed over as a slice of a larger `Data` (whose
    /// indices do not start at 0) trapped when its local header was read.
    @Test func aContainerInASliceIsRead() throws {
        let whole = Data([0xFF]) + Self.docx("<w:p><w:r><w:t>hei</w:t></w:r></w:p>")
        #expect(try AttachmentText.read(whole.dropFirst(), as: .docx).text == "hei")
    }
}
