import CTesseract
public import Foundation

/// One page of a scan, as an 8-bit grayscale image. It owns its Leptonica `Pix`, which never
/// leaves this module (only Tesseract's wrapper reads it). Immutable once made; every
/// operation returns a new page. Leptonica is called only from this folder.
// @unchecked: the Pix is never changed after init, and Leptonica's reads are thread-safe.
public final class PageImage: @unchecked Sendable {
    let pix: UnsafeMutablePointer<Pix>

    /// Takes ownership of `pix` (converted to 8-bit gray when it is not).
    init?(taking pix: UnsafeMutablePointer<Pix>, defaultDPI: Int = 300) {
        var owned: UnsafeMutablePointer<Pix>? = pix
        if pixGetDepth(pix) != 8 || pixGetColormap(pix) != nil {
            let gray = pixConvertTo8(pix, 0)
            pixDestroy(&owned)
            guard let gray else { return nil }
            owned = gray
        }
        guard let owned else { return nil }
        if pixGetXRes(owned) <= 0 { pixSetResolution(owned, Int32(defaultDPI), Int32(defaultDPI)) }
        self.pix = owned
    }

    deinit {
        var p: UnsafeMutablePointer<Pix>? = pix
        pixDestroy(&p)
    }

    /// A page of `width` × `height` 8-bit gray pixels (row by row, no padding) at `dpi`.
    convenience init?(gray: UnsafePointer<UInt8>, width: Int, height: Int, dpi: Int) {
        guard let pix = pm_pix_from_gray(gray, Int32(width), Int32(height), Int32(dpi)) else { return nil }
        self.init(taking: pix)
    }

    public var width: Int { Int(pixGetWidth(pix)) }
    public var height: Int { Int(pixGetHeight(pix)) }
    /// The resolution the file declares (300 when it declares none).
    public var dpi: Int { Int(pixGetXRes(pix)) }

    /// The page turned clockwise by `quarterTurns` × 90°.
    public func rotated(quarterTurns: Int) -> PageImage? {
        let q = ((quarterTurns % 4) + 4) % 4
        if q == 0 { return PageImage(taking: pixCopy(nil, pix)) }
        guard let turned = pixRotateOrth(pix, Int32(q)) else { return nil }
        return PageImage(taking: turned, defaultDPI: dpi)
    }

    /// The page scaled down (never up) to at most `maxWidth` pixels wide.
    public func scaled(toWidth maxWidth: Int) -> PageImage? {
        guard width > maxWidth, maxWidth > 0 else { return PageImage(taking: pixCopy(nil, pix), defaultDPI: dpi) }
        let factor = Float(maxWidth) / Float(width)
        guard let small = pixScale(pix, factor, factor) else { return nil }
        return PageImage(taking: small, defaultDPI: Int((Float(dpi) * factor).rounded()))
    }

    /// The page as PNG bytes (for review crops and the archive).
    public func pngData() -> Data? {
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard pixWriteMem(&bytes, &size, pix, Int32(IFF_PNG)) == 0, let bytes else { return nil }
        defer { pm_lept_free(bytes) }
        return Data(bytes: bytes, count: size)
    }

    /// The gray value (0 black … 255 white) at (x, y).
    public func gray(x: Int, y: Int) -> Int {
        guard x >= 0, y >= 0, x < width, y < height else { return 255 }
        return Int(pm_pix_gray_at(pix, Int32(x), Int32(y)))
    }
}

extension PageImage {
    /// Quarter turns clockwise that make the text upright (0 when unsure), found from the
    /// shapes of ascenders and descenders (Leptonica's orientation detector; no OCR needed).
    public func uprightQuarterTurns() -> Int {
        guard let binary = pixConvertTo1(pix, 128) else { return 0 }
        var b: UnsafeMutablePointer<Pix>? = binary
        defer { pixDestroy(&b) }
        var up: Float = 0, left: Float = 0
        guard pixOrientDetect(binary, &up, &left, 0, 0) == 0 else { return 0 }
        // Leptonica: up > 0 upright, up < 0 upside down; left > 0 turned left (90° counter-clockwise).
        let strong: Float = 2.5
        if abs(up) >= abs(left) {
            return up <= -strong ? 2 : 0
        }
        if left >= strong { return 1 }
        if left <= -strong { return 3 }
        return 0
    }

