/// Base64 content decoded as Python's `email` package decodes it (`email._encoded_words.decode_b`
/// over `binascii.a2b_base64`), because mail in the wild is sloppy and Python's reading is the
/// one mail programs agree with: line breaks dropped, missing padding supplied (a last line
/// of `/9k` is two bytes, a JPEG's end marker), other stray characters skipped, decoding
/// stopped at the padding. GMime's decoder drops an unpadded last quantum: bytes lost.
enum Base64Decoder {
    /// The decoded bytes, and a defect when the content was not clean base64.
    static func decode(_ encoded: [UInt8]) -> (bytes: [UInt8], defect: String?) {
        // Python joins the lines: CR and LF go, everything else stays for the checks below.
        let joined = encoded.filter { $0 != 0x0D && $0 != 0x0A }
        let padError = joined.count % 4
        let padded = padError == 0 ? joined : joined + Array(repeating: UInt8(ascii: "="), count: 4 - padError)
        if isStrict(padded), let bytes = a2b(padded) {
            return (bytes, padError == 0 ? nil : "base64 content without its padding; decoded as if padded")
        }
        if let bytes = a2b(joined) { return (bytes, "base64 content with characters outside the alphabet; they were skipped") }
        if let bytes = a2b(joined + [UInt8(ascii: "="), UInt8(ascii: "=")]) {
            return (bytes, "base64 content with stray characters and without its padding")
        }
        return (joined, "base64 content that cannot be decoded (a stray last character); kept as it came")
    }

    /// `[A-Za-z0-9+/]*={0,2}`, as `base64.b64decode(validate=True)` checks.
    private static func isStrict(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count, value(b[i]) != nil { i += 1 }
        var pads = 0
        while i < b.count, b[i] == UInt8(ascii: "=") { pads += 1; i += 1 }
        return i == b.count && pads <= 2
    }

    /// `binascii.a2b_base64` (not strict): skips characters outside the alphabet, stops at a
    /// complete padding, fails (nil) on a last quantum that is neither complete nor padded.
    private static func a2b(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 4 * 3 + 3)
        var quad = 0, left: UInt8 = 0, pads = 0
        for c in b {
            if c == UInt8(ascii: "=") {
                pads += 1
                if quad >= 2 && quad + pads >= 4 { return out }
                continue
            }
            guard let v = value(c) else { continue }
            pads = 0
            switch quad {
            case 0: quad = 1; left = v
            case 1: quad = 2; out.append(left << 2 | v >> 4); left = v & 0x0F
            case 2: quad = 3; out.append(left << 4 | v >> 2); left = v & 0x03
            default: quad = 0; out.append(left << 6 | v); left = 0
            }
        }
        return quad == 0 ? out : nil
    }

    private static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): c - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): c - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
