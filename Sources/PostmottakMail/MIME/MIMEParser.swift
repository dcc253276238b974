public import Foundation
import CGMime
import PostmottakCore

/// Reads Internet messages with GMime. This file is the only place that touches GMime's
/// pointers; everything it returns is a Swift value.
public struct MIMEParser: Sendable {
    public let limits: MIMELimits

    public init(limits: MIMELimits = MIMELimits()) {
        self.limits = limits
    }

    /// Parses `bytes` into a `ParsedMessage`, or throws why they cannot be read.
    public func parse(_ bytes: Data) throws(MailParseError) -> ParsedMessage {
        try parse([UInt8](bytes))
    }

    /// Parses `bytes` into a `ParsedMessage`, or throws why they cannot be read.
    public func parse(_ bytes: [UInt8]) throws(MailParseError) -> ParsedMessage {
        let start = try MessagePrecheck.check(bytes)
        // The limits hold before GMime builds its tree, not only while it is walked: a message
        // of thousands of parts or boundaries is no citizen's submission, and a person looks.
        // The declared boundaries, found once for every check below.
        let delimiters = MessagePrecheck.boundaryDelimiters(bytes)
        let structure = MessagePrecheck.structure(bytes, delimiters: delimiters, limit: limits.maxParts * 2 + 2)
        if structure.delimiterLines > limits.maxParts * 2 + 2 || structure.boundaries > limits.maxParts {
            throw .unparseable("\(structure.delimiterLines) MIME boundary lines of \(structure.boundaries) boundaries, over the limit "
                + "of \(limits.maxParts) parts; not read")
        }
        // Repairs on a copy (the original is kept as it came), each noted as a defect:
        // - no blank line between a header section and its body: give GMime one, so the body
        //   is read as body (as Python's email does) rather than as broken header lines;
        // - a bare LF before a boundary in CRLF mail: give it its CR, so no content byte is
        //   taken for the line break.
        var inserts: [(at: Int, bytes: [UInt8])] = []
        var defects: [String] = []
        let separators = MessagePrecheck.missingSeparators(bytes, from: start, delimiters: delimiters)
        if !separators.isEmpty {
            for at in separators {
                let crlf = at >= 2 && bytes[at - 2] == 0x0D
                inserts.append((at, crlf ? [0x0D, 0x0A] : [0x0A]))
            }
            defects.append("no blank line between a header and its body (\(separators.count)x); one was assumed")
        }
        let bareLineFeeds = MessagePrecheck.bareLineFeedsBeforeDelimiters(bytes, from: start, delimiters: delimiters)
        if !bareLineFeeds.isEmpty {
            for at in bareLineFeeds { inserts.append((at, [0x0D])) }
            defects.append("a bare line feed before a MIME boundary in CRLF mail (\(bareLineFeeds.count)x); read as CRLF")
        }
        guard !inserts.isEmpty else { return try parseChecked(bytes, start: start) }
        inserts.sort { $0.at < $1.at }
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count + inserts.count * 2)
        var from = 0
        for insert in inserts {
            repaired.append(contentsOf: bytes[from..<insert.at])
            repaired.append(contentsOf: insert.bytes)
            from = insert.at
        }
        repaired.append(contentsOf: bytes[from...])
        var parsed = try parseChecked(repaired, start: start)
        parsed.defects.insert(contentsOf: defects, at: 0)
        return parsed
    }

    private func parseChecked(_ bytes: [UInt8], start: Int) throws(MailParseError) -> ParsedMessage {
        GMimeRuntime.ensureInitialized()
        let warnings = WarningCollector()
        let box = Unmanaged.passRetained(warnings)
        defer { box.release() }
        guard let options = pm_parser_options_new(WarningCollector.callback, box.toOpaque()) else {
            throw .unparseable("GMime could not allocate parser options")
        }
        defer { g_mime_parser_options_free(options) }

        let message: UnsafeMutablePointer<GMimeMessage>? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let body = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
            guard let stream = pm_stream_mem_new_with_buffer(body, buffer.count - start) else { return nil }
            defer { pm_object_unref(stream) }
            guard let parser = g_mime_parser_new_with_stream(stream) else { return nil }
            defer { pm_object_unref(parser) }
            g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE)
            return g_mime_parser_construct_message(parser, options)
        }
        guard let message else { throw .unparseable("GMime found no message in the bytes") }
        defer { pm_object_unref(message) }

        var walker = PartWalker(limits: limits, options: options)
        var parsed = walker.read(message: message, depth: 0)
        parsed.defects = warnings.descriptions + walker.defects
        if warnings.truncated || walker.truncated, bytes.last != 0x0A {
            throw .truncated("the message stops in the middle of a line"
                + (warnings.truncated ? " (a MIME part is not closed)" : ""))
        }
        return parsed
    }
}

