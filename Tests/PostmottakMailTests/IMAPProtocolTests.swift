import Foundation
@testable import PostmottakMail
import Testing

@Suite struct IMAPProtocolTests {
    static let fetch = Array("* 3 FETCH (UID 17 RFC822.SIZE 12 FLAGS (\\Seen $Postmottak) BODY[] {12}\r\nHello\r\nWorld)\r\nP4 OK Fetch completed.\r\n".utf8)

    @Test func framesLiteralsHoweverTheBytesArrive() throws {
        // Every split point: a response must come out the same when the bytes arrive in two parts.
        for cut in 0...Self.fetch.count {
            var reader = IMAPResponseReader(maxLiteral: 1000)
            var responses: [IMAPResponse] = []
            reader.push(Self.fetch[..<cut])
            while let r = try reader.next() { responses.append(r) }
            reader.push(Self.fetch[cut...])
            while let r = try reader.next() { responses.append(r) }
            #expect(responses.count == 2, "split at \(cut)")
            #expect(responses.first?.literals == [Array("Hello\r\nWorld".utf8)], "split at \(cut)")
            #expect(responses.last?.kind == .tagged("P4"))
        }
    }

    @Test func readsFetchItems() throws {
        var reader = IMAPResponseReader(maxLiteral: 1000)
        reader.push(Self.fetch[...])
        let response = try #require(try reader.next())
        let items = try #require(try IMAPConnection.fetchItems(response))
        #expect(items["UID"]?.number == 17)
        #expect(items["RFC822.SIZE"]?.number == 12)
        #expect(items["BODY[]"]?.bytes == Array("Hello\r\nWorld".utf8))
        #expect(items["FLAGS"] == .list([.atom("\\Seen"), .atom("$Postmottak")]))
    }

    @Test func readsQuotedStringsNilAndSections() throws {
        let line = Array(#"* 1 FETCH (UID 2 BODY[HEADER.FIELDS (FROM TO)] "a \"q\" \\ b" X NIL)"#.utf8)
        let values = try IMAPResponse(line: line).values()
        guard case .list(let list) = values[3] else { Issue.record("no list"); return }
        #expect(list[2] == .atom("BODY[HEADER.FIELDS (FROM TO)]"))
        #expect(list[3] == .string(Array(#"a "q" \ b"#.utf8)))
        #expect(list[5] == .nil)
    }

    @Test func anOversizeLiteralIsReadOffAndDroppedAndBrokenListsAreRefused() throws {
        var reader = IMAPResponseReader(maxLiteral: 10)
        // A literal over the limit (the server sends more than RFC822.SIZE said) is read off
        // in pieces and dropped: the connection stays in step for the next response.
        reader.push(Array("* 1 FETCH (UID 7 BODY[] {11}\r\nhello".utf8)[...])
        #expect(try reader.next() == nil)
        reader.push(Array(" world)\r\n* 2 FETCH (UID 8 BODY[] {2}\r\nok)\r\n".utf8)[...])
        let dropped = try #require(try reader.next())
        #expect(dropped.skippedLiteralSizes == [11] && dropped.literals == [[]])
        let next = try #require(try reader.next())
        #expect(next.literals == [Array("ok".utf8)] && next.skippedLiteralSizes.isEmpty)
        #expect(throws: IMAPError.self) { _ = try IMAPResponse(line: Array("* 1 FETCH (UID 1".utf8)).values() }
    }

    @Test func literalMarkers() {
        #expect(IMAPResponseReader.literalSize(atEndOf: Array("BODY[] {42}".utf8)) == 42)
        #expect(IMAPResponseReader.literalSize(atEndOf: Array("A {7+}".utf8)) == 7)
        #expect(IMAPResponseReader.literalSize(atEndOf: Array("A {}".utf8)) == nil)
        #expect(IMAPResponseReader.literalSize(atEndOf: Array("A {x1}".utf8)) == nil)
        #expect(IMAPResponseReader.literalSize(atEndOf: Array("OK done".utf8)) == nil)
    }

    @Test func statusLines() throws {
        let s = try #require(IMAPStatusLine("NO [TRYCREATE] Mailbox doesn't exist: Behandlet"))
        #expect(s.status == .no && s.code == "TRYCREATE" && s.text.hasPrefix("Mailbox"))
        let ok = try #require(IMAPStatusLine("OK [UIDVALIDITY 1796152142] UIDs valid"))
        #expect(ok.code == "UIDVALIDITY 1796152142")
        #expect(IMAPStatusLine("MAYBE later") == nil)
    }

    @Test func modifiedUTF7FolderNames() {
        #expect(ModifiedUTF7.encode("INBOX") == "INBOX")
        #expect(ModifiedUTF7.encode("Innsynsbegjæringer") == "Innsynsbegj&AOY-ringer")
        #expect(ModifiedUTF7.encode("Överklaganden") == "&ANY-verklaganden")
        #expect(ModifiedUTF7.encode("a&b") == "a&-b")
        #expect(ModifiedUTF7.encode("~peter/mail/台北/日本語") == "~peter/mail/&U,BTFw-/&ZeVnLIqe-")  // RFC 3501 §5.1.3
    }

    @Test func uidSetsAreCompactAndBounded() {
        #expect(UIDSet.commandSets([5, 1, 2, 3, 7, 8, 3]) == ["1:3,5,7:8"])
        let many = UIDSet.commandSets(Array(stride(from: 1, through: 999, by: 2)), maxRanges: 100)
        #expect(many.count == 5 && many[0].split(separator: ",").count == 100)
        #expect(UIDSet.commandSets([]) == [])
    }

    @Test func flagsAndQuotingRefuseInjection() throws {
        #expect(IMAPConnection.isValidFlag("$Postmottak") && IMAPConnection.isValidFlag("\\Seen"))
        #expect(!IMAPConnection.isValidFlag("a b") && !IMAPConnection.isValidFlag("x)") && !IMAPConnection.isValidFlag(""))
        #expect(try IMAPConnection.quoted(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(throws: IMAPError.self) { try IMAPConnection.quoted("INBOX\r\nA1 DELETE INBOX") }
    }
}
