public import PostmottakCore

/// Guesses nb, nn, sv or en from common function words (a trained model comes later).
public struct LanguageGuesser: Sendable {
    public init() {}

    public func guess(_ text: String) -> (Language, String) {
        let words = TextNormalization.words(text).split(separator: " ")
        guard !words.isEmpty else { return (.other, "language: no words, other") }
        var scores: [Language: Int] = [:]
        for w in words {
            for (language, list) in Self.markers where list.contains(String(w)) { scores[language, default: 0] += 1 }
        }
        guard let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }),
              best.value >= 2 || (words.count < 6 && best.value >= 1)
        else { return (.other, "language: too few known function words, other") }
        return (best.key, "language: \(best.value) \(best.key.rawValue) function words")
    }

    static let markers: [Language: Set<String>] = [
        .nb: ["jeg", "ikke", "og", "det", "er", "har", "på", "til", "med", "av", "hva", "hvordan", "hvorfor", "dere", "vi",
              "meg", "min", "mitt", "mine", "kommunen", "veldig", "også", "noen", "hvis", "etter", "eller", "blir", "skal",
              "kan", "vil", "fra", "om", "når", "være", "hei", "takk", "mvh", "hilsen", "dette", "være", "bare", "fikk", "ble"],
        .nn: ["eg", "ikkje", "kva", "korleis", "kvifor", "dykk", "frå", "òg", "berre", "heile", "kommunen", "helsing",
              "me", "vere", "vore", "noko", "nokon", "dei", "fekk", "vart", "mykje", "sjølv", "korleis", "eit", "ein"],
        .sv: ["jag", "inte", "och", "det", "är", "har", "på", "till", "med", "av", "vad", "hur", "varför", "ni", "vi",
              "mig", "min", "mitt", "kommunen", "mycket", "också", "någon", "om", "eller", "blir", "ska", "kan", "vill",
              "från", "när", "hej", "tack", "hälsningar", "mvh", "detta", "bara", "fick", "blev", "vår", "inga", "ingen"],
        .en: ["i", "not", "and", "the", "is", "have", "on", "to", "with", "of", "what", "how", "why", "you", "we", "me",
              "my", "council", "very", "also", "some", "if", "after", "or", "will", "can", "would", "from", "when",
              "hello", "thanks", "regards", "this", "just", "please", "dear", "are", "was", "it"],
    ]
}