/// GMime's global state, set up once per process.
enum GMimeRuntime {
    private static let initialized: Bool = {
        g_mime_init()
        return true
    }()

    static func ensureInitialized() { _ = initialized }

    /// GMime's version, for `postmottak doctor`.
    public static var version: String {
        "\(pm_gmime_major_version()).\(pm_gmime_minor_version()).\(pm_gmime_micro_version())"
    }
}

/// Collects the parser's warnings (called back from C during one parse).
private final class WarningCollector {
    var descriptions: [String] = []
    var truncated = false

    static let callback: GMimeParserWarningFunc = { offset, code, item, userData in
        guard let userData else { return }
        let collector = Unmanaged<WarningCollector>.fromOpaque(userData).takeUnretainedValue()
        collector.record(offset: offset, code: code, item: item.map { String(cString: $0) })
    }

    func record(offset: Int, code: GMimeParserWarning, item: String?) {
        let what: String
        switch code {
        case GMIME_WARN_DUPLICATED_HEADER: what = "repeated header"
        case GMIME_WARN_DUPLICATED_PARAMETER: what = "repeated header parameter"
        case GMIME_WARN_UNENCODED_8BIT_HEADER: what = "unencoded 8-bit bytes in a header"
        case GMIME_WARN_INVALID_CONTENT_TYPE: what = "invalid content type"
        case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE: what = "invalid RFC 2047 encoded word"
        case GMIME_WARN_MALFORMED_MULTIPART: what = "multipart without parts"
        case GMIME_WARN_TRUNCATED_MESSAGE: what = "missing closing boundary"; truncated = true
        case GMIME_WARN_MALFORMED_MESSAGE: what = "malformed message"
        case GMIME_CRIT_INVALID_HEADER_NAME: what = "invalid header name"
        case GMIME_CRIT_CONFLICTING_HEADER: what = "conflicting headers"
        case GMIME_CRIT_CONFLICTING_PARAMETER: what = "conflicting header parameters"
        case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY: what = "multipart without a boundary parameter"
        case GMIME_WARN_INVALID_PARAMETER: what = "invalid header parameter"
        case GMIME_WARN_INVALID_ADDRESS_LIST: what = "invalid address list"
        case GMIME_CRIT_NESTING_OVERFLOW: what = "MIME nesting too deep"
        case GMIME_WARN_PART_WITHOUT_CONTENT: what = "MIME part without content"
        case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT: what = "MIME part without headers or content"
        default: what = "parser warning \(code.rawValue)"
        }
        // Header names are safe to keep; header values may hold personal data, so they are not.
        let detail = item.map { $0.count <= 40 && !$0.contains(where: { $0.isNumber }) ? ": \($0)" : "" } ?? ""
        let entry = "\(what)\(detail) at byte \(offset)"
        if !descriptions.contains(entry), descriptions.count < 50 { descriptions.append(entry) }
    }
}

/// Walks a GMime object tree and collects text, attachments and defects.
private struct PartWalker {
    let limits: MIMELimits
    let options: OpaquePointer?
    var defects: [String] = []
    var truncated = false
    private var partCount = 0
    private var decodedBytes = 0
    /// How many attached messages the walk is inside.
    private var attachedMessageLevel = 0
    private var limitReported = Set<String>()

    init(limits: MIMELimits, options: OpaquePointer?) {
        self.limits = limits
        self.options = options
    }

    /// Collected text candidates of one message (not of messages attached to it).
    private struct TextParts {
        var plain: [String] = []
        var html: [String] = []
    }

