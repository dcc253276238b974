public import Foundation
public import PostmottakCore

/// One labelled example for training (a line of `Config/training/*.jsonl`).
public struct TrainingExample: Sendable, Codable, Equatable {
    public var subject: String?
    public var text: String
    public var kind: SubmissionKind
    public var formalType: FormalType?
    public var serviceArea: ServiceArea
    public var language: Language
    /// Whether the text holds an identity number or health or social-care details about a
    /// person (nil in examples written before this was labelled).
    public var sensitive: Bool?
    /// What makes the example worth having (a hard case), for the people who keep the data.
    public var note: String?

    public init(subject: String?, text: String, kind: SubmissionKind, formalType: FormalType? = nil,
                serviceArea: ServiceArea, language: Language, sensitive: Bool? = nil, note: String? = nil) {
        self.subject = subject
        self.text = text
        self.kind = kind
        self.formalType = formalType
        self.serviceArea = serviceArea
        self.language = language
        self.sensitive = sensitive
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case subject, text, kind, language, sensitive, note
        case formalType = "formal_type", serviceArea = "service_area"
    }

    /// The kind label the model learns: the kind, and for a formal matter its type.
    public var kindLabel: String { kind == .formal ? "formal/" + (formalType ?? .otherFormal).rawValue : kind.rawValue }

    /// Every `*.jsonl` file in `directory`, in name order; a bad line names its file and line.
    public static func load(directory: URL) throws -> [TrainingExample] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        let decoder = JSONDecoder()
        var examples: [TrainingExample] = []
        for file in files {
            let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent(file)), as: UTF8.self)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { continue }
                do {
                    examples.append(try decoder.decode(TrainingExample.self, from: Data(trimmed.utf8)))
                } catch {
                    throw TrainingError.badExample(file: file, line: n + 1, reason: "\(error)")
                }
            }
        }
        return examples
    }
}

/// Why training could not be done.
public enum TrainingError: Error, Sendable, CustomStringConvertible {
    case badExample(file: String, line: Int, reason: String)
    case tooFew(String)

    public var description: String {
        switch self {
        case .badExample(let file, let line, let reason): "\(file) line \(line) is not a training example: \(reason)"
        case .tooFew(let what): "too few examples: \(what)"
        }
    }
}
