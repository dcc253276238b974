/// The workbench's texts, one table per language (`Strings+nb.swift`, `Strings+sv.swift`,
/// `Strings+en.swift`): a key such as "login.title" to the text, `{name}` where a value goes.
/// Every table has the same keys (the tests check it).
enum Strings {
    /// The table of `language`.
    static func table(for language: UILanguage) -> [String: String] {
        switch language {
        case .nb: nb
        case .sv: sv
        case .en: en
        }
    }
}
