public import Foundation

/// A scanned page as a person sees it at the review desk: upright and straightened exactly as
/// it was read (so a `PageArea` of its reading falls on the right place), scaled down, as PNG.
public enum PagePreview {
    /// Page `number` (1-based) of the scan in `data`, which was read turned `rotation` degrees
    /// clockwise in its file, at most `maxWidth` pixels wide.
    public static func png(of data: Data, page number: Int, rotation: Int, maxWidth: Int = 1200,
                           limits: ScanDocument.Limits = ScanDocument.Limits()) throws(ScanError) -> Data {
        let document = try ScanDocument(data: data, limits: limits)
        guard number >= 1, number <= document.pageCount else {
            throw .corrupt(format: document.format.rawValue, reason: "it has no page \(number)")
        }
        let page = try document.page(at: number - 1)
        let turns = (4 - ((rotation / 90) % 4 + 4) % 4) % 4
        let upright = (turns == 0 ? page : page.rotated(quarterTurns: turns) ?? page).deskewed()
        guard let png = upright.scaled(toWidth: maxWidth)?.pngData() else {
            throw .corrupt(format: document.format.rawValue, reason: "page \(number) could not be drawn")
        }
        return png
    }
}
