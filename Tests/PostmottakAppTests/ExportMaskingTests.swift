import Foundation
import Logging
import PostmottakConfig
import PostmottakCore
import PostmottakApp
import PostmottakStore
import Testing
import PostmottakIntake

/// An export leaves the building: no identity number in any of its free-text values.
@Suite struct ExportMaskingTests {
    @Test func messageIDsFileNamesAndFieldsAreMasked() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-export-\(UUID().uuidString)")
        let instance = try Instance(configuration: .defaults, dataDirectory: root.path, logger: Logger(label: "test"))
        let mail = """
            From: a@example.org\r
            Subject: Vedlegg\r
            Message-ID: <15108695088.1@example.org>\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain\r
            \r
            Hullet i veien ved skolen er stort og farlig for syklister om kvelden.\r
            --b\r
            Content-Type: application/octet-stream\r
            Content-Disposition: attachment; filename="attest 15108695088.bin"\r
            \r
            data\r
            --b--\r

            """
        let url = root.appendingPathComponent("in/15108695088.eml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(mail.utf8).write(to: url)
        _ = try instance.intake.capture(fileAt: url, name: url.lastPathComponent)
        try await instance.drain()
        let rows = try Exporter(store: instance.store).rows()
        let row = try #require(rows.first)
        let encoder = JSONEncoder()
        let json = String(decoding: try encoder.encode(row), as: UTF8.self)
        #expect(!json.contains("15108695088"), "\(json)")
        #expect(row.messageId?.contains("******") == true)
        #expect(row.attachments.contains { $0.contains("******") })
        #expect(!row.source.contains("15108695088") && row.source.hasSuffix(".eml"))
    }
}
