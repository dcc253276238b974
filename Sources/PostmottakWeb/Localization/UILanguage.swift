/// A language the workbench can be shown in; Norwegian bokmål unless the person chooses another.
enum UILanguage: String, CaseIterable, Sendable {
    case nb, sv, en

    /// The language of a request that asks for none the workbench has.
    static let standard = UILanguage.nb

    /// The locale dates are shown in.
    var localeIdentifier: String {
        switch self {
        case .nb: "nb_NO"
        case .sv: "sv_SE"
        case .en: "en_GB"
        }
    }

    /// The language's name in the language itself, as the language switch shows it.
    var ownName: String {
        switch self {
        case .nb: "Norsk"
        case .sv: "Svenska"
        case .en: "English"
        }
    }
}
