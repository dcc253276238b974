import CTesseract

/// A 1-bit image (black ink on white) made from a page, for finding shapes such as a form's
/// registration marks. It owns its Leptonica `Pix`.
final class BinaryImage {
    private let pix: UnsafeMutablePointer<Pix>

    private init(taking pix: UnsafeMutablePointer<Pix>) {
        self.pix = pix
    }

    /// `page` with every pixel darker than `threshold` black.
    convenience init?(_ page: PageImage, threshold: Int) {
        guard let binary = pixConvertTo1(page.pix, Int32(threshold)) else { return nil }
        self.init(taking: binary)
    }

    deinit {
        var p: UnsafeMutablePointer<Pix>? = pix
        pixDestroy(&p)
    }

    var width: Int { Int(pixGetWidth(pix)) }
    var height: Int { Int(pixGetHeight(pix)) }

    /// The part in `rect` (which must lie on the image).
    func clipped(to rect: PixelRect) -> BinaryImage? {
        guard let box = boxCreate(Int32(rect.x), Int32(rect.y), Int32(rect.width), Int32(rect.height)) else { return nil }
        var owned: UnsafeMutablePointer<Box>? = box
        defer { boxDestroy(&owned) }
        guard let part = pixClipRectangle(pix, box, nil) else { return nil }
        return BinaryImage(taking: part)
    }

    /// A morphological closing with a `side` × `side` brick: fills gaps and dots in solid shapes.
    func closed(brick side: Int) -> BinaryImage? {
        guard let closed = pixCloseSafeBrick(nil, pix, Int32(side), Int32(side)) else { return nil }
        return BinaryImage(taking: closed)
    }

    /// The bounding boxes of the 8-connected shapes of ink.
    func componentBoxes() -> [PixelRect] {
        guard let components = pixConnCompBB(pix, 8) else { return [] }
        var boxa: UnsafeMutablePointer<Boxa>? = components
        defer { boxaDestroy(&boxa) }
        var boxes: [PixelRect] = []
        for i in 0..<boxaGetCount(components) {
            var x: Int32 = 0, y: Int32 = 0, w: Int32 = 0, h: Int32 = 0
            guard boxaGetBoxGeometry(components, i, &x, &y, &w, &h) == 0 else { continue }
            boxes.append(PixelRect(x: Int(x), y: Int(y), width: Int(w), height: Int(h)))
        }
        return boxes
    }

    /// How many pixels in `rect` are ink.
    func inkPixels(in rect: PixelRect) -> Int {
        guard let part = clipped(to: rect) else { return 0 }
        var count: Int32 = 0
        _ = pixCountPixels(part.pix, &count, nil)
        return Int(count)
    }
}
