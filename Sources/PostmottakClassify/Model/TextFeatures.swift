import Foundation
import PostmottakCore

/// The features a text model sees: words and word pairs after normalisation (lower case,
/// punctuation removed, numbers folded to `0`), and character 3- to 5-grams inside each word
/// padded with spaces, which carry inflections and compounds across nb, nn, sv and en
/// (`søknaden`, `ansökan`, `barnehagen`, `förskolan`).
public enum TextFeatures {
    /// Feature counts of `text`.
    public static func of(_ text: String, words useWords: Bool = true, characters: ClosedRange<Int> = 3...5) -> [String: Int] {
        var counts: [String: Int] = [:]
        let tokens = TextNormalization.words(text).split(separator: " ").map { token -> String in
            token.allSatisfy(\.isNumber) ? "0" : String(token)
        }
        var previous: String?
        for token in tokens {
            if useWords {
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
        return counts
    }
}
