public import Foundation

/// The absolute paths an instance works with, resolved from the configuration and an
/// optional `--data-dir` override, so several instances and test runs live side by side.
public struct DataLayout: Sendable, Equatable {
    public let dataDirectory: URL
    public let database: URL
    public let blobs: URL
    public let dropFolder: URL
    public let processed: URL
    public let failed: URL
    public let scanFolder: URL
    public let scanProcessed: URL
    public let scanFailed: URL
    public let archive: URL
    /// The arkivmelding folder (the case register's embedded default).
    public let caseRegister: URL
    /// Acknowledgements written as files (transport "folder").
    public let mailOut: URL

    public init(configuration: PostmottakConfiguration, dataDirectoryOverride: String? = nil) {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let base = URL(fileURLWithPath: dataDirectoryOverride ?? configuration.storage.dataDirectory, isDirectory: true, relativeTo: cwd)
            .standardizedFileURL
        func resolve(_ path: String) -> URL {
            URL(fileURLWithPath: path, isDirectory: true, relativeTo: base).standardizedFileURL
        }
        dataDirectory = base
        database = URL(fileURLWithPath: configuration.storage.database, relativeTo: base).standardizedFileURL
        blobs = resolve(configuration.storage.blobs)
        dropFolder = resolve(configuration.intake.dropFolder.path)
        processed = resolve(configuration.intake.dropFolder.processedPath)
        failed = resolve(configuration.intake.dropFolder.failedPath)
        scanFolder = resolve(configuration.intake.scanFolder.path)
        scanProcessed = resolve(configuration.intake.scanFolder.processedPath)
        scanFailed = resolve(configuration.intake.scanFolder.failedPath)
        archive = resolve(configuration.archive.path)
        mailOut = resolve(configuration.acknowledgement.folder)
        caseRegister = resolve(configuration.caseRegister.arkivmelding.path)
    }

    /// Creates every folder that does not exist yet.
    public func createDirectories() throws {
        for url in [dataDirectory, blobs, dropFolder, processed, failed, scanFolder, scanProcessed, scanFailed, archive, database.deletingLastPathComponent()] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }
}
