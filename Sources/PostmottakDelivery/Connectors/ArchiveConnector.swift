public import Foundation
import PostmottakCore
public import PostmottakStore

/// Delivers archive packages: one BagIt bag per submission in the archive folder, named by
/// its reference number (a follow-up: the case's number and its own item id). Holds the
/// original bytes, the extracted text and `metadata.json`; `bag-info.txt` never holds an
/// identity number. Idempotent: a complete bag of that name means the work is done.
public struct ArchiveConnector: OutboxConnector {
    public let effect = OutboxEntry.Effect.archivePackage
    public let store: Store
    public let directory: URL
    public let sourceOrganization: String
    private let writer = BagItWriter()
    private let detector = IdentityNumberDetector()

    public init(store: Store, directory: URL, sourceOrganization: String) {
        self.store = store
        self.directory = directory
        self.sourceOrganization = sourceOrganization
        BagItWriter.removeAbandoned(in: directory)
    }

    public func deliver(_ entry: OutboxEntry) async throws(DeliveryError) -> String {
        try DeliveryError.classifying("cannot write the archive package") { try build(entry) }
    }

    public func check() async throws(DeliveryError) -> String { try checkWritable(directory) }

    /// The reference number of the case `item` belongs to, the whole chain followed: a case
    /// still waiting for its number is tried again later; one that will never have one parks.
    static func caseReference(of item: IntakeItem, store: Store) throws -> String {
        let id = item.id ?? 0
        switch try store.caseRoot(of: item) {
        case .numbered(let root):
            guard let reference = root.reference else { throw DeliveryError.permanent("item \(id) has no case number") }
            return reference
        case .waiting(let top):
            throw DeliveryError.transient("item \(id) belongs to the case of item \(top.id ?? 0), which has no reference number yet (\(top.status.rawValue))")
        case .none(let top):
            throw DeliveryError.permanent("item \(id) has no reference number and belongs to no numbered case (its chain ends at item \(top.id ?? 0), \(top.status.rawValue))")
        }
    }

    private func build(_ entry: OutboxEntry) throws -> String {
        guard let item = try store.item(entry.itemId), let id = item.id else {
            throw DeliveryError.permanent("item \(entry.itemId) does not exist")
        }
        let caseReference = try Self.caseReference(of: item, store: store)
        let name = item.reference ?? "\(caseReference)-followup-\(id)"
        let originalName = "original." + Self.originalExtension(item)
        var payload = [BagItWriter.PayloadFile(path: originalName, data: try store.blobs.get(item.originalSha256))]
        if let text = item.textSha256 {
            payload.append(.init(path: "text.txt", data: try store.blobs.get(text)))
        }
        let metadata = ArchiveMetadata(item: item, caseReference: caseReference, originalName: originalName,
                                       attachments: try store.attachments(of: id), events: try store.events(of: id))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        payload.append(.init(path: "metadata.json", data: try encoder.encode(metadata)))

        var info: [(String, String)] = [
            ("Source-Organization", sourceOrganization),
            ("External-Identifier", caseReference),
            ("Bag-Group-Identifier", caseReference),
            ("External-Description", "Postmottak intake item \(id) (\(item.kind?.rawValue ?? "unclassified"))"),
        ]
        if let messageID = item.messageId {
            info.append(("Internal-Sender-Identifier", detector.masked(messageID, context: .identifier)))
        }
        switch try writer.write(name: name, into: directory, payload: payload, info: info) {
        case .written(let url), .alreadyPresent(let url): return url.lastPathComponent
        }
    }

    static func originalExtension(_ item: IntakeItem) -> String {
        switch item.channel {
        case .file, .imap: return "eml"
        case .scan:
            let ext = SafeFileName(item.source).pathExtension ?? "bin"
            return ext.allSatisfy({ $0.isLetter || $0.isNumber }) && ext.count <= 5 ? ext : "bin"
        }
    }
}
