import Foundation

extension UILanguage {
    /// The cookie that keeps the language a person chose.
    static let cookieName = "postmottak_lang"

    /// The language for a request: the one the person chose (the cookie's), else the
    /// workbench's own (`[web] language`). A browser's language is not asked: a Norwegian
    /// clerk's English laptop still gets the municipality's pages.
    static func chosen(cookie: String?, standard: UILanguage) -> UILanguage {
        cookie.flatMap(UILanguage.init(rawValue:)) ?? standard
    }
}
