import Foundation
import PostmottakMail
import PostmottakStore

/// The extraction of a message as stored in its blob: the parsed message without the
/// attachment bytes (those are blobs of their own). Later steps read it instead of parsing again.
enum StoredExtraction {
    static func encode(_ message: ParsedMessage) throws -> Data {
        var stripped = message
        for i in stripped.attachments.indices { stripped.attachments[i].data = Data() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(stripped)
    }

    static func decode(_ data: Data) throws -> ParsedMessage {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ParsedMessage.self, from: data)
    }

    static func load(_ digest: String?, from store: Store) throws -> ParsedMessage? {
        guard let digest else { return nil }
        return try decode(try store.blobs.get(digest))
    }
}
