import Foundation

/// Separates what the sender wrote now from what they quoted (earlier messages) and from
/// their signature, so that classification reads the new text. The full text is always kept
/// as well; this only decides where the sender's own words end.
public struct ReplyText: Sendable, Equatable {
    /// The sender's own new text.
    public var authored: String
    /// Quoted earlier messages (after an attribution line or `>` lines), or "".
    public var quoted: String
    /// The signature block, or "".
    public var signature: String

    /// Splits `text` (a message's readable text).
    public init(_ text: String) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        var cut = lines.count
        var quoteStart: Int?
        for (i, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if Self.isAttribution(trimmed, next: i + 1 < lines.count ? lines[i + 1] : "") || Self.isSeparator(trimmed) {
                quoteStart = i
                break
            }
            // A run of `>` lines (two or more, or one to the end) is quoted text.
            if trimmed.hasPrefix(">") {
                let rest = lines[i...].prefix(3)
                if rest.count == 1 || rest.filter({ $0.trimmingCharacters(in: .whitespaces).hasPrefix(">") }).count >= 2 {
                    quoteStart = i
                    break
                }
            }
        }
        if let quoteStart { cut = quoteStart }
        var own = Array(lines[..<cut])
        quoted = lines[cut...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)

        // The signature: after "-- ", or a mobile footer, or a closing phrase near the end.
        var signatureStart: Int?
        for (i, line) in own.enumerated().reversed() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line == "-- " || trimmed == "--" || trimmed == "—" { signatureStart = i; break }
        }
        if signatureStart == nil, let i = own.lastIndex(where: { Self.isMobileFooter($0) }) { signatureStart = i }
        if signatureStart == nil {
            let nonEmpty = own.indices.filter { !own[$0].trimmingCharacters(in: .whitespaces).isEmpty }
            // A closing phrase among the last lines, with only a short block (name, title, phone) after it.
            for i in nonEmpty.suffix(8).reversed() where Self.isClosing(own[i]) {
                if nonEmpty.filter({ $0 > i }).count <= 6, nonEmpty.first.map({ $0 < i }) ?? false { signatureStart = i }
                break
            }
        }
        if let s = signatureStart {
            signature = own[s...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            own = Array(own[..<s])
        } else {
            signature = ""
        }
        authored = own.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func isAttribution(_ line: String, next: String) -> Bool {
        let lower = line.lowercased()
        guard !lower.isEmpty, lower.count < 300 else { return false }
        let endsWithColon = lower.hasSuffix(":")
        // "On Mon, 3 Feb 2026 at 10:00, Kari <k@x> wrote:", "Den 3. feb. 2026 kl. 10:00 skrev Kari:", "Kari skrev:"
        let verbs = [" wrote:", " skrev:", " skreiv:", " schrieb:", " a écrit :", " kirjoitti:"]
        if endsWithColon, verbs.contains(where: { lower.hasSuffix($0) }) { return true }
        if endsWithColon, lower.contains(" skrev ") || lower.contains(" skreiv ") || lower.contains(" wrote ") {
            return lower.hasPrefix("den ") || lower.hasPrefix("on ") || lower.hasPrefix("tis") || lower.hasPrefix("man") || lower.contains("@")
        }
        // Outlook's header block of the quoted message.
        for field in ["from:", "fra:", "från:", "frå:", "von:"] where lower.hasPrefix(field) {
            let n = next.trimmingCharacters(in: .whitespaces).lowercased()
            return ["sent:", "sendt:", "skickat:", "date:", "dato:", "datum:", "gesendet:", "to:", "til:", "till:"].contains { n.hasPrefix($0) }
        }
        return false
    }

    static func isSeparator(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.count >= 20, lower.allSatisfy({ $0 == "_" }) { return true }
        let markers = ["-----original message-----", "-----opprinnelig melding-----", "-----ursprungligt meddelande-----",
                       "-----opphavleg melding-----", "---------- forwarded message", "---------- videresendt melding",
                       "---------- vidarebefordrat meddelande", "begin forwarded message:", "videresendt melding:"]
        return markers.contains { lower.hasPrefix($0) }
    }

    static func isMobileFooter(_ line: String) -> Bool {
        let lower = line.trimmingCharacters(in: .whitespaces).lowercased()
        let footers = ["sent from my iphone", "sent from my ipad", "sent from my android", "sent from outlook", "get outlook for",
                       "sendt fra min iphone", "sendt fra min ipad", "sendt fra min android", "hentet fra outlook", "sendt fra outlook",
                       "skickat från min iphone", "skickat från min ipad", "skickat från outlook", "hämta outlook för",
                       "sent from samsung", "sendt fra samsung", "skickat från samsung"]
        return footers.contains { lower.hasPrefix($0) }
    }

    static func isClosing(_ line: String) -> Bool {
        let lower = line.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.!"))
        let closings = ["med vennlig hilsen", "vennlig hilsen", "mvh", "hilsen", "beste hilsen", "med venleg helsing", "venleg helsing",
                        "helsing", "med vänliga hälsningar", "vänliga hälsningar", "med vänlig hälsning", "vänlig hälsning",
                        "hälsningar", "mvh", "best regards", "kind regards", "regards", "best wishes", "sincerely", "yours sincerely",
                        "thanks", "takk", "tack"]
        return closings.contains(lower) || closings.contains { lower.hasPrefix($0 + " ") && lower.count < $0.count + 30 }
    }
}