    mutating func read(message: UnsafeMutablePointer<GMimeMessage>, depth: Int) -> ParsedMessage {
        guard let object = pm_message_as_object(message) else {
            return ParsedMessage(subject: nil, from: [], replyTo: [], to: [], cc: [], date: nil, messageID: nil, inReplyTo: [],
                                 references: [], text: "", newText: nil, textSource: .none, attachments: [], headers: [],
                                 contentType: "text/plain", reportedMessageID: nil, defects: ["not a message object"])
        }
        var parsed = ParsedMessage(
            subject: g_mime_message_get_subject(message).map { String(cString: $0) },
            from: Self.addresses(g_mime_message_get_from(message)),
            replyTo: Self.addresses(g_mime_message_get_reply_to(message)),
            to: Self.addresses(g_mime_message_get_to(message)),
            cc: Self.addresses(g_mime_message_get_cc(message)),
            date: g_mime_message_get_date(message).map { Date(timeIntervalSince1970: TimeInterval(g_date_time_to_unix($0))) },
            messageID: g_mime_message_get_message_id(message).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 },
            inReplyTo: references(header: "In-Reply-To", of: object),
            references: references(header: "References", of: object),
            text: "", newText: nil, textSource: .none, attachments: [], headers: Self.headers(of: object),
            contentType: "text/plain", reportedMessageID: nil, defects: [])

        // RFC 5322 allows one Subject; with several, read the first, as Python's email and most
        // mail programs do (GMime's own accessor keeps the last).
        if parsed.headers(named: "Subject").count > 1, let first = g_mime_object_get_header(object, "Subject") {
            let decoded = g_mime_utils_header_decode_text(options, first)
            parsed.subject = decoded.map { String(cString: $0) } ?? String(cString: first)
            if let decoded { g_free(decoded) }
        }

        guard let body = g_mime_message_get_mime_part(message) else { return parsed }
        parsed.contentType = Self.mimeType(of: body)
        var texts = TextParts()
        var forwarded: [ParsedMessage] = []
        walk(body, depth: depth + 1, inAlternative: false, texts: &texts, forwarded: &forwarded,
             attachments: &parsed.attachments, report: &parsed.reportedMessageID)

