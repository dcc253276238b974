/// The workbench's words in one language: a key is looked up in that language's table, then
/// in bokmål's, and at worst shown as itself (never a crash); `{name}` placeholders are filled
/// in from values the routes give (numbers, names), in one pass, so a value is never read again.
struct Texts: Sendable {
    let language: UILanguage

    init(_ language: UILanguage) {
        self.language = language
    }

    /// The text of `key` with its placeholders filled in from `values`.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        Self.fill(lookup(key) ?? key, with: values)
    }

    /// The text of `key`, or nil when no table has it.
    func lookup(_ key: String) -> String? {
        Strings.table(for: language)[key] ?? Strings.table(for: .standard)[key]
    }

    /// The table as templates read it, `{{t.login_title}}` for "login.title" (Mustache reads a
    /// dot as a step into a child).
    var forTemplates: [String: String] {
        Self.templateTables[language] ?? [:]
    }

    private static let templateTables: [UILanguage: [String: String]] = Dictionary(
        uniqueKeysWithValues: UILanguage.allCases.map { language in
            (language, templateTable(Strings.table(for: language).merging(Strings.table(for: .standard)) { own, _ in own }))
        })

    /// `table` with every key's dots made underscores.
    static func templateTable(_ table: [String: String]) -> [String: String] {
        Dictionary(table.map { (templateKey($0.key), $0.value) }) { first, _ in first }
    }

    /// The name a template uses for `key`.
    static func templateKey(_ key: String) -> String {
        String(key.map { $0 == "." ? "_" : $0 })
    }

    /// `text` with each `{name}` that `values` has replaced by its value; any other brace stays.
    static func fill(_ text: String, with values: [String: String]) -> String {
        guard !values.isEmpty else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                  let value = values[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
