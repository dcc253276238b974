import Foundation
import Hummingbird
import PostmottakCore
import PostmottakStore

extension Workbench {
    /// `/admin/users`: an administrator lists, adds and disables accounts (as `postmottak users`).
    func addAccountRoutes(to router: Router<WorkbenchContext>) {
        router.get("/admin/users") { request, context in
            let person = try person(context, may: .accounts)
            // Only a sentence the server makes: a link cannot put words on this page.
            let query = Self.query(request)
            var notice: String?
            if let name = query["added"], let account = try store.account(named: name) { notice = "\(account.name) er lagt til" }
            if let name = query["disabled"], let account = try store.account(named: name), account.disabled {
                notice = "\(account.name) er deaktivert"
            }
            return try accountsPage(person, notice: notice)
        }

        router.post("/admin/users") { request, context in
            let person = try person(context, may: .accounts)
            let fields = try await form(request, context, of: person)
            let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let role = fields["role"].flatMap(Role.init(rawValue:)) else {
                return try accountsPage(person, failure: "Velg en rolle.", status: .badRequest)
            }
            do {
                let hash = try PasswordHasher.hash(fields["password"] ?? "")
                try store.addAccount(name: name, role: role, passwordHash: hash, by: person.name)
            } catch let error as PasswordHasher.PasswordError {
                return try accountsPage(person, failure: "Passordet: " + error.description, status: .badRequest)
            } catch let error as Store.AccountError {
                return try accountsPage(person, failure: error.description, status: .badRequest)
            }
            return Response.redirect(to: "/admin/users?added=\(name.lowercased())")
        }

        router.post("/admin/users/:name/disable") { request, context in
            let person = try person(context, may: .accounts)
            _ = try await form(request, context, of: person)
            guard let name = context.parameters.get("name"), name.lowercased() != person.name else {
                throw WorkbenchError(.badRequest, "Du kan ikke deaktivere din egen konto.")
            }
            do {
                try store.disableAccount(name, by: person.name)
            } catch let error as Store.AccountError {
                throw WorkbenchError(.notFound, error.description)
            }
            return Response.redirect(to: "/admin/users?disabled=\(name.lowercased())")
        }
    }

    func accountsPage(_ person: SignedIn, notice: String? = nil, failure: String? = nil,
                      status: HTTPResponse.Status = .ok) throws -> Response {
        let accounts: [[String: Any]] = try store.accounts().map { account in
            ["name": account.name, "role": account.role.title, "status": account.disabled ? "Deaktivert" : "Aktiv",
             "created": shown(account.createdAt), "active": !account.disabled, "self": account.name == person.name,
             "csrf": person.session.csrfToken]
        }
        var view: [String: Any] = [
            "accounts": accounts, "csrf": person.session.csrfToken,
            "roles": Role.allCases.map { ["value": $0.rawValue, "label": $0.title] },
        ]
        if let failure { view["failure"] = failure }
        return Page.response("accounts", title: "Brukere", view: view, for: person, current: "/admin/users",
                             notice: notice.map { "Ferdig: \($0)." }, status: status)
    }
}