        var text: String
        if !texts.plain.isEmpty, texts.plain.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            text = texts.plain.joined(separator: "\n\n")
            parsed.textSource = .plain
        } else if !texts.html.isEmpty {
            text = texts.html.map(HTMLText.plainText(from:)).joined(separator: "\n\n")
            parsed.textSource = .html
        } else {
            text = texts.plain.joined(separator: "\n\n")
            parsed.textSource = texts.plain.isEmpty ? .none : .plain
        }
        for inner in forwarded {
            var lines = ["", "---------- Forwarded message ----------"]
            if let f = inner.from.first { lines.append("From: \(f)") }
            if let d = inner.date { lines.append("Date: \(ISO8601DateFormatter().string(from: d))") }
            if let s = inner.subject { lines.append("Subject: \(s)") }
            lines.append("")
            lines.append(inner.text)
            text += lines.joined(separator: "\n")
            if parsed.textSource == .none { parsed.textSource = inner.textSource }
        }
        parsed.text = text
        parsed.newText = ReplyText(text).authored
        return parsed
    }

    private mutating func walk(
        _ object: UnsafeMutablePointer<GMimeObject>, depth: Int, inAlternative: Bool,
        texts: inout TextParts, forwarded: inout [ParsedMessage], attachments: inout [MailAttachment],
        report: inout String?
    ) {
        guard depth <= limits.maxDepth else { noteLimit("MIME nesting deeper than \(limits.maxDepth) levels; deeper parts not read"); return }
        partCount += 1
        guard partCount <= limits.maxParts else { noteLimit("more than \(limits.maxParts) MIME parts; the rest not read"); return }
        var mime = Self.mimeType(of: object)

        if pm_is_multipart(object) != 0 {
            guard let multipart = pm_as_multipart(object) else { return }
            let count = g_mime_multipart_get_count(multipart)
            if count == 0 { defects.append("empty \(mime)") }
            let alternative = mime == "multipart/alternative"
            for i in 0..<max(count, 0) {
                guard let child = g_mime_multipart_get_part(multipart, i) else { continue }
                walk(child, depth: depth + 1, inAlternative: alternative, texts: &texts, forwarded: &forwarded,
                     attachments: &attachments, report: &report)
            }
            return
        }

        if pm_is_message_part(object) != 0 {
            guard let messagePart = pm_as_message_part(object), let inner = g_mime_message_part_get_message(messagePart) else { return }
            // Only the outermost attached message is kept as a file: the messages inside it
            // are in its bytes already (storing each level again grows with the square of
            // the depth). Its bytes count against the decoded-size limit like any part's.
            let outermost = attachedMessageLevel == 0
            attachedMessageLevel += 1
            var parsedInner = read(message: inner, depth: depth)
            attachedMessageLevel -= 1
            if mime == "message/rfc822" || mime == "message/global" {
                if report == nil, let id = parsedInner.messageID { report = id }
                attachments.append(contentsOf: parsedInner.attachments)
                parsedInner.attachments = []
                let disposition = Self.disposition(of: object)
                if outermost, let declared = Self.declaredFileName(of: object) {
                    let data = pm_message_as_object(inner).map(Self.serialized) ?? Data()
                    if decodedBytes + data.count <= limits.maxDecodedBytes {
                        decodedBytes += data.count
                        attachments.append(MailAttachment(
                            fileName: SafeFileName(declared, fallback: "message.eml"), declaredFileName: declared,
                            contentType: mime, contentID: nil, isInline: disposition == "inline", data: data))
                    } else {
                        noteLimit("decoded content over \(limits.maxDecodedBytes) bytes; larger parts not read")
                    }
                }
                forwarded.append(parsedInner)
            }
            return
        }

        guard pm_is_part(object) != 0, let part = pm_as_part(object) else { return }
        // `Content-Type: text` without a subtype (old mailers): GMime gives up and says
        // application/octet-stream; RFC 2045 §5.2 means text/plain.
        if mime == "application/octet-stream", let raw = g_mime_object_get_header(object, "Content-Type") {
            let type = String(cString: raw).lowercased().prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces)
            if type == "text" || type == "text/" { mime = "text/plain" }
        }
        let declared = g_mime_part_get_filename(part).map { String(cString: $0) }
        let disposition = Self.disposition(of: object)
        // As in Python's email: only `attachment` disposition makes a text part an attachment; a
        // non-text part with a file name is one either way.
        let isText = mime.hasPrefix("text/") && mime != "text/rfc822-headers" && mime != "text/calendar"
        let isAttachment = disposition == "attachment" || (declared != nil && !isText)

        if mime == "text/rfc822-headers" || mime == "message/rfc822-headers" {
            let headerText = decodeText(part, object: object)
            if report == nil { report = Self.messageID(inHeaderText: headerText) }
        }

        if !isAttachment, isText {
            let text = decodeText(part, object: object)
            if mime == "text/html" { texts.html.append(text) } else { texts.plain.append(text) }
            // An inline text part with a file name is kept as a file too.
            guard let declared else { return }
            attachments.append(MailAttachment(
                fileName: SafeFileName(declared, fallback: "attachment-\(attachments.count + 1).txt"), declaredFileName: declared,
                contentType: mime, contentID: g_mime_part_get_content_id(part).map { String(cString: $0) },
                isInline: true, data: Data(text.utf8)))
            return
        }
        let data = decodedContent(part)
        let index = attachments.count + 1
        attachments.append(MailAttachment(
            fileName: SafeFileName(declared, fallback: "attachment-\(index).\(FileExtension.forMIMEType(mime))"),
            declaredFileName: declared,
            contentType: mime,
            contentID: g_mime_part_get_content_id(part).map { String(cString: $0) },
            isInline: disposition == "inline",
            data: Data(data)))
    }

    private mutating func noteLimit(_ message: String) {
        if limitReported.insert(message).inserted { defects.append(message) }
    }

    // MARK: - Content

    private mutating func decodedContent(_ part: UnsafeMutablePointer<GMimePart>) -> [UInt8] {
        guard let wrapper = g_mime_part_get_content(part), let stream = g_mime_stream_mem_new() else { return [] }
        defer { pm_object_unref(stream) }
        let base64 = g_mime_data_wrapper_get_encoding(wrapper) == GMIME_CONTENT_ENCODING_BASE64
        if base64, let raw = g_mime_data_wrapper_get_stream(wrapper) {
            // The encoded bytes as they came; decoded below as Python's email decodes them.
            _ = g_mime_stream_reset(raw)
            _ = g_mime_stream_write_to_stream(raw, stream)
            _ = g_mime_stream_reset(raw)
        } else {
            _ = g_mime_data_wrapper_write_to_stream(wrapper, stream)
        }
        guard let array = pm_stream_mem_bytes(stream), let data = array.pointee.data else { return [] }
        let count = Int(array.pointee.len)
        // Base64 decodes to three quarters of its size: the limit is checked before decoding.
        guard decodedBytes + (base64 ? count / 4 * 3 : count) <= limits.maxDecodedBytes else {
            noteLimit("decoded content over \(limits.maxDecodedBytes) bytes; larger parts not read")
            return []
        }
        var bytes = Array(UnsafeBufferPointer(start: data, count: count))
        if base64 {
            let decoded = Base64Decoder.decode(bytes)
            bytes = decoded.bytes
            if let defect = decoded.defect, !defects.contains(defect) { defects.append(defect) }
        }
        decodedBytes += bytes.count
        return bytes
    }

    private mutating func decodeText(_ part: UnsafeMutablePointer<GMimePart>, object: UnsafeMutablePointer<GMimeObject>) -> String {
        let bytes = decodedContent(part)
        let ct = g_mime_object_get_content_type(object)
        let charset = ct.flatMap { g_mime_content_type_get_parameter($0, "charset") }.map { String(cString: $0) }
        let (text, defect) = Charsets.decode(bytes, declared: charset)
        if let defect, !defects.contains(defect) { defects.append(defect) }
        return text
    }

    private static func serialized(_ object: UnsafeMutablePointer<GMimeObject>) -> Data {
        guard let stream = g_mime_stream_mem_new() else { return Data() }
        defer { pm_object_unref(stream) }
        _ = g_mime_object_write_to_stream(object, nil, stream)
        guard let array = pm_stream_mem_bytes(stream), let data = array.pointee.data else { return Data() }
        return Data(bytes: data, count: Int(array.pointee.len))
    }

    // MARK: - Headers

    private func references(header: String, of object: UnsafeMutablePointer<GMimeObject>) -> [String] {
        guard let value = g_mime_object_get_header(object, header),
              let refs = g_mime_references_parse(options, value) else { return [] }
        defer { g_mime_references_free(refs) }
        return (0..<g_mime_references_length(refs)).compactMap { i in
            g_mime_references_get_message_id(refs, i).map { String(cString: $0) }
        }
    }

    private static func headers(of object: UnsafeMutablePointer<GMimeObject>) -> [MailHeader] {
        guard let list = g_mime_object_get_header_list(object) else { return [] }
        return (0..<g_mime_header_list_get_count(list)).compactMap { i in
            guard let h = g_mime_header_list_get_header_at(list, i), let name = g_mime_header_get_name(h) else { return nil }
            let value = g_mime_header_get_value(h).map { String(cString: $0) } ?? ""
            return MailHeader(name: String(cString: name), value: value.trimmingCharacters(in: .whitespaces))
        }
    }

    private static func addresses(_ list: UnsafeMutablePointer<InternetAddressList>?) -> [MailAddress] {
        guard let list else { return [] }
        var result: [MailAddress] = []
        for i in 0..<internet_address_list_length(list) {
            guard let address = internet_address_list_get_address(list, i) else { continue }
            if pm_address_is_mailbox(address) != 0, let mailbox = pm_as_mailbox(address) {
                let addr = internet_address_mailbox_get_addr(mailbox).map { String(cString: $0) } ?? ""
                let name = internet_address_get_name(address).map { String(cString: $0) }
                if !addr.isEmpty || name != nil {
                    result.append(MailAddress(name: name.flatMap { $0.isEmpty ? nil : $0 }, address: addr))
                }
            } else if pm_address_is_group(address) != 0, let group = pm_as_group(address) {
                result.append(contentsOf: addresses(internet_address_group_get_members(group)))
            }
        }
        return result
    }

    private static func mimeType(of object: UnsafeMutablePointer<GMimeObject>) -> String {
        guard let ct = g_mime_object_get_content_type(object) else { return "application/octet-stream" }
        let type = g_mime_content_type_get_media_type(ct).map { String(cString: $0) } ?? "application"
        let sub = g_mime_content_type_get_media_subtype(ct).map { String(cString: $0) } ?? "octet-stream"
        return "\(type)/\(sub)".lowercased()
    }

    private static func disposition(of object: UnsafeMutablePointer<GMimeObject>) -> String? {
        g_mime_object_get_disposition(object).map { String(cString: $0).lowercased() }
    }

    private static func declaredFileName(of object: UnsafeMutablePointer<GMimeObject>) -> String? {
        (g_mime_object_get_content_disposition_parameter(object, "filename")
            ?? g_mime_object_get_content_type_parameter(object, "name")).map { String(cString: $0) }
    }

    static func messageID(inHeaderText text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let lower = line.lowercased()
            guard lower.hasPrefix("message-id:") else { continue }
            let value = line.dropFirst("message-id:".count).trimmingCharacters(in: .whitespaces)
            return value.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
        }
        return nil
    }
}
