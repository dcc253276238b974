public import Foundation

/// What was read from one page of a scan.
public struct PageReading: Sendable, Codable, Equatable {
    /// Where the text came from.
    public enum Source: String, Sendable, Codable {
        /// The PDF's own text layer (a typed PDF).
        case textLayer = "text_layer"
        /// OCR of the page image.
        case ocr
    }

    /// 1-based page number.
    public var page: Int
    /// The form code of the template the page matches (`MK-2`, `SB-1`), or `none`.
    public var form: String
    /// Degrees clockwise the page is turned in the file (0, 90, 180, 270).
    public var rotation: Int
    public var text: String
    /// Mean word confidence of the OCR (0…1; 1 for a text layer).
    public var confidence: Double
    public var source: Source
    /// Resolution of the page image.
    public var dpi: Int
    /// For a recognised form: how well its registration marks were found.
    public var marksFound: Int?
    public var residualMM: Double?
    /// For a recognised form: every checkbox.
    public var checkboxes: [CheckboxReading]?
    /// For a recognised form: every field.
    public var fields: [String: FieldReading]?
    /// PNG crops of the fields a person must check, by field name (not part of the JSON).
    public var reviewCrops: [String: Data] = [:]

    enum CodingKeys: String, CodingKey {
        case page, form, rotation, text, confidence, source, dpi, checkboxes, fields
        case marksFound = "marks_found", residualMM = "residual_mm"
    }
}
