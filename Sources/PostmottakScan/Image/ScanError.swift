/// Why a scanned file cannot be read, with what to do about it.
public enum ScanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not an image or PDF Postmottak reads (PNG, JPEG, TIFF, PDF).
    case unsupportedFormat(String)
    /// The file claims a format but its bytes cannot be decoded (truncated, corrupt).
    case corrupt(format: String, reason: String)
    /// The image is larger than the limits allow (a decompression bomb, or a poster).
    case tooLarge(String)
    /// Reading a page took longer than its time budget (a CPU bomb, or a page no scanner makes).
    case tooSlow(String)
    /// The OCR engine failed.
    case ocr(String)

    public var description: String {
        switch self {
        case .unsupportedFormat(let what): "not a scan Postmottak reads (\(what)); PNG, JPEG, TIFF and PDF are"
        case .corrupt(let format, let reason): "the \(format) file cannot be decoded: \(reason); scan the page again"
        case .tooLarge(let what): "the scan is too large: \(what)"
        case .tooSlow(let what): "the scan takes too long to read: \(what); a person must look at the file"
        case .ocr(let why): "OCR failed: \(why)"
        }
    }
}
