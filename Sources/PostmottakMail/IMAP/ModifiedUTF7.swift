/// Folder names on the wire: IMAP's modified UTF-7 (RFC 3501 §5.1.3), so that a folder called
/// "Innsynsbegjæringer" or "Överklaganden" is named as the server knows it.
public enum ModifiedUTF7 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".utf8)

    public static func encode(_ name: String) -> String {
        var out: [UInt8] = []
        var pending: [UInt16] = []
        func flush() {
            guard !pending.isEmpty else { return }
            var bytes: [UInt8] = []
            for unit in pending { bytes.append(UInt8(unit >> 8)); bytes.append(UInt8(unit & 0xFF)) }
            out.append(UInt8(ascii: "&"))
            var i = 0
            while i < bytes.count {
                let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
                out.append(alphabet[Int(b0 >> 2)])
                out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
                if i + 1 < bytes.count { out.append(alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)]) }
                if i + 2 < bytes.count { out.append(alphabet[Int(b2 & 0x3F)]) }
                i += 3
            }
            out.append(UInt8(ascii: "-"))
            pending = []
        }
        for unit in name.utf16 {
            if unit >= 0x20, unit <= 0x7E {
                flush()
                if unit == UInt16(UInt8(ascii: "&")) { out.append(contentsOf: Array("&-".utf8)) } else { out.append(UInt8(unit)) }
            } else {
                pending.append(unit)
            }
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }
}
