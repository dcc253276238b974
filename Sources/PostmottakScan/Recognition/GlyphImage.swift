import CTesseract
import Foundation

/// One handwritten character as the cell classifier sees it: its ink, cut from the cell
/// without the printed border, scaled so that its longer side is `fit` pixels with its
/// shape kept, centred on a square of `side` × `side`. Each value is ink from 0 (paper)
/// to 1 (the page's ink), so a faded scan and a dark one look alike.
public struct GlyphImage: Sendable, Equatable {
    /// The square's side in pixels.
    public static let side = 28
    /// The longer side of the character's box once scaled.
    static let fit = 20

    /// `side` × `side` ink values, row by row.
    public var pixels: [Float]
    /// The character's box in the cell (height over width, before scaling): a `1` is tall
    /// and thin, and the scaled picture alone does not say how small it was written.
    public var aspect: Float
    /// The character's height over the cell's height.
    public var relativeHeight: Float

    public init(pixels: [Float], aspect: Float, relativeHeight: Float) {
        self.pixels = pixels
        self.aspect = aspect
        self.relativeHeight = relativeHeight
    }

    /// The classifier's input: the pixels, the directions of the strokes (`strokeDirections`),
    /// then the box's shape.
    public var features: [Float] {
        pixels + Self.strokeDirections(pixels) + [max(-2, min(2, log(max(aspect, 0.05)))), relativeHeight]
    }

    /// How many values `features` has.
    public static let featureCount = side * side + directionCells * directionCells * directions + 2

    /// Squares of `directionCell` pixels on a side, and the directions told apart in each.
    static let directionCell = 4, directions = 8
    static let directionCells = side / directionCell

    /// Per square of the picture, how much of its edge runs in each of eight directions
    /// (a histogram of oriented gradients, each vote split between the two nearest
    /// directions, square-rooted and scaled so the largest is 1). Pixels say where ink is;
    /// directions say how the stroke runs there, which varies less from one hand to another.
    static func strokeDirections(_ pixels: [Float]) -> [Float] {
        let cells = directionCells, bins = directions
        var histogram = [Float](repeating: 0, count: cells * cells * bins)
        func at(_ x: Int, _ y: Int) -> Float { x >= 0 && y >= 0 && x < side && y < side ? pixels[y * side + x] : 0 }
        let binWidth = 2 * Float.pi / Float(bins)
        for y in 0..<side {
            for x in 0..<side {
                let gx = at(x + 1, y) - at(x - 1, y), gy = at(x, y + 1) - at(x, y - 1)
                let magnitude = (gx * gx + gy * gy).squareRoot()
                guard magnitude > 1e-3 else { continue }
                let position = (atan2(gy, gx) + Float.pi) / binWidth - 0.5
                let low = Int(position.rounded(.down)), share = position - Float(low)
                let cell = ((y / directionCell) * cells + x / directionCell) * bins
                histogram[cell + ((low % bins) + bins) % bins] += magnitude * (1 - share)
                histogram[cell + ((low + 1) % bins + bins) % bins] += magnitude * share
            }
        }
        for i in histogram.indices { histogram[i] = histogram[i].squareRoot() }
        let largest = histogram.max() ?? 0
        if largest > 0 { for i in histogram.indices { histogram[i] /= largest } }
        return histogram
    }
}

extension PageImage {
    /// The character written in `cell` (a comb cell's rectangle), or nil when the cell holds
    /// no ink beyond specks and the remains of its printed border.
    /// Border lines darker than `borderThreshold` are whitened; `threshold` tells ink from
    /// paper; `ink` and `paper` are the page's levels (`inkAndPaper()`), given by the caller
    /// so every cell of a page is scaled alike.
    func glyph(in cell: PixelRect, borderThreshold: Int, threshold: Int, ink: Int, paper: Int) -> GlyphImage? {
        guard let clean = composed(cells: [cell], gap: 0, margin: 0, threshold: borderThreshold) else { return nil }
        let w = clean.width, h = clean.height
        guard w >= 4, h >= 4 else { return nil }
        var gray = [UInt8](repeating: 255, count: w * h)
        gray.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { pm_pix_copy_gray(clean.pix, 0, 0, Int32(w), Int32(h), base) }
        }
        return GlyphImage.normalised(gray: gray, width: w, height: h, dpi: dpi, threshold: threshold, ink: ink, paper: paper)
    }
}

