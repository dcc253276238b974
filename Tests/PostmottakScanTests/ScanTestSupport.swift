@testable import PostmottakScan
import Foundation

/// ../shared beside the repository (the forms and samples), or nil: tests that need it skip.
enum Shared {
    static let root: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("forms").path) ? url : nil
    }()

    static func form(_ name: String) -> Data? {
        root.flatMap { try? Data(contentsOf: $0.appendingPathComponent("forms").appendingPathComponent(name)) }
    }

    static var skipReason: String { "../shared/forms is not present beside the repository; skipped" }
}

/// The repository's Config/forms.
let repositoryForms = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Config/forms")

/// Re-encodes an image (tests make their own JPEG and multi-page Group 4 TIFF from a PNG).
enum Encode {
    static func jpeg(fromPNG png: Data) -> Data? { ImageFixtures.reencode(png, as: .jpeg) }

    /// A TIFF of `pages` white bitonal pages of `width` × `height`, Group 4: a few bytes a page.
    static func whiteG4(pages: Int, width: Int, height: Int) -> Data? {
        ImageFixtures.multipageG4(pages: pages, width: width, height: height)
    }

    /// A TIFF of `pages` copies of the image, bitonal, Group 4.
    static func multipageG4(fromPNG png: Data, pages: Int) -> Data? { ImageFixtures.multipageG4(copiesOf: png, pages: pages) }
}
