import Foundation
import Hummingbird
import PostmottakCore
import PostmottakPipeline
import PostmottakScan
import PostmottakStore
import Logging
import PostmottakConfig

extension Workbench {
    func addReviewRoutes(to router: Router<WorkbenchContext>) {
        router.get("/review") { request, context in
            let person = try person(context, may: .review)
            let texts = Texts(context.language)
            let items = try review.list()
            var rows: [[String: Any]] = []
            var hidden = 0
            for item in items {
                let open = Self.mayRead(item, person)
                if !open { hidden += 1 }
                var row: [String: Any] = [
                    "id": item.id ?? 0, "channel": Labels.channel(item.channel, texts), "received": shown(item.receivedAt, in: texts.language),
                    "receivedISO": Self.iso(item.receivedAt), "why": Labels.reviewState(item.reviewState, texts),
                    "urgency": ["access", "legal", "plain"][min(ReviewQueue.urgency(item), 2)],
                ]
                if open {
                    row["open"] = true
                    row["sender"] = item.senderName ?? item.sender ?? ""
                    row["subject"] = item.subject ?? ""
                }
                if let flag = Labels.flag(item.reviewState, formalType: item.formalType, texts) { row["flag"] = flag }
                rows.append(row)
            }
            let notice = try request.uri.queryParameters.get("done", as: Int64.self).flatMap { try approvedNotice($0, texts) }
            let summary = [texts("review.waiting", ["count": "\(items.count)"])]
                + (hidden > 0 ? [texts("review.hidden", ["count": "\(hidden)"])] : [])
            return Page.response("review-list", title: texts("review.title"),
                                 view: ["summary": summary.joined(separator: " "), "items": rows, "hasItems": !rows.isEmpty],
                                 for: person, in: context, current: "/review", notice: notice)
        }

        router.get("/review/:id") { _, context in
            let person = try person(context, may: .review)
            let entry = try openEntry(try itemID(context), person)
            return entry.fields.isEmpty ? try mailPage(entry, person, in: context) : cardPage(entry, person, in: context)
        }

        router.get("/review/:id/crop/:field") { _, context in
            let person = try person(context, may: .review)
            let entry = try openEntry(try itemID(context), person)
            guard let field = context.parameters.get("field"), let digest = entry.crops[field] else { throw WorkbenchError.notFound }
            return Self.image(try store.blobs.get(digest))
        }

        router.get("/review/:id/page") { _, context in
            let person = try person(context, may: .review)
            let entry = try openEntry(try itemID(context), person)
            guard !entry.fields.isEmpty, let scan = try scannedCard(entry) else { throw WorkbenchError.notFound }
            // Drawn upright and straightened as it was read, so the boxes' places fit.
            let limits = scanLimits
            let png = try await Task.detached(priority: .userInitiated) {
                try PagePreview.png(of: scan, page: entry.page, rotation: entry.rotation, limits: limits)
            }.value
            return Self.image(png)
        }

        router.post("/review/:id") { request, context in
            let person = try person(context, may: .review)
            let id = try itemID(context)
            let fields = try await form(request, context, of: person)
            let entry = try openEntry(id, person)
            do {
                if entry.fields.isEmpty {
                    try correctMail(entry.item, with: fields, by: person)
                } else {
                    for (key, value) in fields where key.hasPrefix("field.") {
                        let name = String(key.dropFirst("field.".count))
                        guard FormReader.fieldNames.contains(name) else { continue }
                        let current = entry.fields[name].map(Self.text) ?? ""
                        let typed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                        if typed != current { try review.set(id, field: name, value: typed, by: person.name) }
                    }
                }
                try review.approve(id, by: person.name)
            } catch let error as ReviewQueue.ReviewError {
                throw WorkbenchError.refused(.badRequest, error.description)
            }
            afterChange()
            logger.info("review approved", metadata: ["item": "\(id)", "by": "\(person.name)"])
            return Response.redirect(to: "/review?done=\(id)")
        }
    }

