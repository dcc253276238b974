import Foundation
import PostmottakCore
public import PostmottakScan
public import PostmottakStore

/// Cards the machine was unsure of wait here (status `review`) until a person has checked
/// the flagged fields against their crops, corrected what is wrong, and approved them.
public struct ReviewQueue: Sendable {
    public let store: Store
    public let pipeline: Pipeline

    public init(store: Store, pipeline: Pipeline) {
        self.store = store
        self.pipeline = pipeline
    }

    /// Why a review command cannot be done.
    public enum ReviewError: Error, CustomStringConvertible {
        case notInReview(Int64)
        case unknownField(String)
        case invalidValue(field: String, allowed: String)

        public var description: String {
            switch self {
            case .notInReview(let id): "item \(id) is not waiting for review (`postmottak review list` shows those that are)"
            case .unknownField(let f): "no field \(f); the fields are \(FormReader.fieldNames.joined(separator: ", "))"
            case .invalidValue(let f, let allowed): "\(f) must be \(allowed)"
            }
        }
    }

    /// One card in review: its item, every field as read, and the crops of the flagged ones.
    public struct Entry: Sendable {
        public var item: IntakeItem
        public var fields: [String: FieldReading]
        /// Field name → blob digest of its PNG crop.
        public var crops: [String: String]
        /// Degrees clockwise the scanned page is turned in its file (0, 90, 180, 270).
        public var rotation: Int = 0
        /// The card's page in its file (1-based).
        public var page: Int = 1
        /// The card's printed boxes as they were read, each with its place on the page.
        public var checkboxes: [CheckboxReading] = []
    }

    /// Items waiting for review, the most urgent first: access requests (the law says without
    /// delay), then possibly formal or sensitive ones, then the rest; oldest first within each.
    public func list() throws -> [IntakeItem] {
        try store.items(in: [.review]).enumerated().sorted { a, b in
            let (x, y) = (Self.urgency(a.element), Self.urgency(b.element))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// 0 for an access request (or one suspected), 1 for a possibly formal or sensitive item, 2 otherwise.
    public static func urgency(_ item: IntakeItem) -> Int {
        if item.formalType == .accessRequest || item.reviewState == .possiblyAccessRequest { return 0 }
        if item.reviewState?.isLegalSuspicion == true { return 1 }
        return 2
    }

    /// The fields a person may set on a message in review besides a card's fields.
    public static let decisionFields = ["sensitive", "formal_type"]

    public func entry(_ id: Int64) throws -> Entry {
        guard let item = try store.item(id), item.status == .review else { throw ReviewError.notInReview(id) }
        let details = try store.events(of: id).last { $0.step == "extract" }?.details
        var fields: [String: FieldReading] = [:]
        var crops: [String: String] = [:]
        var rotation = 0, page = 1
        var checkboxes: [CheckboxReading] = []
        if let data = details?.data(using: .utf8), let d = try? JSONDecoder().decode(Pipeline.ScanDetails.self, from: data) {
            crops = d.crops
            let pages = try JSONDecoder().decode([PageReading].self, from: try store.blobs.get(d.readingsSha256))
            let card = pages.first { $0.fields != nil }
            fields = card?.fields ?? [:]
            rotation = card?.rotation ?? 0
            page = card?.page ?? 1
            checkboxes = card?.checkboxes ?? []
        }
        // A value a person set wins over what was read.
        for (name, value) in item.fields where fields[name]?.value.text != value {
            if fields[name]?.value == .flag(value == "true"), name == "wants_reply" { continue }
            fields[name] = FieldReading(value: .text(value), confidence: 1, needsReview: false, reason: "set by a person")
        }
        return Entry(item: item, fields: fields, crops: crops, rotation: rotation, page: page, checkboxes: checkboxes)
    }

    /// Sets `field` of a card in review to `value` ("" clears it); `person` is recorded as the actor.
    public func set(_ id: Int64, field: String, value: String, by person: String? = nil) throws {
        guard FormReader.fieldNames.contains(field) || Self.decisionFields.contains(field) else { throw ReviewError.unknownField(field) }
        switch field {
        case "kind" where !value.isEmpty && SubmissionKind(rawValue: value).map({ $0.isSubmission }) != true:
            throw ReviewError.invalidValue(field: field, allowed: "deviation, suggestion, praise, question or formal")
        case "service_area" where !value.isEmpty && ServiceArea(rawValue: value) == nil:
            throw ReviewError.invalidValue(field: field, allowed: "one of " + ServiceArea.allCases.map(\.rawValue).joined(separator: ", "))
        case "wants_reply" where !["", "true", "false"].contains(value), "sensitive" where !["", "true", "false"].contains(value):
            throw ReviewError.invalidValue(field: field, allowed: "true, false or empty")
        case "formal_type" where !value.isEmpty && FormalType(rawValue: value) == nil:
            throw ReviewError.invalidValue(field: field, allowed: "one of " + FormalType.allCases.map(\.rawValue).joined(separator: ", "))
        default: break
        }
        try store.transition(id, from: .review, step: "review") { item, _ in
            var fields = item.fields
            fields[field] = value.isEmpty ? nil : value
            item.fields = fields
            if field == "email" { item.sender = value.isEmpty ? nil : value.lowercased() }
            if field == "name" { item.senderName = value.isEmpty ? nil : value }
            // The value itself stays out of the event log (it may be personal data).
            return .init(status: .review, reason: "\(field) \(value.isEmpty ? "cleared" : "set") by \(person ?? "a person")",
                         actor: person)
        }
    }

    /// Approves a card: it goes on through the pipeline with its fields as they stand now.
    public func approve(_ id: Int64, by person: String? = nil) throws {
        let entry = try entry(id)
        let flagged = entry.fields.filter { $0.value.needsReview }.keys.sorted()
        let read = try entry.item.textSha256.map { String(decoding: try store.blobs.get($0), as: UTF8.self) } ?? ""
        try store.transition(id, from: .review, step: "review") { item, tx in
            // What a person typed is found by search as well as what was read.
            let typed = item.fields.keys.sorted().filter { FormReader.fieldNames.contains($0) }.compactMap { item.fields[$0] }
            try tx.indexText(of: id, subject: item.subject, sender: [item.senderName, item.sender].compactMap { $0 }.joined(separator: " "),
                             text: ([read] + typed).joined(separator: "\n"))
            item.needsReview = false
            item.reviewState = .checkedByPerson
            item.reviewReason = "checked by a person" + (flagged.isEmpty ? "" : ": " + flagged.joined(separator: ", "))
            return .init(status: .extracted, reason: "approved" + (person.map { " by \($0)" } ?? "") + "; goes on to classification",
                         actor: person)
        }
        try pipeline.process(id)
    }
}
