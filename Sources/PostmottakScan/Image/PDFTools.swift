import Foundation

/// A PDF's text and page images, read by poppler's command-line tools in a child process
/// (``BoundedProcess``): `pdftotext` for the text layer, `pdftocairo` for a page's image. The
/// PDF is written once to a private temporary folder, removed with this value.
final class PDFTools: Sendable {
    private let limits: ScanDocument.Limits
    private let folder: URL
    private let file: URL

    init(data: Data, limits: ScanDocument.Limits) throws(ScanError) {
        self.limits = limits
        let base = FileManager.default.temporaryDirectory
        folder = base.appendingPathComponent("postmottak-pdf-\(UUID().uuidString)", isDirectory: true)
        file = folder.appendingPathComponent("document.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            try data.write(to: file)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw .ocr("the PDF cannot be written to a temporary file: \(error.localizedDescription); check free space in \(base.path)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The first `limit` bytes of a file a helper wrote, as text.
    private static func read(_ url: URL, limit: Int) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The programs PDFs are read with.
    static let programs = ["pdfinfo", "pdftotext", "pdftocairo", "prlimit"]

    private func tool(_ name: String) throws(ScanError) -> String {
        guard let path = BoundedProcess.locate(name) else {
            throw .ocr("\(name) is not installed; install poppler-utils")
        }
        return path
    }

    /// Every page's size in pixels at the limits' resolution, turned as the page's /Rotate
    /// says, read by `pdfinfo` in the child: no PDF is parsed in this process.
    func pageSizes() throws(ScanError) -> [ScanDocument.PageSize] {
        let out = folder.appendingPathComponent("info.txt")
        let run = BoundedProcess(deadline: limits.pageTimeBudget, memoryBytes: limits.renderMemoryBytes)
        let outcome = try run.run(try tool("pdfinfo"), ["-f", "1", "-l", String(limits.maxPages + 1), file.path], output: out)
        switch outcome {
        case .exited(0): break
        case .timedOut: throw .tooSlow("its page tree could not be read within \(Int(limits.pageTimeBudget)) s")
        case .signalled: throw .tooLarge("its page tree could not be read within the reader's memory and time limits")
        case .exited: throw .corrupt(format: "pdf", reason: "it is no PDF that poppler can open")
        }
        let text = Self.read(out, limit: 1 << 20)
        var count: Int?
        var points: [Int: (Double, Double)] = [:]
        var rotation: [Int: Int] = [:]
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " })
            if words.first == "Pages:", words.count >= 2 { count = Int(words[1]) }
            guard words.count >= 4, words[0] == "Page", let n = Int(words[1]) else { continue }
            if words[2] == "size:", words.count >= 6, let w = Double(words[3]), let h = Double(words[5]) { points[n] = (w, h) }
            if words[2] == "rot:", let r = Int(words[3]) { rotation[n] = ((r % 360) + 360) % 360 }
        }
        guard let count, count > 0 else { throw .corrupt(format: "pdf", reason: "it has no pages") }
        guard count <= limits.maxPages else { throw .tooLarge("\(count) pages; at most \(limits.maxPages)") }
        let scale = limits.pdfDPI / 72
        var sizes: [ScanDocument.PageSize] = []
        var total = 0
        for n in 1...count {
            guard let (wPt, hPt) = points[n] else { throw .corrupt(format: "pdf", reason: "page \(n) has no size") }
            let turned = rotation[n] == 90 || rotation[n] == 270
            let w = (turned ? hPt : wPt) * scale, h = (turned ? wPt : hPt) * scale
            guard w.isFinite, h.isFinite, w >= 1, h >= 1 else { throw .corrupt(format: "pdf", reason: "page \(n) has no size") }
            guard w * h <= Double(limits.maxPixelsPerPage) else {
                throw .tooLarge("page \(n) would be over \(limits.maxPixelsPerPage) pixels at \(Int(limits.pdfDPI)) dpi")
            }
            let size = ScanDocument.PageSize(width: Int(w.rounded()), height: Int(h.rounded()))
            total += size.pixels
            guard total <= limits.maxDocumentPixels else {
                throw .tooLarge("over \(limits.maxDocumentPixels) pixels in the first \(n) pages at \(Int(limits.pdfDPI)) dpi; at most that per document")
            }
            sizes.append(size)
        }
        return sizes
    }

    /// Per page, its text layer when it has a useful one: a scanner's PDF carries no text, a
    /// typed PDF does, and a few stray glyphs are no text layer.
    func textLayers(pages: Int) throws(ScanError) -> [String?] {
        let out = folder.appendingPathComponent("text.txt")
        let run = BoundedProcess(deadline: limits.pageTimeBudget, memoryBytes: limits.renderMemoryBytes)
        let outcome = try run.run(try tool("pdftotext"), ["-q", "-enc", "UTF-8", "-l", String(pages), file.path, out.path])
        switch outcome {
        case .exited(0): break
        case .timedOut: throw .tooSlow("its text could not be read within \(Int(limits.pageTimeBudget)) s")
        case .signalled, .exited: return Array(repeating: nil, count: pages)  // no usable text; the pages are rendered
        }
        // At most 16 MiB of text is read back (a typed letter is kilobytes).
        let text = Self.read(out, limit: 16 << 20)
        var layers: [String?] = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(pages).map { page in
            let s = page.trimmingCharacters(in: .whitespacesAndNewlines)
            return s.filter({ $0.isLetter }).count >= 20 ? s : nil
        }
        while layers.count < pages { layers.append(nil) }
        return layers
    }

    /// Page `number` (from 1) rendered in gray at the limits' resolution, by cairo (as
    /// poppler-glib once rendered it in-process: the same anti-aliasing and resampling).
    func render(page number: Int, expected: ScanDocument.PageSize) throws(ScanError) -> PageImage {
        let root = folder.appendingPathComponent("page-\(number)")
        let image = folder.appendingPathComponent("page-\(number).png")
        defer { try? FileManager.default.removeItem(at: image) }
        let run = BoundedProcess(deadline: limits.pageTimeBudget, memoryBytes: limits.renderMemoryBytes)
        let dpi = String(Int(limits.pdfDPI.rounded()))
        let outcome = try run.run(try tool("pdftocairo"), [
            "-q", "-png", "-gray", "-r", dpi, "-f", String(number), "-l", String(number), "-singlefile", file.path, root.path,
        ])
        switch outcome {
        case .exited(0): break
        case .timedOut: throw .tooSlow("page \(number) did not render within \(Int(limits.pageTimeBudget)) s")
        case .signalled(let signal):
            throw .tooLarge("page \(number) could not be rendered within the renderer's memory and time limits (signal \(signal))")
        case .exited(let status): throw .corrupt(format: "pdf", reason: "page \(number) cannot be rendered (pdftocairo exit \(status))")
        }
        guard let data = FileManager.default.contents(atPath: image.path) else {
            throw .corrupt(format: "pdf", reason: "page \(number) cannot be rendered")
        }
        let page = try ImageCodecs.decode(data, format: .png, maxPixels: limits.maxPixelsPerPage, dpi: Int32(dpi) ?? 300).get()
        guard abs(page.width - expected.width) <= 2, abs(page.height - expected.height) <= 2 else {
            throw .corrupt(format: "pdf", reason: "page \(number) rendered to another size than its page box")
        }
        return page
    }
}
