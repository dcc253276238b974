import Foundation
import Hummingbird
import PostmottakCore
import PostmottakStore
import PostmottakConfig
import Logging
import PostmottakConfig

extension Workbench {
    func addItemRoutes(to router: Router<WorkbenchContext>) {
        router.get("/search") { request, context in
            let person = try person(context, may: .search)
            let texts = Texts(context.language)
            let parameters = Self.query(request)
            let value = { (name: String) -> String? in
                parameters[name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let query = value("q") ?? ""
            if !query.isEmpty {
                // A number as people and OCR write it ("fjv 2026 00OO42 7"), or an item id ("#17").
                let numeric = query.hasPrefix("#") ? String(query.dropFirst()) : query
                let byReference = try reference.parse(query).flatMap { try store.item(reference: $0.formatted) }
                if let item = try byReference ?? Int64(numeric).flatMap({ try store.item($0) }), let id = item.id {
                    return Response.redirect(to: "/items/\(id)")
                }
            }
            var search = ItemSearch()
            // Not a number: the words are looked for in the subjects, senders and texts.
            search.words = query.isEmpty ? nil : query
            search.sender = value("sender")
            search.subject = value("subject")
            search.kind = value("kind").flatMap(SubmissionKind.init(rawValue:))
            search.serviceArea = value("area").flatMap(ServiceArea.init(rawValue:))
            search.status = value("status").flatMap(ItemStatus.init(rawValue:))
            search.channel = value("channel").flatMap(Channel.init(rawValue:))
            let day = DateFormatter()
            day.dateFormat = "yyyy-MM-dd"
            day.timeZone = timeZone
            day.locale = Locale(identifier: "en_US_POSIX")
            search.from = value("from").flatMap(day.date(from:))
            search.until = value("until").flatMap(day.date(from:)).map { $0.addingTimeInterval(86_400) }
            var results = search.isEmpty ? [] : try store.items(matching: search)
            // A match on words says what a text contains: only texts the person may read count.
            if search.words != nil { results = results.filter { Self.mayRead($0, person) } }
            let rows: [[String: Any]] = results.map { item in
                let open = Self.mayRead(item, person)
                return ["id": item.id ?? 0, "reference": item.reference ?? "", "received": shown(item.receivedAt, in: texts.language),
                        "receivedISO": Self.iso(item.receivedAt), "status": Labels.status(item.status, texts),
                        "kind": item.kind.map { Labels.kind($0, texts) } ?? "", "sender": open ? item.senderName ?? item.sender ?? "" : "–",
                        "subject": open ? item.subject ?? "" : texts("search.restricted")]
            }
            func options<T: RawRepresentable>(_ all: [T], _ chosen: T?, _ label: (T, Texts) -> String) -> [[String: Any]]
            where T.RawValue == String {
                [["value": "", "label": texts("search.all"), "selected": chosen == nil] as [String: Any]]
                    + all.map { ["value": $0.rawValue, "label": label($0, texts), "selected": $0.rawValue == chosen?.rawValue] as [String: Any] }
            }
            let view: [String: Any] = [
                "query": query, "sender": search.sender ?? "", "subject": search.subject ?? "",
                "from": value("from") ?? "", "until": value("until") ?? "",
                "kinds": options(SubmissionKind.allCases, search.kind, Labels.kind),
                "areas": options(ServiceArea.allCases, search.serviceArea, Labels.area),
                "statuses": options(ItemStatus.allCases, search.status, Labels.status),
                "channels": options(Channel.allCases, search.channel, Labels.channel),
                "searched": !query.isEmpty || !search.isEmpty, "hasResults": !rows.isEmpty, "results": rows,
                "resultsCaption": texts("search.results", ["count": "\(rows.count)"]),
                "nothingFound": query.isEmpty ? texts("search.none") : texts("search.none_for", ["query": query]),
            ]
            return Page.response("search", title: texts("search.title"), view: view, for: person, in: context, current: "/search")
        }

        router.get("/items/:id") { _, context in
            let person = try person(context, may: .search)
            let texts = Texts(context.language)
            let id = try itemID(context)
            guard let item = try store.item(id) else { throw WorkbenchError.notFound }
            let mayRead = Self.mayRead(item, person)
            var view: [String: Any] = [
                "id": id, "heading": texts("item.title", ["id": "\(id)"]), "status": Labels.status(item.status, texts),
                "channel": Labels.channel(item.channel, texts), "received": shown(item.receivedAt, in: texts.language), "mayRead": mayRead,
                "events": try events(id, in: texts.language), "mayDownload": person.may(.originals), "sensitive": item.sensitive == true,
            ]
            if let reference = item.reference { view["reference"] = reference }
            if let kind = item.kind {
                view["kind"] = Labels.kind(kind, texts) + (item.formalType.map { " – " + Labels.formalType($0, texts) } ?? "")
            }
            if let area = item.serviceArea { view["area"] = Labels.area(area, texts) }
            if let destination = item.destination { view["destination"] = Labels.destination(destination, texts) }
            if let root = item.duplicateOf ?? item.followupOf {
                view["caseOf"] = root
                view["caseOfLabel"] = texts("item.case_link", ["id": "\(root)"])
            }
            if let caseNumber = item.caseNumber { view["caseNumber"] = caseNumber }
            if let registryID = item.registryId { view["registryId"] = registryID }
            let attachments = try store.attachments(of: id).map(\.fileName)
            view["attachments"] = attachments
            view["hasAttachments"] = !attachments.isEmpty
            if person.may(.outbox) {
                let effects = try store.outboxEntries(of: id).map { entry -> [String: Any] in
                    var row: [String: Any] = [
                        "id": entry.id ?? 0, "effect": entry.effect.rawValue, "status": entry.status.rawValue, "attempts": entry.attempts,
                        "result": entry.result ?? entry.lastError ?? "", "csrf": person.session.csrfToken,
                        "log": try store.outboxAttempts(entry.id ?? 0).map { "\(shown($0.at, in: texts.language)) \($0.outcome)" + ($0.detail.map { ": \($0)" } ?? "") },
                    ]
                    if entry.status == .parked { row["parked"] = true }
                    row["hasLog"] = !((row["log"] as? [String]) ?? []).isEmpty
                    return row
                }
                view["effects"] = effects
                view["hasEffects"] = !effects.isEmpty
            }
            if mayRead, let digest = item.textSha256 {
                view["text"] = String(decoding: try store.blobs.get(digest), as: UTF8.self)
            }
            return Page.response("item", title: texts("item.title", ["id": "\(id)"]), view: view, for: person, in: context,
                                 current: "/search")
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
