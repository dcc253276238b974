import Foundation
import PostmottakCore
import PostmottakStore
import Testing

@Suite struct TextIndexTests {
    let dir: URL
    let store: Store

    init() throws {
        dir = try temporaryDirectory()
        store = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
    }

    /// An item extracted with `text`, indexed in its step (or only given the text's blob, as a
    /// store made before the index).
    @discardableResult
    func extracted(_ key: String, subject: String?, text: String, indexed: Bool = true) throws -> Int64 {
        let digest = try store.blobs.put(Data(key.utf8))
        let item = try store.capture(IntakeItem(channel: .imap, sourceKey: key, source: key, originalSha256: digest,
                                                originalSize: 1, receivedAt: Date()), reason: "test").item
        let id = try #require(item.id)
        let textDigest = try store.blobs.put(Data(text.utf8))
        try store.transition(id, from: .captured, step: "extract") { item, tx in
            item.subject = subject
            item.sender = "ola@example.org"
            item.textSha256 = textDigest
            if indexed { try tx.indexText(of: id, subject: subject, sender: item.sender, text: text) }
            return .init(status: .extracted, reason: "test")
        }
        return id
    }

    func find(_ words: String) throws -> [Int64] {
        var search = ItemSearch()
        search.words = words
        return try store.items(matching: search).compactMap(\.id)
    }

    @Test func wordsAreFoundByPrefixWithoutCaseOrDiacritics() throws {
        let bins = try extracted("a", subject: "Søppel", text: "Soporna har inte hämtats på tre veckor i Ängelholm.")
        let road = try extracted("b", subject: "Hull i veien", text: "Et stort hull i asfalten i Storgata ved bussholdeplassen.")
        #expect(try find("hamtats") == [bins], "ä folds to a")
        #expect(try find("ÄNGELHOLM") == [bins])
        #expect(try find("buss") == [road], "a word's start finds the compound")
        #expect(try find("hull storgata") == [road], "every word must occur")
        #expect(try find("hull veckor").isEmpty)
        #expect(try find("søppel") == [bins], "the subject is searched")
        #expect(try find("ola@example.org").sorted() == [bins, road], "the sender is searched")
    }

    @Test func whatPeopleTypeIsNeverReadAsQuerySyntax() throws {
        let id = try extracted("a", subject: nil, text: "Hull i veien NEAR skolen, andre gang")
        for hostile in ["\"", "hull\" OR \"", "NEAR(", "*", "hull AND", "veien)", "^hull", "{body}: hull", "--", "?"] {
            let found = try find(hostile)
            #expect(found.isEmpty || found == [id], "\(hostile)")
        }
        #expect(try find("hull AND").isEmpty == false, "AND is a word like any other")
        #expect(try find("--").isEmpty, "nothing searchable finds nothing")
    }

    @Test func aStoreMadeBeforeTheIndexIsIndexedWhenOpened() throws {
        let old = try extracted("a", subject: "Gatelys", text: "Gatelyset i Kirkeveien er mørkt.", indexed: false)
        #expect(try find("gatelyset").isEmpty)
        let reopened = try Store(database: dir.appendingPathComponent("db.sqlite"), blobs: dir.appendingPathComponent("blobs"))
        var search = ItemSearch()
        search.words = "kirkeveien"
        #expect(try reopened.items(matching: search).compactMap(\.id) == [old])
        #expect(try reopened.indexUnindexedTexts() == 0, "indexed once")
        try reopened.removeIndexedText(of: old)
        #expect(try reopened.items(matching: search).isEmpty)
    }

    @Test func indexingAgainReplacesTheText() throws {
        let id = try extracted("a", subject: nil, text: "første tekst")
        try store.transition(id, from: .extracted, step: "review") { _, tx in
            try tx.indexText(of: id, subject: nil, sender: nil, text: "andre tekst")
            return .init(status: .extracted, reason: "test")
        }
        #expect(try find("første").isEmpty)
        #expect(try find("andre") == [id])
    }
}
