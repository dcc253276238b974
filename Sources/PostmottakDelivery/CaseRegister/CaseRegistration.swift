public import Foundation
import PostmottakCore
public import PostmottakStore

/// What one submission becomes in a case register, whichever connector carries it: a case
/// file (or the existing case of a follow-up), one incoming registry entry, its sender and
/// one document per file (the original e-mail or scanned card first, then each attachment).
public struct CaseRegistration: Sendable, Equatable {
    /// A document of the registry entry.
    public struct Document: Sendable, Equatable {
        public var title: String
        /// The original (`H`, main document) or an attachment (`V`).
        public var isMain: Bool
        public var fileName: String
        public var mimeType: String
        /// PRONOM identifier (`fmt/950` for a MIME e-mail).
        public var format: String
        public var sha256: String
        public var size: Int64
    }

    /// The sender, as far as the submission says.
    public struct Sender: Sendable, Equatable {
        public var name: String
        public var email: String?
        public var phone: String?
        public var address: String?
        public var postalCode: String?
        public var city: String?
    }

    /// Restricted access for a sensitive submission.
    public struct Restriction: Sendable, Equatable {
        /// `tilgangsrestriksjon` code from the municipality's list (`XX` midlertidig sperret).
        public var code: String
        /// `skjermingshjemmel`, the legal basis.
        public var legalBasis: String

        public init(code: String, legalBasis: String) {
            self.code = code
            self.legalBasis = legalBasis
        }
    }

    public var itemID: Int64
    /// This submission's key in the register (its reference number; a follow-up's own key).
    public var key: String
    /// The case file's key: the reference number of the case.
    public var caseKey: String
    /// The item whose case file this entry joins (a follow-up or near duplicate), or nil.
    public var joinsCaseOf: Int64?
    public var caseTitle: String
    public var title: String
    /// The public title: names and numbers masked (set for a restricted submission).
    public var publicTitle: String?
    public var receivedAt: Date
    public var documentDate: Date
    public var sender: Sender?
    public var restriction: Restriction?
    public var documents: [Document]

    /// Builds the registration of `item` from the store.
    public static func make(item: IntakeItem, store: Store, restriction: Restriction) throws -> CaseRegistration {
        guard let id = item.id else { throw DeliveryError.permanent("the item has no id") }
        let caseKey = try ArchiveConnector.caseReference(of: item, store: store)
        // The numbered item whose case file this one joins (the end of its chain).
        var joinsCaseOf: Int64?
        if item.reference == nil, case .numbered(let root) = try store.caseRoot(of: item) { joinsCaseOf = root.id }
        let key = item.reference ?? "\(caseKey)-\(id)"
        let fields = item.fields
        let name = item.senderName ?? fields["name"].flatMap { $0.isEmpty ? nil : $0 }
        let email = item.replyTo ?? item.sender ?? fields["email"]
        var sender: Sender?
        if let display = name ?? email {
            sender = Sender(name: display, email: email, phone: fields["phone"], address: fields["address"],
                            postalCode: fields["postal_code"], city: fields["city"])
        }

        let subject = Self.subject(of: item)
        let title = name.map { "\(subject), \($0)" } ?? subject
        let sensitive = item.sensitive ?? false
        let publicTitle = sensitive ? Self.masked(title, names: [name, email].compactMap { $0 }) : nil

        var documents = [Self.original(of: item, key: key, subject: subject)]
        for attachment in try store.attachments(of: id) {
            documents.append(Document(
                title: attachment.fileName, isMain: false, fileName: attachment.fileName, mimeType: Self.mediaType(attachment.contentType),
                format: Self.pronom(attachment.contentType), sha256: attachment.sha256, size: attachment.size))
        }
        return CaseRegistration(
            itemID: id, key: key, caseKey: caseKey, joinsCaseOf: joinsCaseOf,
            caseTitle: sensitive ? (publicTitle ?? title) : title, title: title, publicTitle: publicTitle,
            receivedAt: item.receivedAt, documentDate: item.sentAt ?? item.receivedAt, sender: sender,
            restriction: sensitive ? restriction : nil, documents: documents)
    }

    /// The subject, or for a card without one its kind and area ("Avvik: veg og trafikk").
    static func subject(of item: IntakeItem) -> String {
        if let subject = item.subject?.trimmingCharacters(in: .whitespacesAndNewlines), !subject.isEmpty {
            return String(subject.prefix(250))
        }
        let kind = item.kind.map { $0.rawValue } ?? "submission"
        let area = item.serviceArea.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
        let what = item.channel == .scan ? "Paper card" : "Message"
        return "\(what): \(kind)" + (area.map { ", \($0)" } ?? "")
    }

    /// `text` with identity numbers, any other run of five or more digits, e-mail addresses
    /// and the given names (each word of them) replaced by `******`.
    public static func masked(_ text: String, names: [String]) -> String {
        var out = IdentityNumberDetector().masked(text)
        out = out.replacingOccurrences(of: #"[\w.+-]+@[\w-]+(\.[\w-]+)+"#, with: "******", options: .regularExpression)
        out = out.replacingOccurrences(of: #"\d[\d .-]{3,}\d"#, with: "******", options: .regularExpression)
        let words = names.flatMap { $0.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }) }
            .map(String.init).filter { $0.count >= 2 }
        for word in words.sorted(by: { $0.count > $1.count }) {
            let escaped = NSRegularExpression.escapedPattern(for: word)
            out = out.replacingOccurrences(of: "(?<![\\p{L}])\(escaped)(?![\\p{L}])", with: "******",
                                           options: [.regularExpression, .caseInsensitive])
        }
        while out.contains("****** ******") { out = out.replacingOccurrences(of: "****** ******", with: "******") }
        return out
    }

    static func original(of item: IntakeItem, key: String, subject: String) -> Document {
        switch item.channel {
        case .file, .imap:
            return Document(title: subject, isMain: true, fileName: "\(key).eml", mimeType: "message/rfc822", format: "fmt/950",
                            sha256: item.originalSha256, size: item.originalSize)
        case .scan:
            let ext = SafeFileName(item.source).pathExtension?.lowercased() ?? "bin"
            let type: String = switch ext {
            case "png": "image/png"
            case "jpg", "jpeg": "image/jpeg"
            case "tif", "tiff": "image/tiff"
            case "pdf": "application/pdf"
            default: "application/octet-stream"
            }
            return Document(title: subject, isMain: true, fileName: "\(key).\(ext.allSatisfy(\.isLetter) ? ext : "bin")",
                            mimeType: type, format: pronom(type), sha256: item.originalSha256, size: item.originalSize)
        }
    }

    /// The media type alone, lower-cased, without parameters ("text/plain; charset=…" → "text/plain").
    static func mediaType(_ contentType: String) -> String {
        let bare = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return bare.split(separator: "/").count == 2 ? bare : "application/octet-stream"
    }

    /// The PRONOM format of a media type (INTEGRATION.md §1 step 6). A PDF is not known to be
    /// PDF/A, so it is `av/0` (unknown) rather than a PDF/A identifier it may not deserve.
    static func pronom(_ contentType: String) -> String {
        switch mediaType(contentType) {
        case "message/rfc822": "fmt/950"
        case "image/tiff": "fmt/353"
        case "image/jpeg": "fmt/42"
        case "image/png": "fmt/13"
        case "text/plain": "x-fmt/111"
        case "application/xml", "text/xml": "fmt/101"
        default: "av/0"
        }
    }
}
