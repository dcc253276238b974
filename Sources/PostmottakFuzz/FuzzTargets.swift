import Foundation
import PostmottakCore
import PostmottakMail
import PostmottakScan

/// The code that reads what strangers send, one entry per fuzz target. Each takes any bytes
/// and must return (errors are fine; a trap, a hang or a runaway allocation is a finding).
enum FuzzTargets {
    static let names = ["mime", "html", "refs", "identity", "imap", "image", "document"]

    static func run(_ target: String, _ data: Data) {
        switch target {
        case "mime": mime(data)
        case "html": _ = HTMLText.plainText(from: String(decoding: data, as: UTF8.self))
        case "refs": refs(data)
        case "identity": identity(data)
        case "imap": imap(data)
        case "image": image(data)
        case "document": document(data)
        default: fatalError("unknown fuzz target \(target); one of \(names.joined(separator: ", "))")
        }
    }

    static let parser = MIMEParser(limits: MIMELimits(maxDepth: 16, maxParts: 200, maxDecodedBytes: 8 << 20))

    /// An attached document in each format the attachment reader knows (the first byte picks
    /// the format, so one corpus covers them all).
    static func document(_ data: Data) {
        guard let first = data.first else { return }
        let formats = AttachmentText.Format.allCases
        var limits = AttachmentText.Limits()
        limits.maxCharacters = 20_000
        _ = try? AttachmentText.read(data.dropFirst(), as: formats[Int(first) % formats.count], limits: limits)
    }

    static func mime(_ data: Data) {
        guard let message = try? parser.parse(data) else { return }
        _ = ReplyText(message.text)
        _ = message.attachments.map { $0.fileName.value }
    }

    static let scanner: ReferenceNumberScanner? = (try? ReferenceFormat(prefix: "FJV", sequenceDigits: 6)).map(ReferenceNumberScanner.init)

    static func refs(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard let scanner else { return }
        for match in scanner.matches(in: text) {
            // Every match, written out canonically, must be found again as itself.
            let again = scanner.matches(in: match.reference.formatted).map(\.reference)
            guard again == [match.reference] else {
                fatalError("the scanner found \(match.reference.formatted), which it does not read back")
            }
        }
    }

    static func identity(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let detector = IdentityNumberDetector()
        _ = detector.masked(text, context: .identifier)
        let masked = detector.masked(text)
        if !detector.matches(in: masked).isEmpty, !detector.matches(in: text).isEmpty {
            // Masking may not leave a number behind that was found before.
            let before = Set(detector.matches(in: text).map { String(text[$0.range]) })
            let after = Set(detector.matches(in: masked).map { String(masked[$0.range]) })
            if !before.isDisjoint(with: after) { fatalError("masking left an identity number in place") }
        }
    }

    static func imap(_ data: Data) {
        guard let responses = try? IMAPResponse.frames([UInt8](data), maxLiteral: 1 << 16) else { return }
        for response in responses {
            _ = response.kind
            _ = try? response.values()
        }
    }

    static let limits = ScanDocument.Limits(maxPages: 4, maxPixelsPerPage: 4_000_000, maxDocumentPixels: 8_000_000, pageTimeBudget: 5)

    static func image(_ data: Data) {
        // PDFs are read by child processes; the fuzzer looks at the raster formats.
        guard ScanDocument.format(of: data) != .pdf, let document = try? ScanDocument(data: data, limits: limits) else { return }
        for i in 0..<document.pageCount {
            guard let page = try? document.page(at: i) else { continue }
            _ = page.uprightQuarterTurns()
        }
    }
}
