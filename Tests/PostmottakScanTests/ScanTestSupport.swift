import CTesseract
import Foundation

/// ../shared beside the repository (the forms and samples), or nil: tests that need it skip.
enum Shared {
    static let root: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("forms").path) ? url : nil
    }()

    static func form(_ name: String) -> Data? {
        root.flatMap { try? Data(contentsOf: $0.appendingPathComponent("forms").appendingPathComponent(name)) }
    }

    static var skipReason: String { "../shared/forms is not present beside the repository; skipped" }
}

/// The repository's Config/forms.
let repositoryForms = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Config/forms")

/// Re-encodes an image (tests make their own JPEG and multi-page Group 4 TIFF from a PNG).
enum Encode {
    static func jpeg(fromPNG png: Data) -> Data? {
        withPix(png) { pix in write { pixWriteMem(&$0, &$1, pix, Int32(IFF_JFIF_JPEG)) } }
    }

    /// A TIFF of `pages` white bitonal pages of `width` × `height`, Group 4: a few bytes a page.
    static func whiteG4(pages: Int, width: Int, height: Int) -> Data? {
        guard let white = pixCreate(Int32(width), Int32(height), 1), let pixa = pixaCreate(Int32(pages)) else { return nil }
        var owned: UnsafeMutablePointer<Pix>? = white
        defer { pixDestroy(&owned) }
        pixSetResolution(white, 300, 300)
        for _ in 0..<pages { pixaAddPix(pixa, white, Int32(L_CLONE)) }
        var list: UnsafeMutablePointer<Pixa>? = pixa
        defer { pixaDestroy(&list) }
        return write { pixaWriteMemMultipageTiff(&$0, &$1, pixa) }
    }

    /// A TIFF of `pages` copies of the image, bitonal, Group 4.
    static func multipageG4(fromPNG png: Data, pages: Int) -> Data? {
        withPix(png) { pix in
            guard let binary = pixConvertTo1(pix, 128), let pixa = pixaCreate(Int32(pages)) else { return nil }
            for _ in 0..<pages { pixaAddPix(pixa, binary, Int32(L_COPY)) }
            var b: UnsafeMutablePointer<Pix>? = binary
            pixDestroy(&b)
            var a: UnsafeMutablePointer<Pixa>? = pixa
            defer { pixaDestroy(&a) }
            return write { pixaWriteMemMultipageTiff(&$0, &$1, pixa) }
        }
    }

    private static func withPix(_ data: Data, _ body: (UnsafeMutablePointer<Pix>) -> Data?) -> Data? {
        let pix = data.withUnsafeBytes { raw in pixReadMem(raw.bindMemory(to: UInt8.self).baseAddress, raw.count) }
        guard let pix else { return nil }
        var p: UnsafeMutablePointer<Pix>? = pix
        defer { pixDestroy(&p) }
        return body(pix)
    }

    private static func write(_ body: (inout UnsafeMutablePointer<UInt8>?, inout Int) -> Int32) -> Data? {
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard body(&bytes, &size) == 0, let bytes else { return nil }
        defer { pm_lept_free(bytes) }
        return Data(bytes: bytes, count: size)
    }
}
