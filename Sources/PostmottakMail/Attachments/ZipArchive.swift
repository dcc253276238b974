package import Foundation

/// The entries of a ZIP container (DOCX and ODT are ZIPs), read from memory. Only the
/// central directory is parsed at once; an entry is unpacked on request, stored or
/// deflated, within limits that make a bomb cheap: the number of entries, each entry's
/// declared and actual unpacked size, and its compression ratio.
struct ZipArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// The limits one container is read under.
    struct Limits {
        var maxEntries = 5_000
        var maxEntryBytes = 30 * 1024 * 1024
        /// Unpacked bytes per packed byte: text compresses perhaps 10:1, a bomb 1000:1.
        var maxRatio = 200
    }

    /// The container's bytes, indexed from 0 (a `Data` slice would not be).
    private let bytes: [UInt8]
    let entries: [Entry]
    let limits: Limits

    init(_ data: Data, limits: Limits = Limits()) throws(AttachmentError) {
        let bytes = [UInt8](data)
        self.bytes = bytes
        self.limits = limits
        // The end-of-central-directory record: 22 bytes plus a comment of at most 64 KiB.
        guard bytes.count >= 22 else { throw .unreadable("it is too short to be a ZIP container") }
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw .unreadable("it has no ZIP directory") }
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12)), directoryOffset = Int(Self.u32(bytes, end + 16))
        guard count <= limits.maxEntries else { throw .tooLarge("more than \(limits.maxEntries) entries") }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= end else {
            throw .unreadable("its ZIP directory lies outside the file")
        }
        var entries: [Entry] = []
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= end, Self.u32(bytes, p) == 0x0201_4B50 else { throw .unreadable("its ZIP directory is damaged") }
            let nameLength = Int(Self.u16(bytes, p + 28)), extra = Int(Self.u16(bytes, p + 30)), comment = Int(Self.u16(bytes, p + 32))
            guard p + 46 + nameLength <= end else { throw .unreadable("its ZIP directory is damaged") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: Self.u16(bytes, p + 10), flags: Self.u16(bytes, p + 8),
                                 compressedSize: Int(Self.u32(bytes, p + 20)), uncompressedSize: Int(Self.u32(bytes, p + 24)),
                                 localHeaderOffset: Int(Self.u32(bytes, p + 42))))
            p += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    /// The entry called `name`, or nil.
    func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The unpacked bytes of `entry`.
    func contents(of entry: Entry) throws(AttachmentError) -> Data {
        guard entry.flags & 1 == 0 else { throw .encrypted }
        guard entry.uncompressedSize <= limits.maxEntryBytes else {
            throw .tooLarge("\(entry.name) unpacks to \(entry.uncompressedSize) bytes; at most \(limits.maxEntryBytes)")
        }
        let local = entry.localHeaderOffset
        guard local >= 0, local + 30 <= bytes.count, Self.u32(bytes, local) == 0x0403_4B50 else {
            throw .unreadable("\(entry.name) has no local header")
        }
        let start = local + 30 + Int(Self.u16(bytes, local + 26)) + Int(Self.u16(bytes, local + 28))
        guard entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else {
            throw .unreadable("\(entry.name) lies outside the file")
        }
        let packed = Data(bytes[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0:
            return packed
        case 8:
            let cap = min(limits.maxEntryBytes, max(64 * 1024, entry.compressedSize * limits.maxRatio))
            do {
                return try Inflater.inflate(packed, limit: cap)
            } catch .tooLarge {
                throw .tooLarge("\(entry.name) unpacks to more than \(cap) bytes (a ratio over \(limits.maxRatio):1, or over the limit)")
            }
        default:
            throw .unreadable("\(entry.name) uses ZIP method \(entry.method), which is not read")
        }
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

/// ZIP containers made in memory, for the fuzzer's seeds and the tests. Package access.
package enum ZipFixtures {
    /// A ZIP of `entries` (name, bytes), deflated when `deflate`, else stored.
    package static func zip(_ entries: [(String, Data)], deflate: Bool = true) -> Data {
        var out = Data(), directory = Data()
        func le16(_ v: Int) -> Data { withUnsafeBytes(of: UInt16(truncatingIfNeeded: v).littleEndian) { Data($0) } }
        func le32(_ v: Int) -> Data { withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian) { Data($0) } }
        for (name, data) in entries {
            let packed = deflate ? (Inflater.deflate(data) ?? data) : data
            let method = deflate && packed != data ? 8 : 0
            let crc = Int(Inflater.crc32(data)), nameBytes = Data(name.utf8), offset = out.count
            var common = le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
            common += le32(crc) + le32(packed.count) + le32(data.count) + le16(nameBytes.count) + le16(0)
            out += le32(0x0403_4B50) + common + nameBytes + packed
            directory += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        let directoryOffset = out.count
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
        out += le32(directory.count) + le32(directoryOffset) + le16(0)
        return out
    }
}
