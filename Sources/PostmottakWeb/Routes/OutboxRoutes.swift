import Foundation
import Hummingbird
import PostmottakStore
import Logging
import PostmottakConfig
import PostmottakCore

extension Workbench {
    func addOutboxRoutes(to router: Router<WorkbenchContext>) {
        router.get("/outbox") { request, context in
            let person = try person(context, may: .outbox)
            let texts = Texts(context.language)
            let parked = try store.outboxEntries(in: [.parked])
            let pending = try store.outboxEntries(in: [.pending])
            let row: (OutboxEntry) -> [String: Any] = { entry in
                ["id": entry.id ?? 0, "item": entry.itemId, "effect": entry.effect.rawValue, "attempts": entry.attempts,
                 "error": entry.lastError ?? "", "next": shown(entry.nextAttemptAt, in: texts.language), "csrf": person.session.csrfToken]
            }
            let notice = request.uri.queryParameters.get("retried", as: Int64.self).map { texts("outbox.retried", ["id": "\($0)"]) }
            return Page.response("outbox", title: texts("outbox.title"), view: [
                "summary": texts("outbox.summary", ["pending": "\(pending.count)", "parked": "\(parked.count)"]),
                "hasParked": !parked.isEmpty, "hasPending": !pending.isEmpty,
                "parkedEntries": parked.map(row), "pendingEntries": pending.prefix(200).map(row),
            ], for: person, in: context, current: "/outbox", notice: notice)
        }

        router.post("/outbox/:id/retry") { request, context in
            let person = try person(context, may: .outbox)
            guard let id = context.parameters.get("id", as: Int64.self), let entry = try store.outboxEntry(id) else {
                throw WorkbenchError.notFound
            }
            _ = try await form(request, context, of: person)
            guard try store.retryOutbox(id) else { throw WorkbenchError(.conflict, "error.already_delivered", ["id": "\(id)"]) }
            try store.audit(AuditEvent(at: Date(), actor: person.name, action: "outbox_retry", target: "item \(entry.itemId)",
                                       detail: "\(entry.effect.rawValue) (entry \(id))"))
            afterChange()
            return Response.redirect(to: "/outbox?retried=\(id)")
        }
    }

    func addAuditRoutes(to router: Router<WorkbenchContext>) {
        router.get("/audit") { _, context in
            let person = try person(context, may: .accounts)
            let texts = Texts(context.language)
            let events: [[String: Any]] = try store.auditEvents().map { event in
                ["at": shown(event.at, in: texts.language), "atISO": Self.iso(event.at), "actor": event.actor, "action": event.action,
                 "target": event.target ?? "", "detail": event.detail ?? ""]
            }
            return Page.response("audit", title: texts("audit.page_title"), view: ["events": events], for: person, in: context,
                                 current: "/audit")
        }
    }
}
