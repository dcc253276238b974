import Foundation
import Hummingbird
import PostmottakCore
import PostmottakPipeline
import PostmottakStore
import Logging
import PostmottakConfig

extension Workbench {
    func addQuarantineRoutes(to router: Router<WorkbenchContext>) {
        router.get("/quarantine") { request, context in
            let person = try person(context, may: .quarantine)
            let texts = Texts(context.language)
            let items = try quarantine.list()
            let rows: [[String: Any]] = items.map { item in
                ["id": item.id ?? 0, "received": shown(item.receivedAt, in: texts.language), "receivedISO": Self.iso(item.receivedAt),
                 "source": item.source, "reason": item.reason ?? ""]
            }
            let notice = request.uri.queryParameters["notice"].map(String.init)
            let view: [String: Any] = [
                "summary": texts("quarantine.summary", ["count": "\(rows.count)"]), "items": rows, "hasItems": !rows.isEmpty,
            ]
            return Page.response("quarantine-list", title: texts("quarantine.title"), view: view, for: person, in: context,
                                 current: "/quarantine", notice: notice.flatMap { Self.quarantineNotice($0, texts) })
        }

        router.get("/quarantine/:id") { _, context in
            let person = try person(context, may: .quarantine)
            let texts = Texts(context.language)
            let id = try itemID(context)
            guard let item = try store.item(id), item.status == .quarantined else {
                throw WorkbenchError(.notFound, "error.not_quarantined", ["id": "\(id)"])
            }
            let original = (try? store.blobs.get(item.originalSha256)) ?? Data()
            let headers = Self.headerBlock(original)
            let view: [String: Any] = [
                "id": id, "heading": texts("quarantine.item_title", ["id": "\(id)"]), "reason": item.reason ?? "",
                "received": shown(item.receivedAt, in: texts.language), "source": item.source,
                "size": ByteCountFormatter.string(fromByteCount: item.originalSize, countStyle: .file), "sha": item.originalSha256,
                "headers": headers, "hasHeaders": !headers.isEmpty, "mayDownload": person.may(.originals),
                "complete": item.originalComplete, "csrf": person.session.csrfToken, "events": try events(id, in: texts.language),
            ]
            return Page.response("quarantine-item", title: texts("quarantine.page_title", ["id": "\(id)"]), view: view, for: person,
                                 in: context, current: "/quarantine")
        }

        router.post("/quarantine/:id/release") { request, context in
            let person = try person(context, may: .quarantine)
            let id = try itemID(context)
            _ = try await form(request, context, of: person)
            do {
                let after = try quarantine.release(id, by: person.name)
                afterChange()
                return Response.redirect(to: "/quarantine?notice=released-\(id)-\(after.status.rawValue)")
            } catch let error as QuarantineDesk.QuarantineError {
                throw WorkbenchError.refused(.conflict, error.description)
            }
        }

        router.post("/quarantine/:id/discard") { request, context in
            let person = try person(context, may: .quarantine)
            let id = try itemID(context)
            let fields = try await form(request, context, of: person)
            do {
                try quarantine.discard(id, reason: fields["reason"] ?? "", by: person.name)
            } catch let error as QuarantineDesk.QuarantineError {
                throw WorkbenchError.refused(error == .reasonMissing ? .badRequest : .conflict, error.description)
            }
            return Response.redirect(to: "/quarantine?notice=discarded-\(id)")
        }
    }

    /// The sentence for `released-ID-STATUS` or `discarded-ID`.
    static func quarantineNotice(_ code: String, _ texts: Texts) -> String? {
        let parts = code.split(separator: "-")
        guard parts.count >= 2, let id = Int64(parts[1]) else { return nil }
        switch parts[0] {
        case "released":
            let status = parts.count > 2 ? ItemStatus(rawValue: String(parts[2])).map { Labels.status($0, texts) } ?? "" : ""
            return status.isEmpty ? texts("quarantine.released", ["id": "\(id)"])
                : texts("quarantine.released_as", ["id": "\(id)", "status": status])
        case "discarded": return texts("quarantine.discarded", ["id": "\(id)"])
        default: return nil
        }
    }

    /// The header lines of a message (up to the first blank line, at most 60 lines, 8 kB).
    static func headerBlock(_ original: Data) -> String {
        let head = String(decoding: original.prefix(8192), as: UTF8.self)
        var lines: [Substring] = []
        for line in head.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { break }
            lines.append(line)
            if lines.count == 60 { break }
        }
        // Only what looks like a header block: a scan's or a binary file's bytes are not shown.
        guard let first = lines.first, first.contains(":"), !first.contains("\u{FFFD}") else { return "" }
        return lines.joined(separator: "\n")
    }

    /// An item's events as the pages list them.
    func events(_ id: Int64, in language: UILanguage) throws -> [[String: Any]] {
        try store.events(of: id).map { event in
            var row: [String: Any] = ["at": shown(event.at, in: language), "atISO": Self.iso(event.at), "step": event.step, "reason": event.reason]
            if let actor = event.actor { row["actor"] = actor }
            return row
        }
    }
}
