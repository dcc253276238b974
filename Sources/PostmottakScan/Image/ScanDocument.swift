public import Foundation

/// A scanned file: PNG, JPEG, TIFF (every page, Group 4 included) or PDF (each page rendered;
/// a page's text layer is kept when it has one).
///
/// Opening a document reads only its headers: the pages, and each page's pixels, are
/// counted and held to the limits before a single page is decoded, so a decompression bomb
/// (a 17 KB TIFF of fifty 80-megapixel pages) is refused at a cost of kilobytes. Pages are
/// then decoded one at a time, on demand (``page(at:)``), and freed by the caller before the
/// next. A PDF is never parsed in this process: its page tree, its text and its pages are
/// read by poppler's tools in a child process under a deadline and a memory limit, because
/// poppler itself has no time-out.
public struct ScanDocument: Sendable {
    /// The file's format.
    public enum Format: String, Sendable, Equatable {
        case png, jpeg, tiff, pdf
    }

    /// A page's size in pixels, as its header (or, for PDF, its size at the render
    /// resolution) says, before anything is decoded.
    public struct PageSize: Sendable, Equatable {
        public var width: Int
        public var height: Int
        /// Width times height.
        public var pixels: Int { width * height }

        /// A size of `width` × `height` pixels.
        public init(width: Int, height: Int) {
            self.width = width
            self.height = height
        }
    }

    /// Limits against hostile or absurd files.
    public struct Limits: Sendable {
        /// The pages a document may have.
        public var maxPages: Int
        /// The pixels one page may decode to.
        public var maxPixelsPerPage: Int
        /// The pixels of every page together.
        public var maxDocumentPixels: Int
        /// The resolution PDF pages are rendered at.
        public var pdfDPI: Double
        /// Seconds a PDF page may take to render, and the whole text layer to be read.
        public var pageTimeBudget: TimeInterval
        /// Address space the renderer's child process may use.
        public var renderMemoryBytes: Int

        public init(maxPages: Int = 50, maxPixelsPerPage: Int = 80_000_000, maxDocumentPixels: Int = 400_000_000,
                    pdfDPI: Double = 300, pageTimeBudget: TimeInterval = 60, renderMemoryBytes: Int = 2 << 30) {
            self.maxPages = maxPages
            self.maxPixelsPerPage = maxPixelsPerPage
            self.maxDocumentPixels = maxDocumentPixels
            self.pdfDPI = pdfDPI
            self.pageTimeBudget = pageTimeBudget
            self.renderMemoryBytes = renderMemoryBytes
        }
    }

    /// The file's format, from its signature.
    public let format: Format
    /// Every page's size, from the headers.
    public let pageSizes: [PageSize]
    /// The limits the document was opened with.
    public let limits: Limits
    private let data: Data
    /// Per page: the PDF's own text layer, when it has a useful one (nil for images).
    private let textLayers: [String?]
    /// The PDF's renderer (nil for images).
    private let pdf: PDFTools?

    /// The number of pages.
    public var pageCount: Int { pageSizes.count }
    /// The pixels all pages decode to.
    public var totalPixels: Int { pageSizes.reduce(0) { $0 + $1.pixels } }

