import CTesseract

/// Facts about the Tesseract and Leptonica libraries this process is linked with.
/// (The OCR engine pool and form recognition build on this module.)
public enum TesseractLibrary {
    /// Leptonica writes its own messages to standard error (for example when a TIFF is asked
    /// for a page past its last). Postmottak reports failures from return codes, in its own
    /// log, so these are silenced once, before the first image is decoded.
    static let quietLeptonica: Void = { _ = setMsgSeverity(Int32(L_SEVERITY_NONE)) }()

    /// Tesseract's version, such as "5.3.0".
    public static var version: String { TessVersion().map { String(cString: $0) } ?? "unknown" }

    /// Leptonica's version, such as "leptonica-1.82.0".
    public static var leptonicaVersion: String {
        guard let v = pm_leptonica_version() else { return "unknown" }
        defer { pm_lept_free(v) }
        return String(cString: v)
    }

    /// The languages the installed tessdata offers (for example nor, swe, eng), or the error.
    public static func availableLanguages(dataPath: String? = nil) -> Result<[String], TesseractError> {
        guard let api = TessBaseAPICreate() else { return .failure(.cannotCreate) }
        defer { TessBaseAPIDelete(api) }
        guard TessBaseAPIInit3(api, dataPath, "eng") == 0 else { return .failure(.cannotInitialise(language: "eng")) }
        guard let list = TessBaseAPIGetAvailableLanguagesAsVector(api) else { return .success([]) }
        defer { TessDeleteTextArray(list) }
        var result: [String] = []
        var i = 0
        while let item = list[i] {
            result.append(String(cString: item))
            i += 1
        }
        return .success(result.sorted())
    }
}

/// Why Tesseract could not be used.
public enum TesseractError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotCreate
    case cannotInitialise(language: String)

    public var description: String {
        switch self {
        case .cannotCreate: "Tesseract could not create an engine (out of memory?)"
        case .cannotInitialise(let l): "Tesseract could not load the language \"\(l)\": install tesseract-ocr-\(l) or set TESSDATA_PREFIX"
        }
    }
}
