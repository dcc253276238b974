public import Foundation

/// Reads one handwritten character in a comb cell: a small neural network (one hidden layer
/// of rectified units, a softmax over `classes`) over a `GlyphImage`, trained by
/// `postmottak-dev train-ocr` on cards the project renders from handwriting fonts. Its
/// probabilities are calibrated (temperature fitted on cards it was not trained on), so
/// 0.99 means right 99 times in 100 on such cards. Immutable; the same input gives the
/// same bits in every process (sums in a fixed order, ties to the first class).
public struct CellClassifier: Sendable {
    /// The characters it tells apart, in the order of its outputs.
    public let classes: [Character]
    /// The model's version, named in a reading's reason and in `explain`.
    public let version: String
    let hidden: Int
    let inputs: Int
    /// `hidden` × `inputs`, row by row, then `hidden` biases.
    let w1: [Float]
    let b1: [Float]
    /// `classes.count` × `hidden`, then `classes.count` biases.
    let w2: [Float]
    let b2: [Float]
    /// Logits are divided by this before the softmax.
    public let temperature: Float

    init(classes: [Character], version: String, hidden: Int, inputs: Int, w1: [Float], b1: [Float], w2: [Float], b2: [Float], temperature: Float) {
        self.classes = classes
        self.version = version
        self.hidden = hidden
        self.inputs = inputs
        self.w1 = w1
        self.b1 = b1
        self.w2 = w2
        self.b2 = b2
        self.temperature = temperature
    }

    /// One class and its probability.
    public struct Guess: Sendable, Equatable {
        public var character: Character
        public var probability: Double
    }

    /// Every class with its probability, most likely first (ties in class order).
    public func classify(_ glyph: GlyphImage) -> [Guess] {
        let p = probabilities(glyph.features)
        return zip(classes, p).enumerated()
            .sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
            .map { Guess(character: $0.element.0, probability: Double($0.element.1)) }
    }

    /// The most likely class.
    public func best(_ glyph: GlyphImage) -> Guess {
        classify(glyph).first ?? Guess(character: "?", probability: 0)
    }

    func probabilities(_ x: [Float]) -> [Float] {
        softmax(logits(x), temperature: temperature)
    }

    func logits(_ x: [Float]) -> [Float] {
        var h = [Float](repeating: 0, count: hidden)
        x.withUnsafeBufferPointer { xp in
            w1.withUnsafeBufferPointer { wp in
                for j in 0..<hidden {
                    var s = b1[j]
                    let row = j * inputs
                    for i in 0..<min(inputs, xp.count) { s += wp[row + i] * xp[i] }
                    h[j] = max(0, s)
                }
            }
        }
        var out = [Float](repeating: 0, count: classes.count)
        for k in 0..<classes.count {
            var s = b2[k]
            for j in 0..<hidden { s += w2[k * hidden + j] * h[j] }
            out[k] = s
        }
        return out
    }
}

/// The softmax of `logits / temperature`.
func softmax(_ logits: [Float], temperature: Float) -> [Float] {
    let t = max(temperature, 1e-3)
    let top = logits.max() ?? 0
    let e = logits.map { exp(($0 - top) / t) }
    let sum = e.reduce(0, +)
    return e.map { $0 / max(sum, 1e-30) }
}

extension CellClassifier {
    /// The model file: JSON with the weights as base64 of little-endian 32-bit floats.
    struct File: Codable {
        var format: String
        var version: String
        var classes: String
        var inputs: Int
        var hidden: Int
        var temperature: Float
        var w1: String
        var b1: String
        var w2: String
        var b2: String
        /// How it was trained and how it scored, for a person reading the file.
        var notes: [String: String]?
    }

    static let format = "postmottak-cell-classifier-1"

    /// Reads a model file written by `encoded()`.
    public init(contentsOf url: URL) throws(CellClassifierError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: url.path, reason: error.localizedDescription) }
        try self.init(data: data, path: url.path)
    }

    init(data: Data, path: String) throws(CellClassifierError) {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch { throw .unreadable(path: path, reason: "\(error)") }
        guard file.format == Self.format else { throw .unreadable(path: path, reason: "format \(file.format), expected \(Self.format)") }
        let classes = Array(file.classes)
        guard let w1 = Self.floats(file.w1), let b1 = Self.floats(file.b1), let w2 = Self.floats(file.w2), let b2 = Self.floats(file.b2),
              !classes.isEmpty, file.inputs > 0, file.hidden > 0,
              w1.count == file.inputs * file.hidden, b1.count == file.hidden, w2.count == classes.count * file.hidden, b2.count == classes.count,
              file.temperature > 0
        else { throw .unreadable(path: path, reason: "the weights do not match the model's sizes") }
        self.init(classes: classes, version: file.version, hidden: file.hidden, inputs: file.inputs, w1: w1, b1: b1, w2: w2, b2: b2,
                  temperature: file.temperature)
    }

    /// The model as its file's bytes (sorted keys: the same model gives the same bytes).
    public func encoded(notes: [String: String] = [:]) throws -> Data {
        let file = File(format: Self.format, version: version, classes: String(classes), inputs: inputs, hidden: hidden, temperature: temperature,
                        w1: Self.base64(w1), b1: Self.base64(b1), w2: Self.base64(w2), b2: Self.base64(b2), notes: notes.isEmpty ? nil : notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(file)
    }

    static func base64(_ values: [Float]) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * 4)
        for v in values {
            let bits = v.bitPattern.littleEndian
            bytes += [UInt8(bits & 0xff), UInt8((bits >> 8) & 0xff), UInt8((bits >> 16) & 0xff), UInt8(bits >> 24)]
        }
        return Data(bytes).base64EncodedString()
    }

    static func floats(_ base64: String) -> [Float]? {
        guard let data = Data(base64Encoded: base64), data.count % 4 == 0 else { return nil }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: 4).map { i in
            Float(bitPattern: UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
        }
    }
}

/// Why a cell classifier could not be loaded.
public enum CellClassifierError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "the comb cell model \(path) cannot be read (\(reason)); make it with `postmottak-dev train-ocr`, or set scan.cell_model = \"none\""
        }
    }
}
