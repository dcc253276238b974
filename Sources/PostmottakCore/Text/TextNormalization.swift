/// Normalisation of free text for comparisons (duplicate detection, rule matching).
public enum TextNormalization {
    /// Lower-cased words of `text`, separated by single spaces, without punctuation.
    /// Letters such as æ, ø, å, ä, ö are kept as they are.
    public static func words(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
