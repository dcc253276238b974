/// A MinHash signature of a text: for each of `count` hash functions, the smallest hash of
/// the text's word 3-shingles (single words for texts too short to have three). Two
/// signatures agree in about the Jaccard similarity of their shingle sets, so near-identical
/// texts are found without comparing them. `bandKeys` groups the values into bands (LSH):
/// texts with a Jaccard similarity of 0.8 share a band with probability 0.999, texts with 0.3
/// with 0.12, unrelated texts practically never, so a look-up touches only the few candidates
/// that share a key, however large the store grows.
public struct MinHashSignature: Sendable, Equatable {
    public static let count = 64
    public static let bands = 16
    public static let rows = count / bands

    public let values: [UInt64]

    /// The signature of `text`, or nil when it has fewer than `minimumWords` words (too little
    /// to call two texts nearly the same).
    public init?(text: String, minimumWords: Int = 5) {
        let words = TextNormalization.words(text).split(separator: " ").map(String.init)
        guard words.count >= minimumWords else { return nil }
        var shingles = Set<UInt64>()
        let width = words.count >= 3 ? 3 : 1
        for start in 0...(words.count - width) {
            shingles.insert(Self.fnv1a(words[start..<(start + width)].joined(separator: " ")))
        }
        var values = [UInt64](repeating: .max, count: Self.count)
        for shingle in shingles {
            for i in 0..<Self.count {
                let h = Self.mix(shingle &+ Self.seeds[i])
                if h < values[i] { values[i] = h }
            }
        }
        self.values = values
    }

    public init(values: [UInt64]) {
        self.values = values
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets (0…1).
    public func similarity(to other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        return Double(zip(values, other.values).filter { $0 == $1 }.count) / Double(values.count)
    }

    /// One key per band (the band's number and its values hashed together), as signed 64-bit
    /// integers for an SQLite index.
    public var bandKeys: [Int64] {
        (0..<Self.bands).map { band in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
            for v in values[(band * Self.rows)..<((band + 1) * Self.rows)] { h = Self.mix(h ^ v) }
            return Int64(bitPattern: h)
        }
    }

    /// The values as bytes (little-endian), for storage.
    public var bytes: [UInt8] {
        values.flatMap { v in (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.count * 8 else { return nil }
        values = (0..<Self.count).map { i in (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[i * 8 + $1]) << (8 * UInt64($1)) } }
    }

    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// SplitMix64's finaliser: a fast, well-spread 64-bit mix.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fixed seeds, so a signature means the same in every run and every version.
    static let seeds: [UInt64] = (0..<UInt64(count)).map { mix($0 &* 0x1000_0000_01B3 &+ 17) }
}
