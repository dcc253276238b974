import Foundation
import PostmottakCore

/// The features a text model sees: words and word pairs after normalisation (lower case,
/// punctuation removed, numbers folded to `0`), and character 3- to 5-grams inside each word
/// padded with spaces, which carry inflections and compounds across nb, nn, sv and en
/// (`søknaden`, `ansökan`, `barnehagen`, `förskolan`).
public enum TextFeatures {
    /// Words that say which language a text is in, not what it is about: left out of the
    /// word features (they stay in the character n-grams). Question words are kept.
    static let stopWords: Set<String> = [
        "jeg", "eg", "jag", "i", "og", "och", "and", "det", "den", "de", "dei", "er", "är", "is", "are", "har", "have", "has",
        "på", "til", "till", "to", "med", "with", "av", "of", "the", "a", "an", "en", "et", "ett", "ein", "eit", "som", "that",
        "vi", "we", "me", "meg", "mig", "my", "min", "mitt", "mi", "mine", "oss", "our", "for", "för", "fra", "frå", "från",
        "from", "om", "if", "at", "att", "så", "so", "var", "was", "vart", "blev", "ble", "be", "been", "in", "on", "it", "this",
        "dette", "detta", "denne", "der", "där", "there", "seg", "sig", "sin", "sitt", "sine", "han", "hun", "ho", "hon", "he",
        "she", "they", "dere", "dykk", "de", "ni", "you", "your", "hei", "hej", "hi", "hello", "mvh", "hilsen", "helsing",
        "hälsningar", "regards", "dear",
    ]

    /// Besides the stop words, the words that carry no content at all (negations, auxiliaries,
    /// small words of time): a model that reads content only (sensitivity) sees none of them,
    /// in neither words, pairs nor character n-grams, so that "har inte hämtats på tre veckor"
    /// reads as what it is about and not as the way people tell a story.
    static let functionWords: Set<String> = stopWords.union([
        "inte", "ikke", "ikkje", "not", "no", "nei", "nej", "kan", "can", "could", "ska", "skal", "skall", "will", "would",
        "vil", "vill", "må", "måste", "must", "hadde", "hade", "had", "blir", "bli", "blitt", "blivit", "get", "got", "nå", "nu",
        "now", "also", "også", "òg", "ogso", "även", "också", "bare", "berre", "bara", "just", "only", "da", "då", "when", "når",
        "but", "men", "eller", "or", "etter", "efter", "after", "før", "innan", "before", "igjen", "igen", "again", "ut", "out",
        "opp", "upp", "up", "inn", "in", "ned", "down", "alle", "alla", "all", "noe", "noko", "något", "some", "any",
    ])

    /// Feature counts of `text`. With `contentOnly`, the function words are left out entirely.
    public static func of(_ text: String, words useWords: Bool = true, characters: ClosedRange<Int> = 3...5,
                          contentOnly: Bool = false) -> [String: Int] {
        var counts: [String: Int] = [:]
        let tokens = TextNormalization.words(text).split(separator: " ").map { token -> String in
            token.allSatisfy(\.isNumber) ? "0" : String(token)
        }.filter { !contentOnly || !functionWords.contains($0) }
        var previous: String?
        for token in tokens {
            if useWords, !stopWords.contains(token) {
                counts["w:" + token, default: 0] += 1
                if let previous { counts["b:" + previous + " " + token, default: 0] += 1 }
            }
            previous = token
            let padded = Array(" " + token + " ")
            for n in characters where padded.count >= n {
                for start in 0...(padded.count - n) {
                    counts["c:" + String(padded[start..<(start + n)]), default: 0] += 1
                }
            }
        }
        // A question mark and an exclamation mark say something about the kind (normalisation drops them).
        if useWords {
            if text.contains("?") { counts["p:?"] = 1 }
            if text.contains("!") { counts["p:!"] = 1 }
        }
        return counts
    }
}