    /// The page with its small skew (a few degrees, from placing it on the scanner) removed.
    public func deskewed() -> PageImage {
        guard let straight = pixDeskew(pix, 0), let page = PageImage(taking: straight, defaultDPI: dpi) else { return self }
        return page
    }
}

extension PageImage {
    /// The share of pixels in `rect` darker than `threshold` (0…1).
    public func darkFraction(in rect: PixelRect, threshold: Int = 128) -> Double {
        let area = rect.width * rect.height
        guard area > 0 else { return 0 }
        return Double(pm_pix_count_dark(pix, Int32(rect.x), Int32(rect.y), Int32(rect.width), Int32(rect.height), Int32(threshold))) / Double(area)
    }
}

extension PageImage {
    /// A gray level halfway between this page's ink (its darkest 1 %) and its paper, so a
    /// faded scan and a dark one are binarised alike.
    public func inkThreshold() -> Int {
        let (ink, paper) = inkAndPaper()
        return max(40, min(230, (ink + paper) / 2))
    }

    /// A gray level just darker than the paper: a light pencil tick counts, paper noise does not.
    public func markThreshold() -> Int {
        let (ink, paper) = inkAndPaper()
        return max(40, min(235, paper - max(35, (paper - ink) / 4)))
    }

    /// The darkest 1 % and the level of 60 % of the pixels (the paper).
    func inkAndPaper() -> (ink: Int, paper: Int) {
        guard let numa = pixGetGrayHistogram(pix, 2) else { return (0, 255) }
        var owned: UnsafeMutablePointer<Numa>? = numa
        defer { numaDestroy(&owned) }
        var counts = [Double](repeating: 0, count: 256)
        var total = 0.0
        for i in 0..<min(256, Int(numaGetCount(numa))) {
            var v: Float = 0
            _ = numaGetFValue(numa, Int32(i), &v)
            counts[i] = Double(v)
            total += Double(v)
        }
        guard total > 0 else { return (0, 255) }
        func percentile(_ p: Double) -> Int {
            var acc = 0.0
            for (i, c) in counts.enumerated() {
                acc += c
                if acc >= total * p { return i }
            }
            return 255
        }
        return (percentile(0.01), percentile(0.60))
    }
}

extension PageImage {
    /// The part of the page in `rect` (for a reviewer's crop of one field).
    public func cropped(_ rect: PixelRect) -> PageImage? {
        guard let box = boxCreate(Int32(max(0, rect.x)), Int32(max(0, rect.y)), Int32(rect.width), Int32(rect.height)) else { return nil }
        var owned: UnsafeMutablePointer<Box>? = box
        defer { boxDestroy(&owned) }
        guard let part = pixClipRectangle(pix, box, nil) else { return nil }
        return PageImage(taking: part, defaultDPI: dpi)
    }
}

extension PageImage {
    /// A new image of the cells in `rects`, side by side on white, `gap` pixels apart with
    /// `margin` around, their printed borders whitened: a comb's characters as one clean line.
    func composed(cells rects: [PixelRect], gap: Int, margin: Int, threshold: Int) -> PageImage? {
        let flat = rects.flatMap { r -> [Int32] in
            let x = max(0, min(r.x, width - 1)), y = max(0, min(r.y, height - 1))
            return [Int32(x), Int32(y), Int32(max(1, min(r.width, width - x))), Int32(max(1, min(r.height, height - y)))]
        }
        guard !rects.isEmpty,
              let pix = flat.withUnsafeBufferPointer({ pm_pix_compose_cells(self.pix, $0.baseAddress, Int32(rects.count), Int32(gap), Int32(margin), Int32(threshold)) })
        else { return nil }
        return PageImage(taking: pix, defaultDPI: dpi)
    }
}
