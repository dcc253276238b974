import Foundation
import Hummingbird
import Mustache
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakStore

/// Renders the workbench's pages: a page's own template inside the common layout, both given
/// the texts of the request's language as `t`. Templates are Mustache (every `{{value}}`
/// HTML-escaped), compiled once from `Templates`.
enum Page {
    /// Every template, by name, compiled at first use.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in Templates.all {
            do {
                try library.register(text, named: name)
            } catch {
                // A template that does not compile is a bug the tests catch; show it plainly.
                try? library.register("<p>Malen {{name}} kunne ikke leses: " + String(describing: error) + "</p>", named: name)
            }
        }
        return library
    }()

    /// The page `template` rendered with `view`, inside the layout, as an HTML response in the
    /// request's language.
    static func response(_ template: String, title: String, view: [String: Any], for person: SignedIn?,
                         in context: WorkbenchContext, current: String? = nil, notice: String? = nil,
                         status: HTTPResponse.Status = .ok) -> Response {
        let html = render(template, title: title, view: view, for: person, language: context.language, back: context.back,
                          current: current, notice: notice)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page as HTML; `back` is where the language switch returns to.
    static func render(_ template: String, title: String, view: [String: Any], for person: SignedIn?,
                       language: UILanguage, back: String, current: String? = nil, notice: String? = nil) -> String {
        let texts = Texts(language)
        var view = view
        view["t"] = texts.forTemplates
        let content = library.render(view, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "title": title, "content": content, "lang": language.rawValue, "t": texts.forTemplates,
            "languages": Navigation.languages(current: language, back: back),
        ]
        if let notice { layout["notice"] = notice }
        if let person {
            layout["user"] = [
                "name": person.name, "role": Labels.role(person.role, texts), "csrf": person.session.csrfToken,
                "nav": Navigation.items(for: person, current: current, texts),
            ] as [String: Any]
        }
        return library.render(layout, withTemplate: "layout") ?? content
    }

    /// A page for an error, readable without a session.
    static func errorPage(status: HTTPResponse.Status, message: String, language: UILanguage, back: String) -> String {
        render("error", title: "\(status.code) \(status.reasonPhrase)",
               view: ["code": status.code, "phrase": status.reasonPhrase, "message": message], for: nil,
               language: language, back: back)
    }
}