    /// The review entry of `id`, if it waits and `person` may open it.
    func openEntry(_ id: Int64, _ person: SignedIn) throws -> ReviewQueue.Entry {
        let entry: ReviewQueue.Entry
        do {
            entry = try review.entry(id)
        } catch is ReviewQueue.ReviewError {
            throw WorkbenchError(.notFound, "error.not_in_review", ["id": "\(id)"])
        }
        guard Self.mayRead(entry.item, person) else {
            throw WorkbenchError(.forbidden, "error.for_archivists", ["id": "\(id)"])
        }
        return entry
    }

    /// What the queue says after an approval: the number given, or where the item went.
    func approvedNotice(_ id: Int64, _ texts: Texts) throws -> String? {
        guard let item = try store.item(id) else { return nil }
        let number = "\(id)"
        if let reference = item.reference { return texts("review.approved_reference", ["id": number, "reference": reference]) }
        if item.status == .review {
            return texts("review.still_waiting", ["id": number, "reason": item.reviewReason ?? texts("review.see_item")])
        }
        if let root = item.duplicateOf ?? item.followupOf { return texts("review.approved_joined", ["id": number, "root": "\(root)"]) }
        return texts("review.approved_status", ["id": number, "status": Labels.status(item.status, texts).lowercased()])
    }

    /// Sets what a person changed on a message's proposed decisions.
    func correctMail(_ item: IntakeItem, with fields: [String: String], by person: SignedIn) throws {
        guard let id = item.id else { return }
        let proposed: [String: String] = [
            "kind": item.kind?.rawValue ?? "", "service_area": item.serviceArea?.rawValue ?? "",
            "formal_type": item.formalType?.rawValue ?? "", "sensitive": item.sensitive == true ? "true" : "false",
        ]
        for name in ["kind", "service_area", "formal_type", "sensitive"] {
            guard let value = fields[name], value != proposed[name] else { continue }
            try review.set(id, field: name, value: value, by: person.name)
        }
    }

    func mailPage(_ entry: ReviewQueue.Entry, _ person: SignedIn, in context: WorkbenchContext) throws -> Response {
        let texts = Texts(context.language)
        let item = entry.item
        let id = item.id ?? 0
        let text = try item.textSha256.map { String(decoding: try store.blobs.get($0), as: UTF8.self) } ?? ""
        let percent: (Double?) -> String = { $0.map { Self.confidence($0, texts) } ?? "" }
        let kinds = SubmissionKind.allCases.filter(\.isSubmission).map {
            ["value": $0.rawValue, "label": Labels.kind($0, texts), "selected": $0 == item.kind] as [String: Any]
        }
        let types = [["value": "", "label": "—", "selected": item.formalType == nil] as [String: Any]] + FormalType.allCases.map {
            ["value": $0.rawValue, "label": Labels.formalType($0, texts), "selected": $0 == item.formalType] as [String: Any]
        }
        let areas = ServiceArea.allCases.map {
            ["value": $0.rawValue, "label": Labels.area($0, texts), "selected": $0 == item.serviceArea] as [String: Any]
        }
        let attachments = try store.attachments(of: id).map(\.fileName)
        let view: [String: Any] = [
            "id": id, "heading": texts("review.mail_title", ["id": "\(id)"]), "why": Labels.reviewState(item.reviewState, texts),
            "detail": item.reviewReason ?? "", "csrf": person.session.csrfToken,
            "from": [item.senderName, item.sender.map { "<\($0)>" }].compactMap { $0 }.joined(separator: " "),
            "subject": item.subject ?? "", "received": shown(item.receivedAt, in: texts.language), "text": text,
            "kinds": kinds, "formalTypes": types, "areas": areas, "sensitive": item.sensitive == true,
            "kindConfidence": percent(item.kindConfidence), "areaConfidence": percent(item.serviceAreaConfidence),
            "explanation": item.explanation, "attachments": attachments, "hasAttachments": !attachments.isEmpty,
        ]
        return Page.response("review-mail", title: texts("review.mail_title", ["id": "\(id)"]), view: view, for: person, in: context,
                             current: "/review")
    }

