import CTesseract
import Foundation

/// Leptonica's readers for the formats it decodes itself (TIFF, and the headers of the
/// others): headers without decoding, and one page at a time.
enum LeptonicaReader {
    /// The size one page's header declares.
    struct Header {
        var width: Int
        var height: Int
    }

    /// The width and height the file's header declares (any format Leptonica knows), or nil.
    static func header(of data: Data) -> Header? {
        data.withUnsafeBytes { raw -> Header? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            var w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, iscmap: Int32 = 0, fmt: Int32 = 0
            guard pixReadHeaderMem(base, raw.count, &fmt, &w, &h, &bps, &spp, &iscmap) == 0 else { return nil }
            return Header(width: Int(w), height: Int(h))
        }
    }

    /// The headers of a TIFF's pages, in order, none decoded; `each` sees every header as it
    /// is read and may stop the reading (a bomb) by throwing.
    static func tiffPageHeaders<E: Error>(of data: Data, each: (Int, Header) throws(E) -> Void) throws(E) -> [Header] {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<[Header], E> in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return .success([]) }
            var headers: [Header] = []
            var n: Int32 = 0
            while true {
                var w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, res: Int32 = 0, cmap: Int32 = 0, format: Int32 = 0
                guard readHeaderMemTiff(base, raw.count, n, &w, &h, &bps, &spp, &res, &cmap, &format) == 0 else { break }
                let header = Header(width: Int(w), height: Int(h))
                do throws(E) { try each(Int(n), header) } catch { return .failure(error) }
                headers.append(header)
                n += 1
            }
            return .success(headers)
        }
        return try result.get()
    }

    /// TIFF page `index` (from 0), decoded, when it decodes to `expected` (a lying header is a bomb).
    static func tiffPage(_ index: Int, of data: Data, expected: Header) -> PageImage? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> PageImage? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress, let pix = pixReadMemTiff(base, raw.count, Int32(index)) else { return nil }
            guard Int(pixGetWidth(pix)) == expected.width, Int(pixGetHeight(pix)) == expected.height else {
                var owned: UnsafeMutablePointer<Pix>? = pix
                pixDestroy(&owned)
                return nil
            }
            return PageImage(taking: pix)
        }
    }
}
