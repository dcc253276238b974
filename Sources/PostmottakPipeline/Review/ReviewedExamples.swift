import Foundation
public import PostmottakClassify
import PostmottakCore
public import PostmottakStore

/// The decisions people made in review, as labelled examples: every message or card a
/// person checked (`review approve`), with the kind, formal type, service area, language and
/// sensitivity it ended with, and its text. `postmottak train --include-reviews` learns from
/// them beside `Config/training/`, so the corrections teach the model.
public enum ReviewedExamples {
    /// The examples of every item a person checked whose decision is final.
    public static func load(from store: Store) throws -> [TrainingExample] {
        let decided: [ItemStatus] = [.linked, .numbered, .routed, .dispatched, .done]
        return try store.items(in: decided).compactMap { item -> TrainingExample? in
            guard item.reviewState == .checkedByPerson, let kind = item.kind, kind.isSubmission,
                  let area = item.serviceArea, let language = item.language, let digest = item.textSha256 else { return nil }
            let text = String(decoding: try store.blobs.get(digest), as: UTF8.self)
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return TrainingExample(subject: item.subject, text: text, kind: kind, formalType: kind == .formal ? item.formalType : nil,
                                   serviceArea: area, language: language, sensitive: item.sensitive, note: "checked in review")
        }
    }
}