    /// The programs PDFs are read with (poppler-utils, util-linux), each with where it is
    /// installed, or nil when it is missing.
    public static var pdfPrograms: [(name: String, path: String?)] {
        PDFTools.programs.map { ($0, BoundedProcess.locate($0)) }
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

    /// Opens `data`: reads its headers and checks them against `limits`, or throws why the
    /// file cannot or may not be read. Nothing is decoded yet.
    public init(data: Data, limits: Limits = Limits()) throws(ScanError) {
        TesseractLibrary.quietLeptonica
        guard let format = Self.format(of: data) else {
            throw .unsupportedFormat(data.isEmpty ? "the file is empty" : "unknown file signature")
        }
        self.format = format
        self.data = data
        self.limits = limits
        let sizes: [PageSize]
        switch format {
        case .pdf:
            let tools = try PDFTools(data: data, limits: limits)
            sizes = try tools.pageSizes()
            textLayers = try tools.textLayers(pages: sizes.count)
            pdf = tools
        case .png, .jpeg, .tiff:
            sizes = try Self.rasterPageSizes(data, format: format, limits: limits)
            textLayers = Array(repeating: nil, count: sizes.count)
            pdf = nil
        }
        guard !sizes.isEmpty else { throw .corrupt(format: format.rawValue, reason: "no page could be read") }
        let total = sizes.reduce(0) { $0 + $1.pixels }
        guard total <= limits.maxDocumentPixels else {
            throw .tooLarge("\(sizes.count) page(s) of \(total) pixels in all; at most \(limits.maxDocumentPixels) per document")
        }
        pageSizes = sizes
    }

    /// Page `index`'s text layer (PDF), when it has a useful one.
    public func textLayer(at index: Int) -> String? {
        index < textLayers.count ? textLayers[index] : nil
    }

    /// Decodes page `index` (from 0). The caller keeps it only as long as it needs it.
    public func page(at index: Int) throws(ScanError) -> PageImage {
        guard index >= 0, index < pageCount else { throw .corrupt(format: format.rawValue, reason: "there is no page \(index + 1)") }
        switch format {
        case .pdf:
            guard let pdf else { throw .corrupt(format: "pdf", reason: "the PDF is not open") }
            return try pdf.render(page: index + 1, expected: pageSizes[index])
        case .png, .jpeg:
            let page = try ImageCodecs.decode(data, format: format, maxPixels: limits.maxPixelsPerPage).get()
            guard page.width == pageSizes[index].width, page.height == pageSizes[index].height else {
                throw .corrupt(format: format.rawValue, reason: "the image is not what its header says")
            }
            return page
        case .tiff:
            let expected = pageSizes[index]
            guard let page = LeptonicaReader.tiffPage(index, of: data, expected: .init(width: expected.width, height: expected.height)) else {
                throw .corrupt(format: format.rawValue, reason: "page \(index + 1) cannot be decoded, or is not what its header says")
            }
            return page
        }
    }

    /// Every page decoded at once: for small documents and tests (the pipeline reads page by page).
    public var pages: [PageImage] {
        get throws(ScanError) {
            var pages: [PageImage] = []
            for i in 0..<pageCount { pages.append(try page(at: i)) }
            return pages
        }
    }

    // MARK: - Headers

    private static func rasterPageSizes(_ data: Data, format: Format, limits: Limits) throws(ScanError) -> [PageSize] {
        if format == .png || format == .jpeg {
            let size = try ImageCodecs.size(of: data, format: format).get()
            guard size.width * size.height <= limits.maxPixelsPerPage else {
                throw .tooLarge("\(size.width) × \(size.height) pixels; at most \(limits.maxPixelsPerPage) per page")
            }
            return [PageSize(width: size.width, height: size.height)]
        }
        guard format == .tiff else {
            guard let header = LeptonicaReader.header(of: data) else { throw .corrupt(format: format.rawValue, reason: "its header cannot be read") }
            guard header.width > 0, header.height > 0 else {
                throw .corrupt(format: format.rawValue, reason: "its header says \(header.width) × \(header.height) pixels")
            }
            guard header.width * header.height <= limits.maxPixelsPerPage else {
                throw .tooLarge("\(header.width) × \(header.height) pixels; at most \(limits.maxPixelsPerPage) per page")
            }
            return [PageSize(width: header.width, height: header.height)]
        }
        guard LeptonicaReader.header(of: data) != nil else { throw .corrupt(format: format.rawValue, reason: "its header cannot be read") }
        // Every page's header, none decoded.
        var total = 0
        let headers = try LeptonicaReader.tiffPageHeaders(of: data) { (n: Int, page: LeptonicaReader.Header) throws(ScanError) in
            guard n < limits.maxPages else { throw .tooLarge("more than \(limits.maxPages) pages") }
            guard page.width > 0, page.height > 0 else { throw .corrupt(format: "tiff", reason: "page \(n + 1)'s header says \(page.width) × \(page.height) pixels") }
            guard page.width * page.height <= limits.maxPixelsPerPage else {
                throw .tooLarge("page \(n + 1) is \(page.width) × \(page.height) pixels; at most \(limits.maxPixelsPerPage) per page")
            }
            total += page.width * page.height
            guard total <= limits.maxDocumentPixels else {
                throw .tooLarge("over \(limits.maxDocumentPixels) pixels in the first \(n + 1) pages; at most that per document")
            }
        }
        return headers.map { PageSize(width: $0.width, height: $0.height) }
    }
}
