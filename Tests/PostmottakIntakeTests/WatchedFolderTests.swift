import Foundation
import Logging
import PostmottakConfig
import PostmottakCore
@testable import PostmottakIntake
import PostmottakApp
import PostmottakStore
import Testing

@Suite struct WatchedFolderTests {
    let root: URL
    let instance: Instance

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-watch-\(UUID().uuidString)")
        var config = PostmottakConfiguration.defaults
        config.intake.scanFolder.settleSeconds = 0
        instance = try Instance(configuration: config, dataDirectory: root.path, logger: Logger(label: "test"))
    }

    /// A tiny PNG signature followed by junk: enough for the folder's signature check.
    static let pngHead = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(repeating: 7, count: 64)

    @Test func theScanFolderTakesScansFromSubfoldersAndRefusesOtherFilesWithAReason() throws {
        let folder = instance.layout.scanFolder
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("floor2"), withIntermediateDirectories: true)
        try Self.pngHead.write(to: folder.appendingPathComponent("floor2/card.png"))
        try Data("From: a@b\n\nhei\n".utf8).write(to: folder.appendingPathComponent("letter.pdf"))
        try Data().write(to: folder.appendingPathComponent("empty.tif"))
        try Self.pngHead.write(to: folder.appendingPathComponent("busy.png.part"))
        try Self.pngHead.write(to: folder.appendingPathComponent(".hidden.png"))

        let result = try instance.scanFolder.poll()
        #expect(result.captured == 1 && result.failed == 2)
        #expect(FileManager.default.fileExists(atPath: instance.layout.scanProcessed.appendingPathComponent("floor2/card.png").path))
        let reason = try String(contentsOf: instance.layout.scanFailed.appendingPathComponent("letter.pdf.reason.txt"), encoding: .utf8)
        #expect(reason.contains("not a scan"))
        let empty = try String(contentsOf: instance.layout.scanFailed.appendingPathComponent("empty.tif.reason.txt"), encoding: .utf8)
        #expect(empty.contains("empty"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("busy.png.part").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".hidden.png").path))
        let items = try instance.store.items(in: ItemStatus.allCases)
        #expect(items.count == 1 && items.first?.channel == .scan)

        // The processed and failed folders lie inside the scan folder and are never read again.
        let again = try instance.scanFolder.poll()
        #expect(try again.captured == 0 && again.failed == 0 && instance.store.items(in: ItemStatus.allCases).count == 1)
        #expect(!again.directories.contains { $0.path.hasPrefix(instance.layout.scanProcessed.path) })
    }

    @Test func aFileStillBeingWrittenWaitsForTheSettleTime() throws {
        let folder = WatchedFolder(folder: instance.layout.scanFolder, processed: instance.layout.scanProcessed,
                                   failed: instance.layout.scanFailed, accepts: .scans, settleSeconds: 30,
                                   intake: instance.intake, logger: Logger(label: "test"))
        try FileManager.default.createDirectory(at: instance.layout.scanFolder, withIntermediateDirectories: true)
        let url = instance.layout.scanFolder.appendingPathComponent("growing.png")
        try Self.pngHead.write(to: url)
        let now = Date()
        #expect(try folder.poll(now: now).waiting == 1)
        #expect(try folder.poll(now: now.addingTimeInterval(10)).waiting == 1)
        #expect(try folder.poll(now: now.addingTimeInterval(31)).captured == 1)
    }

    @Test func aCopyThatKeepsAnOldModificationTimeStillWaitsForTwoLooks() throws {
        // `cp -p`, `rsync -t` and Explorer over SMB set the old mtime first and write after.
        let folder = WatchedFolder(folder: instance.layout.scanFolder, processed: instance.layout.scanProcessed,
                                   failed: instance.layout.scanFailed, accepts: .scans, settleSeconds: 30,
                                   intake: instance.intake, logger: Logger(label: "test"))
        try FileManager.default.createDirectory(at: instance.layout.scanFolder, withIntermediateDirectories: true)
        let url = instance.layout.scanFolder.appendingPathComponent("copied.png")
        try Self.pngHead.write(to: url)
        let old = Date().addingTimeInterval(-86_400)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
        let now = Date()
        #expect(try folder.poll(now: now).waiting == 1, "an old mtime alone does not make a file complete")
        // The copy goes on: the size changes, the old mtime is set again.
        try (Self.pngHead + Data(repeating: 0, count: 100)).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
        #expect(try folder.poll(now: now.addingTimeInterval(31)).waiting == 1, "the size changed since the first look")
        #expect(try folder.poll(now: now.addingTimeInterval(62)).captured == 1, "unchanged over two looks 30 s apart")
    }

    @Test func theWatcherWakesOnAFileInAFollowedFolderAndOnlyThen() throws {
        guard let watcher = FolderWatcher() else {
            print("skipped: inotify is not available here")
            return
        }
        let dir = root.appendingPathComponent("watched/sub")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        watcher.follow([root.appendingPathComponent("watched"), dir])
        #expect(watcher.wait(timeout: 0.3) == false)
        try Data("x".utf8).write(to: dir.appendingPathComponent("new.png"))
        let start = Date()
        #expect(watcher.wait(timeout: 10) == true)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(watcher.wait(timeout: 0.3) == false)
    }

    @Test func cancellingTheTaskInterruptsTheWait() async throws {
        guard let watcher = FolderWatcher() else {
            print("skipped: inotify is not available here")
            return
        }
        watcher.follow([root])
        // A wait of ten minutes, cancelled at once, ends long before its timeout (the margin
        // is wide: a busy machine may start the task late, never ten minutes late).
        let start = Date()
        let waiting = Task.detached { await watcher.changed(within: 600) }
        waiting.cancel()
        #expect(await waiting.value == false)
        #expect(Date().timeIntervalSince(start) < 500)
        // An interruption from another thread ends a blocked wait, and one given while nobody
        // waits makes the next wait return at once.
        let blocked = Date()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            _ = watcher.wait(timeout: 600)
            done.signal()
        }
        thread.start()
        watcher.interrupt()
        #expect(done.wait(timeout: .now() + 500) == .success)
        watcher.interrupt()
        #expect(watcher.wait(timeout: 600) == false)
        #expect(Date().timeIntervalSince(blocked) < 500)
    }

    @Test func aFolderIsAnIntakeSourceThatTalliesWhatItTook() throws {
        let sources: [any IntakeSource] = [instance.dropFolder, instance.scanFolder]
        #expect(sources.map(\.sourceName) == ["drop folder", "scan folder"])
        try FileManager.default.createDirectory(at: instance.layout.scanFolder, withIntermediateDirectories: true)
        try Self.pngHead.write(to: instance.layout.scanFolder.appendingPathComponent("card.png"))
        try Data("not a scan".utf8).write(to: instance.layout.scanFolder.appendingPathComponent("note.txt"))
        let tally = try instance.scanFolder.takeIn()
        #expect(tally == IntakeTally(captured: 1, failed: 1) && tally.tookAnything)
        #expect(try instance.scanFolder.takeIn() == IntakeTally())
    }
}
