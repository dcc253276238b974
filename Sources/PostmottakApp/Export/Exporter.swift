import Foundation
public import PostmottakStore

/// Writes every intake item as JSON Lines (one object per line, every field present, null
/// when unknown) or as CSV (RFC 4180) for the quality team.
public struct Exporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    public let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Every item as export rows, oldest first.
    public func rows() throws -> [ExportRow] {
        try store.allItems().map { item in
            let id = item.id ?? 0
            return ExportRow(item: item, attachments: try store.attachments(of: id), outbox: try store.outboxEntries(of: id))
        }
    }

    /// Writes the export to `write`, one line at a time.
    public func export(format: Format, write: (String) -> Void) throws {
        let rows = try rows()
        switch format {
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for row in rows {
                let data = try encoder.encode(NullPreserving(row))
                write(String(decoding: data, as: UTF8.self))
            }
        case .csv:
            write(ExportRow.csvColumns.joined(separator: ","))
            for row in rows { write(row.csvValues().map(Self.csvField).joined(separator: ",")) }
        }
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Encodes an export row with explicit nulls, so every line has every key.
private struct NullPreserving: Encodable {
    let row: ExportRow
    init(_ row: ExportRow) { self.row = row }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ExportRow.CodingKeys.self)
        try c.encode(row.id, forKey: .id)
        try c.encode(row.channel, forKey: .channel)
        try c.encode(row.source, forKey: .source)
        try c.encode(row.messageId, forKey: .messageId)
        try c.encode(row.receivedAt, forKey: .receivedAt)
        try c.encode(row.reference, forKey: .reference)
        try c.encode(row.status, forKey: .status)
        try c.encode(row.kind, forKey: .kind)
        try c.encode(row.formalType, forKey: .formalType)
        try c.encode(row.serviceArea, forKey: .serviceArea)
        try c.encode(row.language, forKey: .language)
        try c.encode(row.sensitive, forKey: .sensitive)
        try c.encode(row.destination, forKey: .destination)
        try c.encode(row.caseNumber, forKey: .caseNumber)
        try c.encode(row.registryId, forKey: .registryId)
        try c.encode(row.duplicateOf, forKey: .duplicateOf)
        try c.encode(row.followupOf, forKey: .followupOf)
        try c.encode(row.linkType, forKey: .linkType)
        try c.encode(row.kindConfidence, forKey: .kindConfidence)
        try c.encode(row.serviceAreaConfidence, forKey: .serviceAreaConfidence)
        try c.encode(row.explanation, forKey: .explanation)
        try c.encode(row.sensitiveReasons, forKey: .sensitiveReasons)
        try c.encode(row.needsReview, forKey: .needsReview)
        try c.encode(row.reason, forKey: .reason)
        try c.encode(row.fields, forKey: .fields)
        try c.encode(row.originalSha256, forKey: .originalSha256)
        try c.encode(row.attachments, forKey: .attachments)
        try c.encode(row.delivered, forKey: .delivered)
    }
}
