import CTesseract
package import Foundation

/// Pictures made and encoded in memory by Leptonica, for the fuzzer's seed corpus and the
/// tests (which must not reach Leptonica themselves). Package access: not part of the API.
package enum ImageFixtures {
    /// How a fixture is encoded.
    package enum Encoding: Sendable {
        case png, jpeg
        /// Black and white, as PNG.
        case bitonalPNG
        /// Black and white, as TIFF with Group 4 compression.
        case bitonalG4TIFF
    }

    /// A white 8-bit page of `width` × `height` at 300 dpi, black where `ink` says.
    package static func page(width: Int, height: Int, ink: [PixelRect] = []) -> PageImage? {
        guard let gray = pixCreate(Int32(width), Int32(height), 8) else { return nil }
        pixSetAll(gray)
        for r in ink {
            for x in max(0, r.x)..<min(width, r.x + r.width) {
                for y in max(0, r.y)..<min(height, r.y + r.height) { pixSetPixel(gray, Int32(x), Int32(y), 0) }
            }
        }
        pixSetResolution(gray, 300, 300)
        return PageImage(taking: gray)
    }

    /// `page` encoded.
    package static func encode(_ page: PageImage, as encoding: Encoding) -> Data? {
        switch encoding {
        case .png: return write { pixWriteMem(&$0, &$1, page.pix, Int32(IFF_PNG)) }
        case .jpeg: return write { pixWriteMem(&$0, &$1, page.pix, Int32(IFF_JFIF_JPEG)) }
        case .bitonalPNG, .bitonalG4TIFF:
            guard let binary = pixConvertTo1(page.pix, 128) else { return nil }
            var owned: UnsafeMutablePointer<Pix>? = binary
            defer { pixDestroy(&owned) }
            let format = encoding == .bitonalPNG ? IFF_PNG : IFF_TIFF_G4
            return write { pixWriteMem(&$0, &$1, binary, Int32(format)) }
        }
    }

    /// `data` (any format Leptonica reads) decoded and encoded again.
    package static func reencode(_ data: Data, as encoding: Encoding) -> Data? {
        decoded(data).flatMap { encode($0, as: encoding) }
    }

    /// A bitonal Group 4 TIFF of `pages` copies of the picture in `data`, or of white
    /// `width` × `height` pages at 300 dpi when `data` is nil: a few bytes a page.
    package static func multipageG4(copiesOf data: Data? = nil, pages: Int, width: Int = 0, height: Int = 0) -> Data? {
        let binary: UnsafeMutablePointer<Pix>?
        if let data {
            guard let page = decoded(data) else { return nil }
            binary = pixConvertTo1(page.pix, 128)
        } else {
            binary = pixCreate(Int32(width), Int32(height), 1)
            if let binary { pixSetResolution(binary, 300, 300) }
        }
        guard let binary, let pixa = pixaCreate(Int32(pages)) else { return nil }
        var owned: UnsafeMutablePointer<Pix>? = binary
        defer { pixDestroy(&owned) }
        for _ in 0..<pages { pixaAddPix(pixa, binary, Int32(L_CLONE)) }
        var list: UnsafeMutablePointer<Pixa>? = pixa
        defer { pixaDestroy(&list) }
        return write { pixaWriteMemMultipageTiff(&$0, &$1, pixa) }
    }

    private static func decoded(_ data: Data) -> PageImage? {
        let pix = data.withUnsafeBytes { raw in pixReadMem(raw.bindMemory(to: UInt8.self).baseAddress, raw.count) }
        return pix.flatMap { PageImage(taking: $0) }
    }

    private static func write(_ body: (inout UnsafeMutablePointer<UInt8>?, inout Int) -> Int32) -> Data? {
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard body(&bytes, &size) == 0, let bytes else { return nil }
        defer { pm_lept_free(bytes) }
        return Data(bytes: bytes, count: size)
    }
}
