public import Foundation

/// A paper form Postmottak recognises: where everything is, in millimetres from the page's
/// top-left corner. Templates are data (`Config/forms/*.json`); a new form is a new file.
/// `FormTemplate(design:)` makes one from a form's design file.
public struct FormTemplate: Sendable, Codable, Equatable {
    /// A box in millimetres.
    public struct Box: Sendable, Codable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    /// One of the solid squares near the corners that fix the page's geometry.
    public struct RegistrationMark: Sendable, Codable, Equatable {
        public var corner: String
        public var box: Box
    }

    /// One printed checkbox: ticking it says `field` = `value`.
    public struct Checkbox: Sendable, Codable, Equatable {
        public var field: String
        public var value: String
        public var label: String
        public var box: Box
    }

    /// A writing box: one line, or the multi-line description.
    public struct TextField: Sendable, Codable, Equatable {
        public var field: String
        public var label: String
        public var multiline: Bool
        public var box: Box
    }

    /// Comb cells: one character per cell, with a format such as `NNNN` or `DD.MM.YYYY`.
    public struct Comb: Sendable, Codable, Equatable {
        public var field: String
        public var label: String
        public var format: String
        public var cells: [Box]
        /// The characters a cell may hold.
        public var characters: String
    }

    /// Printed text whose place is known (the title, the form code): finds the form and
    /// tells its orientation.
    public struct PrintedText: Sendable, Codable, Equatable {
        public var text: String
        public var role: String
        public var box: Box
    }

    public var form: String
    public var title: String
    public var municipality: String
    public var language: String
    public var pageWidth: Double
    public var pageHeight: Double
    /// Printed phrases that identify the form in a page's text (its code first).
    public var identify: [String]
    public var registrationMarks: [RegistrationMark]
    public var checkboxes: [Checkbox]
    public var textFields: [TextField]
    public var combs: [Comb]
    public var printed: [PrintedText]

    enum CodingKeys: String, CodingKey {
        case form, title, municipality, language, identify, checkboxes, combs, printed
        case pageWidth = "page_width_mm", pageHeight = "page_height_mm", registrationMarks = "registration_marks"
        case textFields = "text_fields"
    }
}

/// Why a template or design file cannot be used.
public struct FormTemplateError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public var description: String { "form template \(file): \(reason)" }
}

extension FormTemplate {
    /// Makes a template from a design file (`forms/<code>.design.json`: every element with
    /// its box in millimetres).
    public init(design data: Data, file: String = "design") throws(FormTemplateError) {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let form = root["form"] as? String, let elements = root["elements"] as? [[String: Any]] else {
            throw FormTemplateError(file: file, reason: "not a design file (needs `form` and `elements`)")
        }
        func box(_ e: [String: Any]) -> Box? {
            guard let x = (e["x"] as? NSNumber)?.doubleValue, let y = (e["y"] as? NSNumber)?.doubleValue,
                  let w = (e["width"] as? NSNumber)?.doubleValue, let h = (e["height"] as? NSNumber)?.doubleValue else { return nil }
            return Box(x: x, y: y, width: w, height: h)
        }
        let page = root["page"] as? [String: Any]
        self.form = form
        title = root["title"] as? String ?? form
        municipality = root["municipality"] as? String ?? ""
        language = root["language"] as? String ?? ""
        pageWidth = (page?["width_mm"] as? NSNumber)?.doubleValue ?? 210
        pageHeight = (page?["height_mm"] as? NSNumber)?.doubleValue ?? 297
        registrationMarks = []
        checkboxes = []
        textFields = []
        combs = []
        printed = []
        for e in elements {
            guard let type = e["type"] as? String, let b = box(e) else { continue }
            let field = e["field"] as? String ?? ""
            let label = e["label"] as? String ?? ""
            switch type {
            case "registration_mark":
                registrationMarks.append(RegistrationMark(corner: e["corner"] as? String ?? "", box: b))
            case "checkbox":
                let value: String
                if let s = e["value"] as? String { value = s } else if let v = e["value"] as? Bool { value = v ? "true" : "false" } else { continue }
                checkboxes.append(Checkbox(field: field, value: value, label: label, box: b))
            case "text":
                textFields.append(TextField(field: field, label: label, multiline: false, box: b))
            case "multiline":
                textFields.append(TextField(field: field, label: label, multiline: true, box: b))
            case "comb":
                let format = e["format"] as? String ?? ""
                let cells = (e["cell_boxes"] as? [[String: Any]] ?? []).compactMap(box)
                let letters = format.filter { $0.isLetter }
                let digitsOnly = letters.allSatisfy { "NDMY".contains($0) }
                combs.append(Comb(field: field, label: label, format: format, cells: cells,
                                  characters: digitsOnly ? "0123456789" : ""))
            case "label":
                guard let text = e["text"] as? String, let role = e["role"] as? String,
                      ["title", "form_code", "municipality"].contains(role) else { continue }
                printed.append(PrintedText(text: text, role: role, box: b))
            default:
                continue
            }
        }
        identify = [form] + printed.filter { $0.role == "title" }.map(\.text)
        guard registrationMarks.count == 4 else {
            throw FormTemplateError(file: file, reason: "a form needs four registration marks, this one has \(registrationMarks.count)")
        }
    }

    /// Reads every template (`*.json`) in `directory`, sorted by form code.
    public static func load(directory: URL) throws(FormTemplateError) -> [FormTemplate] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var result: [FormTemplate] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let url = directory.appendingPathComponent(name)
            do {
                result.append(try JSONDecoder().decode(FormTemplate.self, from: Data(contentsOf: url)))
            } catch {
                throw FormTemplateError(file: url.path, reason: "cannot be read: \(error)")
            }
        }
        return result.sorted { $0.form < $1.form }
    }

    /// The template as pretty, stable JSON.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
