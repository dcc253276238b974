import PostmottakCore
import Foundation

/// One labelled character cut from a card: what trains and checks a `CellClassifier`.
public struct CellExample: Sendable {
    public var glyph: GlyphImage
    public var label: Character
    /// The card it came from: examples of one card stay on one side of a split.
    public var card: Int

    public init(glyph: GlyphImage, label: Character, card: Int) {
        self.glyph = glyph
        self.label = label
        self.card = card
    }
}

/// Trains a `CellClassifier`: plain stochastic gradient descent with momentum over log-loss,
/// a seeded shuffle and, each time an example is seen, a seeded change of its shape as
/// another hand would write it (turned, slanted, narrower or wider, moved, a thinner or
/// thicker pen; so that the same examples give the same model, bit for bit), then
/// temperature scaling fitted on a fifth of the cards that the network trained on the other
/// four fifths never saw.
public struct CellClassifierTrainer: Sendable {
    public var hidden = 96
    public var epochs = 14
    public var learningRate: Float = 0.002
    public var momentum: Float = 0.9
    public var l2: Float = 1e-5
    public var seed: UInt64 = 20_261_204

    public init() {}

    /// What the check on the held-back fifth measured.
    public struct Check: Sendable {
        public var examples: Int
        public var accuracy: Double
        public var temperature: Float
        /// Expected calibration error over ten bands of confidence, after scaling (per band,
        /// the share right against the mean confidence, weighted by the band's count).
        public var calibrationError: Double
        /// Per band of confidence: how many, and how many right.
        public var bands: [(low: Double, count: Int, right: Int)]
    }

    /// A model trained on every example, with the temperature and the check from the split:
    /// the network trained without the cards of `heldBack` is scaled to be calibrated on them.
    /// Cards of hands the network never saw (`heldBack` as whole fonts) give the temperature
    /// that holds for a new hand; nil holds back a fifth of the cards, hashed.
    public func train(_ examples: [CellExample], classes: [Character], version: String, heldBack: Set<Int>? = nil) -> (CellClassifier, Check) {
        let checkCards = heldBack ?? Set(examples.map(\.card).filter { Self.mix(UInt64($0) &+ seed) % 5 == 0 })
        let fit = examples.filter { !checkCards.contains($0.card) }
        let held = examples.filter { checkCards.contains($0.card) }
        let first = network(fit, classes: classes, version: version)
        let logits = held.map { first.logits($0.glyph.features) }
        let labels = held.map { classes.firstIndex(of: $0.label) ?? 0 }
        let temperature = Self.fitTemperature(logits: logits, labels: labels)
        var right = 0
        var bands = (0..<10).map { (low: Double($0) / 10, count: 0, right: 0) }
        var confidenceSums = [Double](repeating: 0, count: 10)
        var error = 0.0
        for (z, y) in zip(logits, labels) {
            let p = softmax(z, temperature: temperature)
            let top = p.indices.max { p[$0] != p[$1] ? p[$0] < p[$1] : $0 > $1 } ?? 0
            let band = min(9, Int(Double(p[top]) * 10))
            bands[band].count += 1
            confidenceSums[band] += Double(p[top])
            if top == y { right += 1; bands[band].right += 1 }
        }
        for (b, sum) in zip(bands, confidenceSums) where b.count > 0 {
            error += Double(b.count) / Double(max(1, held.count)) * abs(Double(b.right) / Double(b.count) - sum / Double(b.count))
        }
        let all = network(examples, classes: classes, version: version)
        let model = CellClassifier(classes: classes, version: version, hidden: all.hidden, inputs: all.inputs, w1: all.w1, b1: all.b1,
                                   w2: all.w2, b2: all.b2, temperature: temperature)
        return (model, Check(examples: held.count, accuracy: Double(right) / Double(max(1, held.count)), temperature: temperature,
                             calibrationError: error, bands: bands))
    }

