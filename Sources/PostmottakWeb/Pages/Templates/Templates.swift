/// The workbench's Mustache templates, one file per page, compiled into the binary (so an
/// installed `postmottak` needs no folder of templates beside it).
enum Templates {
    static let all: [(name: String, text: String)] = [
        ("layout", layout), ("error", error), ("login", login),
        ("review-list", reviewList), ("review-mail", reviewMail), ("review-card", reviewCard),
        ("quarantine-list", quarantineList), ("quarantine-item", quarantineItem),
        ("search", search), ("item", item), ("outbox", outbox), ("audit", audit), ("accounts", accounts),
    ]
}
