import Foundation
import PostmottakCore

/// Spam that the mail server let through (its score was low), recognised from evidence that
/// citizens' mail does not carry together: a failed sender check, an executable or archive
/// attachment, a sender that impersonates a brand, phishing or dunning language, a cold sales
/// pitch, a bulk sender's return path. Each signal weighs a little; only several together
/// (`threshold`) make a message spam, so one odd feature never throws a citizen's mail away.
struct SpamEvidence {
    static let threshold = 5

    struct Signal: Equatable {
        var weight: Int
        var what: String
    }

    func signals(_ m: ParsedMessage) -> [Signal] {
        var result: [Signal] = []
        // The topmost Authentication-Results is the receiving server's own; lower ones may be forged.
        let auth = (m.header("Authentication-Results") ?? "").lowercased()
        let receivedSPF = (m.header("Received-SPF") ?? "").lowercased()
        let spf = Self.result(of: "spf", in: auth) ?? receivedSPF.split(separator: " ").first.map(String.init)
        switch spf {
        case "fail", "hardfail": result.append(Signal(weight: 3, what: "SPF fail"))
        case "softfail": result.append(Signal(weight: 2, what: "SPF softfail"))
        case "neutral": result.append(Signal(weight: 1, what: "SPF neutral"))
        default: break
        }
        if Self.result(of: "dmarc", in: auth) == "fail" { result.append(Signal(weight: 3, what: "DMARC fail")) }

        let names = m.attachments.compactMap { ($0.declaredFileName ?? $0.fileName.value).lowercased() }
        if names.contains(where: { name in Self.executable.contains { name.hasSuffix($0) } }) {
            result.append(Signal(weight: 3, what: "an executable attachment"))
        } else if names.contains(where: { name in Self.archives.contains { name.hasSuffix($0) } }) {
            result.append(Signal(weight: 2, what: "an archive attachment"))
        }

        if let from = m.from.first {
            let display = (from.name ?? "").lowercased()
            let domain = from.address.lowercased().split(separator: "@").last.map(String.init) ?? ""
            for (brand, domains) in Self.brands where display.contains(brand) {
                if !domains.contains(where: { domain == $0 || domain.hasSuffix("." + $0) }) {
                    result.append(Signal(weight: 3, what: "the sender's name claims \(brand) from another domain"))
                    break
                }
            }
        }

        let text = ((m.subject ?? "") + "\n" + m.text.prefix(4000)).lowercased()
        if Self.phishing.contains(where: text.contains) { result.append(Signal(weight: 2, what: "account or payment pressure")) }
        if Self.pitch.filter(text.contains).count >= 2 { result.append(Signal(weight: 2, what: "a cold sales pitch")) }

        let returnPath = (m.header("Return-Path") ?? "").lowercased()
        if returnPath.contains("<bounce-") || returnPath.hasPrefix("bounce-") || returnPath.contains("<bounces+") {
            result.append(Signal(weight: 1, what: "a bulk sender's return path"))
        }
        return result
    }

    /// `spam(evidence:)` when the signals together reach the threshold.
    func assess(_ m: ParsedMessage) -> String? {
        let s = signals(m)
        let score = s.reduce(0) { $0 + $1.weight }
        guard score >= Self.threshold else { return nil }
        return "evidence score \(score): " + s.map(\.what).joined(separator: ", ")
    }

    /// `spf=softfail` → "softfail".
    static func result(of method: String, in header: String) -> String? {
        guard let range = header.range(of: method + "=") else { return nil }
        return String(header[range.upperBound...].prefix { $0.isLetter })
    }

    static let executable = [".exe", ".scr", ".js", ".jse", ".vbs", ".vbe", ".bat", ".cmd", ".com", ".pif", ".lnk", ".jar",
                             ".iso", ".img", ".hta", ".msi", ".ps1", ".wsf", ".docm", ".xlsm"]
    static let archives = [".zip", ".rar", ".7z", ".gz", ".tgz", ".cab", ".ace", ".arj"]
    static let brands: [(String, [String])] = [
        ("microsoft", ["microsoft.com", "office365.com", "microsoftonline.com", "outlook.com"]),
        ("office 365", ["microsoft.com", "office365.com"]), ("m365", ["microsoft.com"]),
        ("postnord", ["postnord.se", "postnord.no", "postnord.com"]), ("posten", ["posten.no", "bring.no", "posten.se"]),
        ("dhl", ["dhl.com", "dhl.no", "dhl.se", "dhl.de"]), ("bankid", ["bankid.no", "bankid.com"]),
        ("paypal", ["paypal.com"]), ("apple", ["apple.com"]), ("netflix", ["netflix.com"]),
        ("skatteetaten", ["skatteetaten.no"]), ("skatteverket", ["skatteverket.se"]), ("nav ", ["nav.no"]),
    ]
    static let phishing = [
        "password expires", "password will expire", "verify your account", "confirm your account", "account will be suspended",
        "passordet ditt utløper", "passordet for", "bekreft kontoen", "bekreft passordet", "kontoen din vil bli",
        "lösenordet", "verifiera ditt konto", "bekräfta ditt konto", "ditt konto kommer att",
        "forfalt faktura", "unngå inkasso", "betal innen", "förfallen faktura", "undvika inkasso", "overdue invoice",
        "your parcel could not", "pakken din kunne ikke", "ditt paket kunde inte", "tollavgift", "tullavgift",
    ]
    static let pitch = [
        "seo", "first page of google", "ranking", "more traffic", "15-minute call", "quick call", "affordable",
        "web design", "lead generation", "packages", "growth consultant", "unsubscribe", "limited offer", "special offer",
    ]
}
