import PostmottakCore
import Foundation
import Hummingbird
import Logging
import PostmottakConfig
import PostmottakStore

/// The main menu: what a role may open, and the language switch.
enum Navigation {
    struct Entry {
        let href: String
        /// The key of its label ("nav.review").
        let label: String
        let permission: Permission
    }

    static let entries = [
        Entry(href: "/review", label: "nav.review", permission: .review),
        Entry(href: "/quarantine", label: "nav.quarantine", permission: .quarantine),
        Entry(href: "/search", label: "nav.search", permission: .search),
        Entry(href: "/outbox", label: "nav.outbox", permission: .outbox),
        Entry(href: "/admin/users", label: "nav.accounts", permission: .accounts),
        Entry(href: "/audit", label: "nav.audit", permission: .accounts),
    ]

    static func items(for person: SignedIn, current: String?, _ texts: Texts) -> [[String: Any]] {
        entries.filter { person.may($0.permission) }.map { entry in
            var item: [String: Any] = ["href": entry.href, "label": texts(entry.label)]
            if entry.href == current { item["current"] = true }
            return item
        }
    }

    /// A link per language, each in its own language, that comes back to `back` (this page).
    static func languages(current: UILanguage, back: String) -> [[String: Any]] {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        let encoded = back.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
        return UILanguage.allCases.map { language in
            ["href": "/language/\(language.rawValue)?back=\(encoded)", "code": language.rawValue, "name": language.ownName,
             "current": language == current]
        }
    }
}
