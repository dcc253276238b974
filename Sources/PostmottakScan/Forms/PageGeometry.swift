import Foundation

/// Where a form's millimetres are on a page: an affine map fitted to the registration marks
/// found on it (it absorbs scale, 200 or 300 dpi, shift and the skew left after deskewing).
public struct PageGeometry: Sendable, Equatable {
    /// x' = a·x + b·y + c, y' = d·x + e·y + f, millimetres to pixels.
    public var a: Double, b: Double, c: Double, d: Double, e: Double, f: Double
    /// How many of the four marks were found.
    public var marksFound: Int
    /// The largest distance, in millimetres, between a found mark and where the map puts it.
    public var residualMM: Double

    /// Pixels per millimetre along x.
    public var scale: Double { (a * a + d * d).squareRoot() }

    public func point(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        (a * x + b * y + c, d * x + e * y + f)
    }

    /// The pixel rectangle that holds `box` (millimetres), shrunk by `inset` millimetres on each side.
    public func rect(_ box: FormTemplate.Box, inset: Double = 0) -> PixelRect {
        let corners = [
            point(box.x + inset, box.y + inset), point(box.x + box.width - inset, box.y + inset),
            point(box.x + inset, box.y + box.height - inset), point(box.x + box.width - inset, box.y + box.height - inset),
        ]
        let xs = corners.map(\.x), ys = corners.map(\.y)
        let x0 = Int((xs.min() ?? 0).rounded()), y0 = Int((ys.min() ?? 0).rounded())
        return PixelRect(x: x0, y: y0, width: max(1, Int((xs.max() ?? 0).rounded()) - x0), height: max(1, Int((ys.max() ?? 0).rounded()) - y0))
    }

    /// Finds the template's registration marks on an upright page and fits the map; nil when
    /// fewer than three are found (the page is not this form, or the scan cut a corner off).
    public static func locate(_ template: FormTemplate, on page: PageImage) -> PageGeometry? {
        let pxPerMM = Double(page.width) / template.pageWidth
        guard let binary = BinaryImage(page, threshold: page.inkThreshold()) else { return nil }
        var pairs: [((Double, Double), (Double, Double))] = []
        for mark in template.registrationMarks {
            let expected = (x: (mark.box.x + mark.box.width / 2) * pxPerMM, y: (mark.box.y + mark.box.height / 2) * pxPerMM)
            let side = mark.box.width * pxPerMM
            // Search a generous window around where the mark should be.
            let window = PixelRect(x: Int(expected.x - side * 4), y: Int(expected.y - side * 4), width: Int(side * 8), height: Int(side * 8))
            if let found = findSquare(in: binary, window: window, side: side, near: expected) {
                pairs.append(((mark.box.x + mark.box.width / 2, mark.box.y + mark.box.height / 2), found))
            }
        }
        guard pairs.count >= 3, var geometry = fit(pairs) else { return nil }
        geometry.marksFound = pairs.count
        geometry.residualMM = pairs.map { p in
            let q = geometry.point(p.0.0, p.0.1)
            return ((q.x - p.1.0) * (q.x - p.1.0) + (q.y - p.1.1) * (q.y - p.1.1)).squareRoot() / geometry.scale
        }.max() ?? 0
        return geometry
    }

    /// The centre of the solid square of about `side` pixels in `window` nearest to `near`.
    private static func findSquare(in binary: BinaryImage, window: PixelRect, side: Double,
                                   near: (x: Double, y: Double)) -> (Double, Double)? {
        let x0 = max(0, window.x), y0 = max(0, window.y)
        let w = min(binary.width - x0, window.width - (x0 - window.x)), h = min(binary.height - y0, window.height - (y0 - window.y))
        guard w > 0, h > 0, let raw = binary.clipped(to: PixelRect(x: x0, y: y0, width: w, height: h)) else { return nil }
        // Closing fills a mark that a faded or halftoned scan printed as dots.
        guard let clip = raw.closed(brick: max(3, Int(side / 12))) else { return nil }
        var best: (Double, Double)?
        var bestDistance = Double.infinity
        for box in clip.componentBoxes() {
            let (fw, fh) = (Double(box.width), Double(box.height))
            guard fw >= side * 0.7, fw <= side * 1.35, fh >= side * 0.7, fh <= side * 1.35 else { continue }
            // Solid: nearly every pixel of its box is ink.
            guard Double(clip.inkPixels(in: box)) >= fw * fh * 0.8 else { continue }
            let center = (Double(x0) + Double(box.x) + fw / 2, Double(y0) + Double(box.y) + fh / 2)
            let distance = ((center.0 - near.x) * (center.0 - near.x) + (center.1 - near.y) * (center.1 - near.y)).squareRoot()
            if distance < bestDistance { best = center; bestDistance = distance }
        }
        return best
    }

    /// Least squares: the affine map taking each first point (mm) to its second (px).
    static func fit(_ pairs: [((Double, Double), (Double, Double))]) -> PageGeometry? {
        // Normal equations for [x y 1]·[a b c]ᵀ = x' (and likewise for y').
        var m = [[Double]](repeating: [0, 0, 0], count: 3)
        var rx = [0.0, 0.0, 0.0], ry = [0.0, 0.0, 0.0]
        for ((x, y), (px, py)) in pairs {
            let v = [x, y, 1.0]
            for i in 0..<3 {
                for j in 0..<3 { m[i][j] += v[i] * v[j] }
                rx[i] += v[i] * px
                ry[i] += v[i] * py
            }
        }
        guard let sx = solve3(m, rx), let sy = solve3(m, ry) else { return nil }
        return PageGeometry(a: sx[0], b: sx[1], c: sx[2], d: sy[0], e: sy[1], f: sy[2], marksFound: pairs.count, residualMM: 0)
    }

    /// Solves a 3×3 system by Cramer's rule; nil when it is singular.
    static func solve3(_ m: [[Double]], _ r: [Double]) -> [Double]? {
        func det(_ a: [[Double]]) -> Double {
            a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
        }
        let d = det(m)
        guard abs(d) > 1e-9 else { return nil }
        return (0..<3).map { k in
            var mk = m
            for i in 0..<3 { mk[i][k] = r[i] }
            return det(mk) / d
        }
    }
}
