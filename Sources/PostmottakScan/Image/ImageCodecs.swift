import CImageCodecs
import Foundation
import Synchronization

/// Where the image libraries' own messages go (libpng and libjpeg warnings such as
/// "Premature end of JPEG file"): to the handler the service installs (its logger), never
/// to stderr. Messages are made printable and short first, since they can echo input bytes.
public enum ImageLibraryMessages {
    private static let handler = Mutex<(@Sendable (String) -> Void)?>(nil)

    /// Installs the handler (the service logs each message).
    public static func setHandler(_ body: (@Sendable (String) -> Void)?) {
        handler.withLock { $0 = body }
    }

    static func report(_ message: String) {
        let printable = String(message.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : "?" }.prefix(200))
        let body = handler.withLock { $0 }
        body?(printable)
    }
}

/// PNG and JPEG decoded by libpng and libjpeg behind error managers of Postmottak's own.
enum ImageCodecs {
    /// Collects one decode's messages (the C side calls back into it).
    private final class Messages {
        var texts: [String] = []
        static let callback: pm_codec_message_fn = { context, message in
            guard let context, let message else { return }
            Unmanaged<Messages>.fromOpaque(context).takeUnretainedValue().texts.append(String(cString: message))
        }
    }

    /// The size a PNG's or JPEG's header gives, checked by its library (a PNG's IHDR CRC
    /// included), or the reason it is no readable picture.
    static func size(of data: Data, format: ScanDocument.Format) -> Result<(width: Int, height: Int), ScanError> {
        let messages = Messages()
        let box = Unmanaged.passRetained(messages)
        defer { box.release() }
        var width: Int32 = 0, height: Int32 = 0
        let ok: Int32 = data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return 0 }
            switch format {
            case .jpeg: return pm_jpeg_size(base, raw.count, &width, &height, Messages.callback, box.toOpaque())
            default: return pm_png_size(base, raw.count, &width, &height, Messages.callback, box.toOpaque())
            }
        }
        for text in messages.texts { ImageLibraryMessages.report("\(format.rawValue): \(text)") }
        guard ok != 0, width > 0, height > 0 else {
            let why = messages.texts.last.map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.prefix(120)) }
            return .failure(.corrupt(format: format.rawValue, reason: why ?? "its header cannot be read"))
        }
        return .success((Int(width), Int(height)))
    }

    /// The page `data` decodes to, or the reason it does not; its messages are reported.
    /// `dpi`, when given, is the resolution to record (a rendered PDF page's), else the file's.
    static func decode(_ data: Data, format: ScanDocument.Format, maxPixels: Int, dpi forced: Int32? = nil) -> Result<PageImage, ScanError> {
        let messages = Messages()
        let box = Unmanaged.passRetained(messages)
        defer { box.release() }
        var width: Int32 = 0, height: Int32 = 0, dpi: Int32 = 0
        let gray: UnsafeMutablePointer<UInt8>? = data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            switch format {
            case .jpeg: return pm_decode_jpeg_gray(base, raw.count, maxPixels, &width, &height, &dpi, Messages.callback, box.toOpaque())
            default: return pm_decode_png_gray(base, raw.count, maxPixels, &width, &height, &dpi, Messages.callback, box.toOpaque())
            }
        }
        for text in messages.texts { ImageLibraryMessages.report("\(format.rawValue): \(text)") }
        guard let gray else {
            let why = messages.texts.last.map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F }.prefix(120)) } ?? "it cannot be decoded"
            return .failure(.corrupt(format: format.rawValue, reason: why))
        }
        defer { free(gray) }
        let resolution = forced ?? (dpi > 0 ? dpi : 300)
        guard let page = PageImage(gray: gray, width: Int(width), height: Int(height), dpi: Int(resolution)) else {
            return .failure(.corrupt(format: format.rawValue, reason: "out of memory for the page"))
        }
        return .success(page)
    }
}
