import PostmottakCore
import Foundation
import Hummingbird
import Logging
import PostmottakConfig
import PostmottakStore

/// The main menu: what a role may open, Norwegian first.
enum Navigation {
    struct Entry {
        let href: String
        let label: String
        let permission: Permission
    }

    static let entries = [
        Entry(href: "/review", label: "Til kontroll", permission: .review),
        Entry(href: "/quarantine", label: "Karantene", permission: .quarantine),
        Entry(href: "/search", label: "Søk", permission: .search),
        Entry(href: "/outbox", label: "Utsendelser", permission: .outbox),
        Entry(href: "/admin/users", label: "Brukere", permission: .accounts),
        Entry(href: "/audit", label: "Logg", permission: .accounts),
    ]

    static func items(for person: SignedIn, current: String?) -> [[String: Any]] {
        entries.filter { person.may($0.permission) }.map { entry in
            var item: [String: Any] = ["href": entry.href, "label": entry.label]
            if entry.href == current { item["current"] = true }
            return item
        }
    }
}