    /// The network trained on `examples` (temperature 1).
    func network(_ examples: [CellExample], classes: [Character], version: String) -> CellClassifier {
        let n = GlyphImage.featureCount, hiddenCount = hidden, k = classes.count
        var random = SplitMix64(seed: seed)
        let scale1 = Float(sqrt(6.0 / Double(n))), scale2 = Float(sqrt(6.0 / Double(hiddenCount)))
        var w1 = (0..<(n * hiddenCount)).map { _ in (random.unit() * 2 - 1) * scale1 }
        var b1 = [Float](repeating: 0.01, count: hiddenCount)
        var w2 = (0..<(k * hiddenCount)).map { _ in (random.unit() * 2 - 1) * scale2 }
        var b2 = [Float](repeating: 0, count: k)
        var v1 = [Float](repeating: 0, count: w1.count), vb1 = [Float](repeating: 0, count: hiddenCount)
        var v2 = [Float](repeating: 0, count: w2.count), vb2 = [Float](repeating: 0, count: k)
        let labels = examples.map { classes.firstIndex(of: $0.label) ?? 0 }
        var order = Array(examples.indices)
        var x: [Float]
        var h = [Float](repeating: 0, count: hiddenCount)
        var dh = [Float](repeating: 0, count: hiddenCount)
        var z = [Float](repeating: 0, count: k)
        for epoch in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
            let rate = learningRate / (1 + Float(epoch) * 0.25)
            for index in order {
                let example = examples[index]
                x = Self.augmented(example.glyph, random: &random).features
                // Forward.
                w1.withUnsafeBufferPointer { wp in
                    for j in 0..<hiddenCount {
                        var s = b1[j]
                        let row = j * n
                        for i in 0..<n { s += wp[row + i] * x[i] }
                        h[j] = max(0, s)
                    }
                }
                for c in 0..<k {
                    var s = b2[c]
                    for j in 0..<hiddenCount { s += w2[c * hiddenCount + j] * h[j] }
                    z[c] = s
                }
                let p = softmax(z, temperature: 1)
                // Backward: the output's error, then the hidden layer's.
                for j in 0..<hiddenCount { dh[j] = 0 }
                for c in 0..<k {
                    let g = p[c] - (c == labels[index] ? 1 : 0)
                    for j in 0..<hiddenCount {
                        dh[j] += g * w2[c * hiddenCount + j]
                        let at = c * hiddenCount + j
                        v2[at] = momentum * v2[at] - rate * (g * h[j] + l2 * w2[at])
                        w2[at] += v2[at]
                    }
                    vb2[c] = momentum * vb2[c] - rate * g
                    b2[c] += vb2[c]
                }
                w1.withUnsafeMutableBufferPointer { wp in
                    v1.withUnsafeMutableBufferPointer { vp in
                        for j in 0..<hiddenCount where h[j] > 0 {
                            let g = dh[j]
                            let row = j * n
                            for i in 0..<n {
                                let at = row + i
                                vp[at] = momentum * vp[at] - rate * (g * x[i] + l2 * wp[at])
                                wp[at] += vp[at]
                            }
                            vb1[j] = momentum * vb1[j] - rate * g
                            b1[j] += vb1[j]
                        }
                    }
                }
            }
        }
        return CellClassifier(classes: classes, version: version, hidden: hiddenCount, inputs: n, w1: w1, b1: b1, w2: w2, b2: b2, temperature: 1)
    }

    /// The glyph as another hand might have written it: one in six as it is, the rest turned
    /// by up to 0.2 rad, slanted by up to 0.35, scaled 0.8 to 1.1 across and down apart,
    /// moved by up to 1.5 pixels, and one in four drawn with a thicker or a thinner pen.
    static func augmented(_ glyph: GlyphImage, random: inout SplitMix64) -> GlyphImage {
        let side = GlyphImage.side
        guard random.next() % 6 != 0 else { return glyph }
        func uniform(_ a: Float, _ b: Float) -> Float { a + (b - a) * random.unit() }
        let angle = uniform(-0.2, 0.2), shear = uniform(-0.35, 0.35)
        let sx = uniform(0.8, 1.1), sy = uniform(0.8, 1.1)
        let tx = uniform(-1.5, 1.5), ty = uniform(-1.5, 1.5)
        let pen = random.next() % 8
        // For each pixel of the new picture, where it comes from: the turn undone, then the
        // slant (x moves with y), then the scale.
        let c = Float(side - 1) / 2
        let cosA = cos(angle), sinA = sin(angle)
        var out = [Float](repeating: 0, count: side * side)
        for oy in 0..<side {
            for ox in 0..<side {
                let u = Float(ox) - c - tx, v = Float(oy) - c - ty
                let ru = cosA * u + sinA * v, rv = -sinA * u + cosA * v
                let su = (ru - shear * rv) / sx, sv = rv / sy
                out[oy * side + ox] = Self.sample(glyph.pixels, su + c, sv + c)
            }
        }
        if pen < 2 { out = Self.morphed(out, thicker: pen == 0) }
        return GlyphImage(pixels: out, aspect: glyph.aspect * sy / sx, relativeHeight: glyph.relativeHeight * sy)
    }

    /// The picture's value at a point between pixels (bilinear; paper outside).
    static func sample(_ pixels: [Float], _ x: Float, _ y: Float) -> Float {
        let side = GlyphImage.side
        guard x > -1, y > -1, x < Float(side), y < Float(side) else { return 0 }
        let x0 = Int(x.rounded(.down)), y0 = Int(y.rounded(.down))
        let fx = x - Float(x0), fy = y - Float(y0)
        func at(_ px: Int, _ py: Int) -> Float {
            px >= 0 && py >= 0 && px < side && py < side ? pixels[py * side + px] : 0
        }
        let top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
        let bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }

    /// The picture drawn with a thicker pen (each pixel the darkest of itself and its four
    /// neighbours, half-way) or a thinner one (the lightest, half-way).
    static func morphed(_ pixels: [Float], thicker: Bool) -> [Float] {
        let side = GlyphImage.side
        var out = pixels
        for y in 0..<side {
            for x in 0..<side {
                var m = pixels[y * side + x]
                for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                    let nx = x + dx, ny = y + dy
                    let v = nx >= 0 && ny >= 0 && nx < side && ny < side ? pixels[ny * side + nx] : 0
                    m = thicker ? max(m, v) : min(m, v)
                }
                out[y * side + x] = (pixels[y * side + x] + m) / 2
            }
        }
        return out
    }

    /// The temperature that minimises the log-loss of `logits` (golden-section search on 0.2…8).
    static func fitTemperature(logits: [[Float]], labels: [Int]) -> Float {
        guard !logits.isEmpty else { return 1 }
        func loss(_ t: Float) -> Double {
            var total = 0.0
            for (z, y) in zip(logits, labels) {
                let p = softmax(z, temperature: t)
                total -= log(Double(max(p[y], 1e-12)))
            }
            return total
        }
        var a: Float = 0.2, b: Float = 8
        let g: Float = 0.618_034
        for _ in 0..<40 {
            let c = b - g * (b - a), d = a + g * (b - a)
            if loss(c) < loss(d) { b = d } else { a = c }
        }
        return (a + b) / 2
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64 {
    /// A float in [0, 1).
    mutating func unit() -> Float {
        Float(next() >> 40) / Float(1 << 24)
    }
}
