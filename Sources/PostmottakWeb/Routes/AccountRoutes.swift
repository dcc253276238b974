import Foundation
import Hummingbird
import PostmottakCore
import PostmottakStore

extension Workbench {
    /// `/admin/users`: an administrator lists, adds and disables accounts (as `postmottak users`).
    func addAccountRoutes(to router: Router<WorkbenchContext>) {
        router.get("/admin/users") { request, context in
            let person = try person(context, may: .accounts)
            let texts = Texts(context.language)
            // Only a sentence the server makes: a link cannot put words on this page.
            let query = Self.query(request)
            var notice: String?
            if let name = query["added"], let account = try store.account(named: name) { notice = texts("accounts.added", ["name": account.name]) }
            if let name = query["disabled"], let account = try store.account(named: name), account.disabled {
                notice = texts("accounts.disabled", ["name": account.name])
            }
            return try accountsPage(person, in: context, notice: notice)
        }

        router.post("/admin/users") { request, context in
            let person = try person(context, may: .accounts)
            let fields = try await form(request, context, of: person)
            let texts = Texts(context.language)
            let name = (fields["name"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let role = fields["role"].flatMap(Role.init(rawValue:)) else {
                return try accountsPage(person, in: context, failure: texts("accounts.choose_role"), status: .badRequest)
            }
            do {
                let password = fields["password"] ?? ""
                let hash = try await withTaskExecutorPreference(Self.blockingThreads) { try PasswordHasher.hash(password) }
                try store.addAccount(name: name, role: role, passwordHash: hash, by: person.name)
            } catch let error as PasswordHasher.PasswordError {
                return try accountsPage(person, in: context, failure: texts("accounts.password_refused", ["reason": error.description]),
                                        status: .badRequest)
            } catch let error as Store.AccountError {
                return try accountsPage(person, in: context, failure: error.description, status: .badRequest)
            }
            return Response.redirect(to: "/admin/users?added=\(name.lowercased())")
        }

        router.post("/admin/users/:name/disable") { request, context in
            let person = try person(context, may: .accounts)
            _ = try await form(request, context, of: person)
            guard let name = context.parameters.get("name"), name.lowercased() != person.name else {
                throw WorkbenchError(.badRequest, "error.own_account")
            }
            do {
                try store.disableAccount(name, by: person.name)
            } catch let error as Store.AccountError {
                throw WorkbenchError.refused(.notFound, error.description)
            }
            return Response.redirect(to: "/admin/users?disabled=\(name.lowercased())")
        }
    }

    func accountsPage(_ person: SignedIn, in context: WorkbenchContext, notice: String? = nil, failure: String? = nil,
                      status: HTTPResponse.Status = .ok) throws -> Response {
        let texts = Texts(context.language)
        let accounts: [[String: Any]] = try store.accounts().map { account in
            ["name": account.name, "role": Labels.role(account.role, texts),
             "status": texts(account.disabled ? "accounts.inactive" : "accounts.active"),
             "created": shown(account.createdAt, in: context.language), "active": !account.disabled, "self": account.name == person.name,
             "csrf": person.session.csrfToken]
        }
        var view: [String: Any] = [
            "accounts": accounts, "csrf": person.session.csrfToken,
            "roles": Role.allCases.map { ["value": $0.rawValue, "label": Labels.role($0, texts)] },
        ]
        if let failure { view["failure"] = failure }
        return Page.response("accounts", title: texts("accounts.title"), view: view, for: person, in: context, current: "/admin/users",
                             notice: notice, status: status)
    }
}
