import CPoppler
import CTesseract
public import Foundation

/// A scanned file read into pages: PNG, JPEG, TIFF (every page, Group 4 included) or PDF
/// (each page rendered; a page's text layer is kept when it has one).
public struct ScanDocument: @unchecked Sendable {
    /// The file's format.
    public enum Format: String, Sendable, Equatable {
        case png, jpeg, tiff, pdf
    }

    public let format: Format
    public let pages: [PageImage]
    /// Per page: the PDF's own text layer, when it has a useful one (nil for images).
    public let textLayers: [String?]

    /// Limits against hostile or absurd files.
    public struct Limits: Sendable {
        public var maxPages: Int
        public var maxPixelsPerPage: Int
        /// The resolution PDF pages are rendered at.
        public var pdfDPI: Double

        public init(maxPages: Int = 50, maxPixelsPerPage: Int = 80_000_000, pdfDPI: Double = 300) {
            self.maxPages = maxPages
            self.maxPixelsPerPage = maxPixelsPerPage
            self.pdfDPI = pdfDPI
        }
    }

    /// The format of `data`, from its first bytes, or nil.
    public static func format(of data: Data) -> Format? {
        let b = [UInt8](data.prefix(8))
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return .png }
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if b.starts(with: [0x49, 0x49, 0x2A, 0x00]) || b.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if b.starts(with: Array("%PDF-".utf8)) { return .pdf }
        return nil
    }

    /// Reads `data`, or throws why it cannot be read.
    public init(data: Data, limits: Limits = Limits()) throws(ScanError) {
        TesseractLibrary.quietLeptonica
        guard let format = Self.format(of: data) else {
            throw .unsupportedFormat(data.isEmpty ? "the file is empty" : "unknown file signature")
        }
        self.format = format
        switch format {
        case .pdf:
            (pages, textLayers) = try Self.readPDF(data, limits: limits)
        case .png, .jpeg, .tiff:
            pages = try Self.readRaster(data, format: format, limits: limits)
            textLayers = Array(repeating: nil, count: pages.count)
        }
        guard !pages.isEmpty else { throw .corrupt(format: format.rawValue, reason: "no page could be read") }
    }

    private static func readRaster(_ data: Data, format: Format, limits: Limits) throws(ScanError) -> [PageImage] {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<[PageImage], ScanError> in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return .failure(.unsupportedFormat("the file is empty")) }
            do throws(ScanError) {
                return .success(try decodeRaster(base, count: raw.count, format: format, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func decodeRaster(_ base: UnsafePointer<UInt8>, count: Int, format: Format, limits: Limits) throws(ScanError) -> [PageImage] {

            // The header first: refuse a bomb before decoding it.
            var w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, iscmap: Int32 = 0
            var fmt: Int32 = 0
            guard pixReadHeaderMem(base, count, &fmt, &w, &h, &bps, &spp, &iscmap) == 0 else {
                throw .corrupt(format: format.rawValue, reason: "its header cannot be read")
            }
            guard Int(w) * Int(h) <= limits.maxPixelsPerPage, w > 0, h > 0 else {
                throw .tooLarge("\(w) × \(h) pixels; at most \(limits.maxPixelsPerPage) per page")
            }
            if format == .tiff {
                // Page by page, each page's header checked before it is decoded.
                var pages: [PageImage] = []
                var n: Int32 = 0
                while true {
                    var pw: Int32 = 0, ph: Int32 = 0, pbps: Int32 = 0, pspp: Int32 = 0, pres: Int32 = 0, pcmap: Int32 = 0, pformat: Int32 = 0
                    guard readHeaderMemTiff(base, count, n, &pw, &ph, &pbps, &pspp, &pres, &pcmap, &pformat) == 0 else { break }
                    guard pages.count < limits.maxPages else { throw .tooLarge("more than \(limits.maxPages) pages") }
                    guard Int(pw) * Int(ph) <= limits.maxPixelsPerPage, pw > 0, ph > 0 else {
                        throw .tooLarge("page \(n + 1) is \(pw) × \(ph) pixels; at most \(limits.maxPixelsPerPage) per page")
                    }
                    guard let pix = pixReadMemTiff(base, count, n), let page = PageImage(taking: pix) else {
                        throw .corrupt(format: "tiff", reason: "page \(n + 1) cannot be decoded")
                    }
                    pages.append(page)
                    n += 1
                }
                return pages
            }
            guard let pix = pixReadMem(base, count) else {
                throw .corrupt(format: format.rawValue, reason: "the image data cannot be decoded")
            }
            guard let page = PageImage(taking: pix) else { throw .corrupt(format: format.rawValue, reason: "it cannot be converted to gray") }
            return [page]
    }

    private static func readPDF(_ data: Data, limits: Limits) throws(ScanError) -> ([PageImage], [String?]) {
        guard let bytes = data.withUnsafeBytes({ g_bytes_new($0.baseAddress, gsize($0.count)) }) else {
            throw .corrupt(format: "pdf", reason: "out of memory")
        }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            let reason = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unreadable"
            pm_g_error_free(error)
            throw .corrupt(format: "pdf", reason: reason)
        }
        defer { pm_g_object_unref(UnsafeMutableRawPointer(document)) }
        let count = Int(poppler_document_get_n_pages(document))
        guard count <= limits.maxPages else { throw .tooLarge("\(count) pages; at most \(limits.maxPages)") }
        var pages: [PageImage] = []
        var texts: [String?] = []
        for i in 0..<count {
            guard let page = poppler_document_get_page(document, Int32(i)) else {
                throw .corrupt(format: "pdf", reason: "page \(i + 1) cannot be read")
            }
            defer { pm_g_object_unref(UnsafeMutableRawPointer(page)) }
            var text: String?
            if let t = poppler_page_get_text(page) {
                let s = String(cString: t).trimmingCharacters(in: .whitespacesAndNewlines)
                pm_g_free(t)
                // A scanner's PDF carries no text; a typed PDF does. A few stray glyphs are not a text layer.
                if s.filter({ $0.isLetter }).count >= 20 { text = s }
            }
            var w: Int32 = 0, h: Int32 = 0
            guard let gray = pm_poppler_render_gray(page, limits.pdfDPI, Int32(clamping: limits.maxPixelsPerPage), &w, &h) else {
                throw .tooLarge("page \(i + 1) would be over \(limits.maxPixelsPerPage) pixels at \(Int(limits.pdfDPI)) dpi")
            }
            defer { free(gray) }
            guard let pix = pm_pix_from_gray(gray, w, h, Int32(limits.pdfDPI)), let image = PageImage(taking: pix) else {
                throw .corrupt(format: "pdf", reason: "page \(i + 1) cannot be converted")
            }
            pages.append(image)
            texts.append(text)
        }
        return (pages, texts)
    }
}
