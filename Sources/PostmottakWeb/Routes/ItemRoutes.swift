import Foundation
import Hummingbird
import PostmottakCore
import PostmottakStore
import Logging
import PostmottakConfig

extension Workbench {
    func addItemRoutes(to router: Router<WorkbenchContext>) {
        router.get("/search") { request, context in
            let person = try person(context, may: .search)
            let query = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            if !query.isEmpty {
                let numeric = query.hasPrefix("#") ? String(query.dropFirst()) : query
                if let item = try store.item(reference: query) ?? Int64(numeric).flatMap({ try store.item($0) }), let id = item.id {
                    return Response.redirect(to: "/items/\(id)")
                }
            }
            return Page.response("search", title: "Søk", view: ["query": query, "searched": !query.isEmpty, "found": false],
                                 for: person, current: "/search")
        }

        router.get("/items/:id") { _, context in
            let person = try person(context, may: .search)
            let id = try itemID(context)
            guard let item = try store.item(id) else { throw WorkbenchError.notFound }
            let mayRead = Self.mayRead(item, person)
            var view: [String: Any] = [
                "id": id, "status": Labels.status(item.status), "channel": Labels.channel(item.channel),
                "received": shown(item.receivedAt), "mayRead": mayRead, "events": try events(id),
                "mayDownload": person.may(.originals), "sensitive": item.sensitive == true,
            ]
            if let reference = item.reference { view["reference"] = reference }
            if let kind = item.kind {
                view["kind"] = Labels.kind(kind) + (item.formalType.map { " – " + Labels.formalType($0) } ?? "")
            }
            if let area = item.serviceArea { view["area"] = Labels.area(area) }
            if let destination = item.destination { view["destination"] = Labels.destination(destination) }
            if let root = item.duplicateOf ?? item.followupOf { view["caseOf"] = root }
            if mayRead, let digest = item.textSha256 {
                view["text"] = String(decoding: try store.blobs.get(digest), as: UTF8.self)
            }
            return Page.response("item", title: "Sak #\(id)", view: view, for: person, current: "/search")
        }

        router.get("/items/:id/original") { _, context in
            let person = try person(context, may: .originals)
            let id = try itemID(context)
            guard let item = try store.item(id) else { throw WorkbenchError.notFound }
            let data = try store.blobs.get(item.originalSha256)
            try store.audit(AuditEvent(at: Date(), actor: person.name, action: "original_downloaded", target: "item \(id)"))
            // The name is the item's, never the sender's: a hostile file name goes nowhere.
            let suffix = item.channel == .scan ? (Self.imageType(data) == "image/png" ? "png" : Self.imageType(data) == nil ? "bin" : "jpg") : "eml"
            return Response(status: .ok, headers: [
                .contentType: "application/octet-stream",
                .contentDisposition: "attachment; filename=\"postmottak-\(id).\(suffix)\"",
                .cacheControl: "private, no-store",
            ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
