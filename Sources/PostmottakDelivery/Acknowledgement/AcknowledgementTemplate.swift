public import Foundation
public import PostmottakCore

/// The text of an acknowledgement in one language: `Config/acknowledgements/<language>.txt`,
/// a `Subject:` line, a blank line, then the body. `{reference}`, `{municipality}` and
/// `{subject}` (the citizen's own subject) are filled in.
public struct AcknowledgementTemplate: Sendable, Equatable {
    public var subject: String
    public var body: String

    /// The template for `language` in `directory`; English for a language without one.
    public static func load(directory: URL, language: Language?) throws -> AcknowledgementTemplate {
        let preferred = [language?.rawValue, "en"].compactMap { $0 }
        for code in preferred {
            let url = directory.appendingPathComponent("\(code).txt")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            return try parse(text, file: url.lastPathComponent)
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: directory.appendingPathComponent("en.txt").path])
    }

    static func parse(_ text: String, file: String) throws -> AcknowledgementTemplate {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard normalised.hasPrefix("Subject:"), let split = normalised.range(of: "\n\n") else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(file) must begin with a Subject: line and a blank line"])
        }
        let subject = normalised[..<split.lowerBound].dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
        return AcknowledgementTemplate(subject: subject, body: String(normalised[split.upperBound...]))
    }

    /// The template with its placeholders filled.
    public func filled(reference: String, municipality: String, subject original: String?) -> AcknowledgementTemplate {
        func fill(_ s: String) -> String {
            s.replacingOccurrences(of: "{reference}", with: reference)
                .replacingOccurrences(of: "{municipality}", with: municipality)
                .replacingOccurrences(of: "{subject}", with: original ?? "")
        }
        return AcknowledgementTemplate(subject: fill(subject), body: fill(body))
    }
}
