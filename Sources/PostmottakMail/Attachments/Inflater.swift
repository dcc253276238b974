import CZlib
import Foundation

/// zlib's raw deflate, wrapped once: the only code that names zlib. Inflation stops, with an
/// error, as soon as the output would pass its limit, so a bomb costs at most the limit.
enum Inflater {
    /// The bytes `compressed` inflates to, when they are at most `limit`.
    static func inflate(_ compressed: Data, limit: Int) throws(AttachmentError) -> Data {
        var stream = z_stream()
        guard pm_inflate_init_raw(&stream) == Z_OK else { throw .unreadable("zlib cannot start (out of memory?)") }
        defer { inflateEnd(&stream) }
        var output = Data()
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        var input = [UInt8](compressed)
        var status = Z_OK
        try input.withUnsafeMutableBufferPointer { (source: inout UnsafeMutableBufferPointer<UInt8>) throws(AttachmentError) in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while status != Z_STREAM_END {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return chunk - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw .unreadable("its compressed data is damaged (zlib \(status))")
                }
                guard output.count + produced <= limit else { throw .tooLarge("it unpacks to more than \(limit) bytes") }
                output.append(contentsOf: buffer[0..<produced])
                if produced == 0, stream.avail_in == 0, status != Z_STREAM_END {
                    throw .unreadable("its compressed data ends early")
                }
            }
        }
        return output
    }

    /// Raw deflate of `data` (for the package's own fixtures and tests).
    static func deflate(_ data: Data) -> Data? {
        var stream = z_stream()
        guard pm_deflate_init_raw(&stream) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 64)
        let count = output.count
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        return Data(output[0..<(count - Int(stream.avail_out))])
    }

    /// The CRC-32 ZIP records for `data`.
    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw in
            UInt32(CZlib.crc32(0, raw.bindMemory(to: Bytef.self).baseAddress, uInt(raw.count)))
        }
    }
}
