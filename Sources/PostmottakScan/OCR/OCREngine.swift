import CTesseract
public import Foundation

/// How Tesseract segments what it reads.
public enum PageSegmentation: Int32, Sendable {
    /// One uniform block of text; keeps the lines of side-by-side columns (letters, descriptions).
    case block = 6
    /// One line of text (a text box).
    case line = 7
    /// One word (a comb field read as a whole).
    case word = 8
    /// One character (a comb cell).
    case character = 10
    /// Sparse text in no particular order.
    case sparse = 11
}

/// A pixel rectangle on a page.
public struct PixelRect: Sendable, Equatable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

/// What OCR read: the text and Tesseract's mean word confidence (0…1, a relative measure).
public struct OCRText: Sendable, Equatable {
    public var text: String
    public var confidence: Double
}

/// One Tesseract instance. It is owned by one thread at a time (the pool sees to that).
/// Initialising costs 0.1–0.2 s, so engines are kept, not made per page.
public final class OCREngine {
    public let languages: String
    private let api: OpaquePointer

    /// Loads `languages` (Tesseract's form: "nor+swe+eng") from `dataPath` (nil: the default).
    public init(languages: String, dataPath: String? = nil) throws(ScanError) {
        guard let api = TessBaseAPICreate() else { throw .ocr("Tesseract could not create an engine (out of memory?)") }
        // The LSTM engine: Debian's "fast" models have no legacy engine.
        guard TessBaseAPIInit2(api, dataPath, languages, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(api)
            throw .ocr("Tesseract could not load \"\(languages)\": install tesseract-ocr-nor, -swe and -eng, or set TESSDATA_PREFIX")
        }
        // Tesseract's diagnostics ("Image too small to scale!!") are not for the service's log.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        self.api = api
        self.languages = languages
    }

    deinit {
        TessBaseAPIEnd(api)
        TessBaseAPIDelete(api)
    }

    /// Reads `page` (or `region` of it) with `mode`; `characters`, when given, is the only
    /// set of characters the engine may answer with (digits for a postal code).
    /// With a `deadline`, Tesseract stops there and the read is given up as too slow.
    public func recognize(_ page: PageImage, region: PixelRect? = nil, mode: PageSegmentation = .block,
                          characters: String? = nil, deadline: Date? = nil) throws(ScanError) -> OCRText {
        TessBaseAPISetPageSegMode(api, TessPageSegMode(rawValue: UInt32(mode.rawValue)))
        _ = TessBaseAPISetVariable(api, "tessedit_char_whitelist", characters ?? "")
        TessBaseAPISetImage2(api, page.pix)
        TessBaseAPISetSourceResolution(api, Int32(max(page.dpi, 70)))
        if let r = region {
            let x = max(0, min(r.x, page.width - 1)), y = max(0, min(r.y, page.height - 1))
            TessBaseAPISetRectangle(api, Int32(x), Int32(y), Int32(max(1, min(r.width, page.width - x))),
                                    Int32(max(1, min(r.height, page.height - y))))
        }
        if let deadline {
            let milliseconds = Int32(clamping: Int((deadline.timeIntervalSinceNow * 1000).rounded(.down)))
            guard milliseconds > 0 else {
                TessBaseAPIClear(api)
                throw .tooSlow("the page's time budget ran out before OCR")
            }
            guard let monitor = TessMonitorCreate() else {
                TessBaseAPIClear(api)
                throw .ocr("Tesseract could not create a monitor (out of memory?)")
            }
            defer { TessMonitorDelete(monitor) }
            TessMonitorSetDeadlineMSecs(monitor, milliseconds)
            let status = TessBaseAPIRecognize(api, monitor)
            if Date() >= deadline {
                TessBaseAPIClear(api)
                throw .tooSlow("OCR of the page took longer than its time budget")
            }
            guard status == 0 else {
                TessBaseAPIClear(api)
                throw .ocr("Tesseract could not read the page")
            }
        }
        guard let utf8 = TessBaseAPIGetUTF8Text(api) else {
            TessBaseAPIClear(api)
            throw .ocr("Tesseract returned no text")
        }
        let text = String(cString: utf8)
        TessDeleteText(utf8)
        let confidence = Double(max(0, TessBaseAPIMeanTextConf(api))) / 100
        TessBaseAPIClear(api)
        return OCRText(text: text.trimmingCharacters(in: .whitespacesAndNewlines), confidence: confidence)
    }
}
