import ArgumentParser
import Foundation
import Synchronization
import PostmottakApp
import PostmottakCore
import PostmottakDev
import PostmottakPipeline
import PostmottakIntake
import PostmottakConfig
import PostmottakScan
import PostmottakApp

/// `postmottak bench-cards DIR`: cards per second with the OCR worker pool, beside the
/// `tesseract` command line reading the same image files as full pages with the same
/// number of processes, in the same run; and the median time per card with one worker.
struct CardBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-cards", abstract: "Benchmark card reading against the tesseract command line on the same files.")

    @Option(name: .long, help: "The TOML configuration file.")
    var config: String?

    @Option(help: "Workers (default: the number of cores).")
    var workers: Int?

    @Option(help: "The tesseract command for the baseline.")
    var tesseract: String = "tesseract"

    @Argument(help: "A folder of scans (PNG, JPEG, TIFF; PDFs are read by Postmottak only).")
    var directory: String

    func run() async throws {
        let configuration = try PostmottakConfiguration.load(path: config)
        let templates = try configuration.requiredFormTemplates()
        let dir = URL(fileURLWithPath: directory)
        let all = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.appendingPathComponent($0) }
        let scans = all.compactMap { url -> (URL, Data)? in
            guard let data = try? Data(contentsOf: url), let format = ScanDocument.format(of: data), format != .pdf else { return nil }
            return (url, data)
        }
        guard !scans.isEmpty else { throw ValidationError("no PNG, JPEG or TIFF files in \(directory)") }
        let n = workers ?? ProcessInfo.processInfo.activeProcessorCount

        // One worker, one file after the other: the time per card.
        let cells = try configuration.cellClassifier()
        let single = ScanReader(pool: OCRPool(size: 1, languages: configuration.scan.languages), templates: templates, cellClassifier: cells)
        _ = try? single.read(try ScanDocument(data: scans[0].1))  // engines loaded before timing
        var times: [Double] = []
        for (_, data) in scans {
            let t0 = ContinuousClock.now
            _ = try? single.read(try ScanDocument(data: data))
            times.append((ContinuousClock.now - t0).seconds)
        }
        times.sort()

        // The pool: n files at a time.
        let pool = ScanReader(pool: OCRPool(size: n, languages: configuration.scan.languages), templates: templates, cellClassifier: cells)
        DispatchQueue.concurrentPerform(iterations: n) { _ in _ = try? pool.read(try ScanDocument(data: scans[0].1)) }
        let t0 = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: scans.count) { i in _ = try? pool.read(try ScanDocument(data: scans[i].1)) }
        let poolSeconds = (ContinuousClock.now - t0).seconds

        // The baseline: the tesseract command, full page, n processes at a time, OMP_THREAD_LIMIT=1 as ours.
        let t1 = ContinuousClock.now
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: scans.count) { i in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [tesseract, scans[i].0.path, "-", "-l", configuration.scan.languages, "--psm", "3"]
            var env = ProcessInfo.processInfo.environment
            env["OMP_THREAD_LIMIT"] = "1"
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            do {
                try p.run()
                p.waitUntilExit()
                if p.terminationStatus != 0 { failures.add() }
            } catch {
                failures.add()
            }
        }
        let cliSeconds = (ContinuousClock.now - t1).seconds
        // concurrentPerform runs at most as many at once as there are cores, like the pool.
        let ours = Double(scans.count) / poolSeconds, theirs = Double(scans.count) / cliSeconds
        print("card benchmark: \(scans.count) image files from \(directory), \(n) worker(s), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print(String(format: "  postmottak, one worker:   median %.2f s per file (mean %.2f s)", times[times.count / 2], times.reduce(0, +) / Double(times.count)))
        print(String(format: "  postmottak, %d workers:    %.2f files/s (%.1f s)", n, ours, poolSeconds))
        if failures.count == scans.count {
            print("  tesseract command line:   not run (is `\(tesseract)` installed? apt-get install tesseract-ocr)")
        } else {
            print(String(format: "  tesseract CLI, full page: %.2f files/s (%.1f s, %d failed)", theirs, cliSeconds, failures.count))
            print(String(format: "  ratio postmottak / tesseract CLI: %.2f x", ours / theirs))
        }
    }
}

/// Counts failures from concurrent work.
private final class Failures: Sendable {
    private let value = Atomic<Int>(0)

    var count: Int { value.load(ordering: .relaxed) }

    func add() { value.add(1, ordering: .relaxed) }
}
