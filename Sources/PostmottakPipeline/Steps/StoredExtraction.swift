import Foundation
import PostmottakCore
import PostmottakMail
import PostmottakStore

/// An extraction as stored in its blob: the channel-neutral `Extraction`, and for a mail the
/// parsed message (without the attachment bytes, which are blobs of their own) that mail
/// hygiene reads. Later steps read it instead of parsing again.
struct StoredExtraction: Codable, Equatable {
    var extraction: Extraction
    /// The parsed message, for mail only.
    var message: ParsedMessage?

    init(extraction: Extraction, message: ParsedMessage?) {
        self.extraction = extraction
        if var stripped = message {
            for i in stripped.attachments.indices { stripped.attachments[i].data = Data() }
            self.message = stripped
        } else {
            self.message = nil
        }
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    static func decode(_ data: Data) throws -> StoredExtraction {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let stored = try? decoder.decode(StoredExtraction.self, from: data) { return stored }
        // Written before extractions were channel-neutral: a bare parsed message, and a scan
        // dressed up as one (content type image/scan).
        let legacy = try decoder.decode(ParsedMessage.self, from: data)
        guard legacy.contentType == "image/scan" else { return StoredExtraction(extraction: legacy.extraction, message: legacy) }
        var extraction = legacy.extraction
        extraction.textSource = .ocr
        return StoredExtraction(extraction: extraction, message: nil)
    }

    static func load(_ digest: String?, from store: Store) throws -> StoredExtraction? {
        guard let digest else { return nil }
        return try decode(try store.blobs.get(digest))
    }
}