extension GlyphImage {
    /// The glyph in a cell of `width` × `height` gray pixels at `dpi` (see `PageImage.glyph`).
    static func normalised(gray: [UInt8], width w: Int, height h: Int, dpi: Int, threshold: Int, ink: Int, paper: Int) -> GlyphImage? {
        let range = Float(max(16, paper - ink))
        var gray = gray
        whitenEdgeLines(&gray, width: w, height: h, threshold: threshold)
        var mask = [Bool](repeating: false, count: w * h)
        for i in 0..<(w * h) where Int(gray[i]) < threshold { mask[i] = true }
        let mm = Double(max(dpi, 50)) / 25.4
        let components = Self.components(mask, width: w, height: h)
        let minimumArea = max(4, Int((0.3 * mm) * (0.3 * mm)))
        let thin = max(2, Int((0.45 * mm).rounded()))
        var keep: [PixelRect] = []
        for c in components {
            guard c.area >= minimumArea else { continue }
            let box = c.box
            // What is left of a printed border: a thin line along an edge of the cell.
            let touchesSide = box.x == 0 || box.x + box.width >= w, touchesTop = box.y == 0 || box.y + box.height >= h
            if touchesSide, box.width <= thin, box.height * 2 >= h { continue }
            if touchesTop, box.height <= thin, box.width * 2 >= w { continue }
            keep.append(box)
        }
        guard !keep.isEmpty else { return nil }
        let x0 = keep.map(\.x).min() ?? 0, y0 = keep.map(\.y).min() ?? 0
        let x1 = keep.map { $0.x + $0.width }.max() ?? w, y1 = keep.map { $0.y + $0.height }.max() ?? h
        let bw = x1 - x0, bh = y1 - y0
        guard bw > 0, bh > 0 else { return nil }

        // Ink, 0…1, with what lies outside the kept box left as paper.
        func darkness(_ x: Int, _ y: Int) -> Float {
            guard x >= x0, y >= y0, x < x1, y < y1 else { return 0 }
            return min(1, max(0, Float(paper - Int(gray[y * w + x])) / range))
        }
        let scale = Float(fit) / Float(max(bw, bh))
        let tw = Float(bw) * scale, th = Float(bh) * scale
        let ox = (Float(side) - tw) / 2, oy = (Float(side) - th) / 2
        var pixels = [Float](repeating: 0, count: side * side)
        // Each target pixel is the mean of 3 × 3 bilinear samples of the source: a box
        // filter when shrinking, a smooth enlargement when the writing is small.
        let steps: [Float] = [1 / 6, 3 / 6, 5 / 6]
        for ty in 0..<side {
            for tx in 0..<side {
                var sum: Float = 0
                for sy in steps {
                    for sx in steps {
                        let u = (Float(tx) + sx - ox) / scale + Float(x0) - 0.5
                        let v = (Float(ty) + sy - oy) / scale + Float(y0) - 0.5
                        guard u > Float(x0) - 1, v > Float(y0) - 1, u < Float(x1), v < Float(y1) else { continue }
                        let fu = u.rounded(.down), fv = v.rounded(.down)
                        let ix = Int(fu), iy = Int(fv), ax = u - fu, ay = v - fv
                        let a = darkness(ix, iy), b = darkness(ix + 1, iy), c = darkness(ix, iy + 1), d = darkness(ix + 1, iy + 1)
                        sum += (a * (1 - ax) + b * ax) * (1 - ay) + (c * (1 - ax) + d * ax) * ay
                    }
                }
                pixels[ty * side + tx] = sum / 9
            }
        }
        return GlyphImage(pixels: pixels, aspect: Float(bh) / Float(bw), relativeHeight: Float(bh) / Float(h))
    }

    /// Whitens rows and columns along the cell's edges (up to a quarter in) that are seven
    /// tenths ink or more: the printed border, and what is left of it after the page's own cleaning.
    static func whitenEdgeLines(_ gray: inout [UInt8], width w: Int, height h: Int, threshold: Int) {
        func dark(_ x: Int, _ y: Int) -> Bool { Int(gray[y * w + x]) < threshold }
        for side in 0..<4 {
            let vertical = side < 2
            let limit = (vertical ? w : h) / 4, length = vertical ? h : w
            for k in 0..<limit {
                let line = vertical ? (side == 0 ? k : w - 1 - k) : (side == 2 ? k : h - 1 - k)
                var count = 0
                for j in 0..<length where vertical ? dark(line, j) : dark(j, line) { count += 1 }
                guard count * 10 >= length * 7 else { break }
                for j in 0..<length { gray[vertical ? j * w + line : line * w + j] = 255 }
            }
        }
    }

    struct Component {
        var box: PixelRect
        var area: Int
    }

    /// The 8-connected components of `mask`, in the order their first pixel is met.
    static func components(_ mask: [Bool], width w: Int, height h: Int) -> [Component] {
        var seen = [Bool](repeating: false, count: w * h)
        var result: [Component] = []
        var stack: [Int] = []
        for start in 0..<(w * h) where mask[start] && !seen[start] {
            seen[start] = true
            stack.append(start)
            var minX = w, minY = h, maxX = -1, maxY = -1, area = 0
            while let i = stack.popLast() {
                let x = i % w, y = i / w
                area += 1
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                for dy in -1...1 {
                    for dx in -1...1 where dx != 0 || dy != 0 {
                        let nx = x + dx, ny = y + dy
                        guard nx >= 0, ny >= 0, nx < w, ny < h else { continue }
                        let j = ny * w + nx
                        if mask[j], !seen[j] { seen[j] = true; stack.append(j) }
                    }
                }
            }
            result.append(Component(box: PixelRect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1), area: area))
        }
        return result
    }
}