    func cardPage(_ entry: ReviewQueue.Entry, _ person: SignedIn, in context: WorkbenchContext) -> Response {
        let texts = Texts(context.language)
        let id = entry.item.id ?? 0
        var first = true
        let fields: [[String: Any]] = FormReader.fieldNames.compactMap { name in
            guard let reading = entry.fields[name] else { return nil }
            let value = Self.text(reading)
            let label = Labels.field(name, texts)
            var field: [String: Any] = [
                "name": name, "label": label, "value": value, "confidence": Self.confidence(reading.confidence, texts),
            ]
            if let reason = reading.reason { field["reason"] = reason }
            if reading.needsReview {
                field["flagged"] = true
                if first { field["first"] = true; first = false }
            }
            if entry.crops[name] != nil {
                field["crop"] = true
                field["cropAlt"] = texts("review.crop_alt", ["field": label])
            }
            switch name {
            case "description": field["multiline"] = true
            case "kind":
                field["choice"] = true
                field["options"] = [["value": "", "label": "—", "selected": value.isEmpty] as [String: Any]]
                    + SubmissionKind.allCases.filter(\.isSubmission).map {
                        ["value": $0.rawValue, "label": Labels.kind($0, texts), "selected": $0.rawValue == value] as [String: Any]
                    }
            case "service_area":
                field["choice"] = true
                field["options"] = [["value": "", "label": "—", "selected": value.isEmpty] as [String: Any]]
                    + ServiceArea.allCases.map {
                        ["value": $0.rawValue, "label": Labels.area($0, texts), "selected": $0.rawValue == value] as [String: Any]
                    }
            case "wants_reply":
                field["choice"] = true
                field["options"] = [["value": "true", "label": texts("common.yes"), "selected": value == "true"] as [String: Any],
                                    ["value": "false", "label": texts("common.no"), "selected": value != "true"]]
            default: field["line"] = true
            }
            return field
        }
        let hasPage = (try? scannedCard(entry)) != nil
        // The printed boxes drawn over the page where they were read: ticked, crossed out, unsure.
        let boxes: [[String: Any]] = entry.checkboxes.compactMap { box in
            guard let area = box.area else { return nil }
            let mark: String
            switch box.mark {
            case .ticked: mark = "ticked"
            case .crossedOut: mark = "crossed"
            case .unsure: mark = "unsure"
            case .empty: return nil
            }
            func percent(_ v: Double) -> String { String(format: "%.2f", v * 100) }
            return ["mark": mark, "x": percent(area.x), "y": percent(area.y), "width": percent(area.width), "height": percent(area.height),
                    "label": box.label ?? box.value, "markLabel": texts("review.box_\(mark)")]
        }
        let view: [String: Any] = [
            "id": id, "heading": texts("review.card_title", ["id": "\(id)"]), "why": Labels.reviewState(entry.item.reviewState, texts),
            "detail": entry.item.reviewReason ?? "",
            "csrf": person.session.csrfToken, "fields": fields, "page": hasPage,
            "boxes": boxes, "hasBoxes": !boxes.isEmpty,
        ]
        return Page.response("review-card", title: texts("review.card_title", ["id": "\(id)"]), view: view, for: person, in: context,
                             current: "/review")
    }

    /// How sure the machine was, as the review pages show it ("sikkerhet 87 %").
    static func confidence(_ confidence: Double, _ texts: Texts) -> String {
        texts("common.confidence", ["percent": "\(Int((confidence * 100).rounded()))"])
    }

    /// A field's value as the form shows it.
    static func text(_ reading: FieldReading) -> String {
        switch reading.value {
        case .text(let s): s
        case .flag(let b): b ? "true" : "false"
        case .none: ""
        }
    }

    /// `image/png` or `image/jpeg` by the file's first bytes; nil for anything else.
    /// The scan a card in review was read from: the scanned file itself, or the first picture
    /// or PDF attached to the mail that brought it; nil when there is none.
    func scannedCard(_ entry: ReviewQueue.Entry) throws -> Data? {
        let original = try store.blobs.get(entry.item.originalSha256)
        if ScanDocument.format(of: original) != nil { return original }
        guard let id = entry.item.id else { return nil }
        for attachment in try store.attachments(of: id) {
            let data = try store.blobs.get(attachment.sha256)
            if ScanDocument.format(of: data) != nil { return data }
        }
        return nil
    }

    static func imageType(_ data: Data) -> String? {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        return nil
    }

    /// A picture, served only as what its bytes are.
    static func image(_ data: Data) -> Response {
        guard let type = imageType(data) else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "not a picture")))
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "private, no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
