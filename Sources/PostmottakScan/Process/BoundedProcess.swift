public import Foundation

/// Runs a helper program (poppler's `pdftocairo` and `pdftotext`) on hostile input in a child
/// process, under a wall-clock deadline, a CPU-time limit and an address-space limit set with
/// `prlimit`: a PDF that renders for ever, or grows without end, costs the child, never the
/// service. The child gets no standard input and its output is discarded.
public struct BoundedProcess: Sendable {
    /// How a run ended.
    public enum Outcome: Sendable, Equatable {
        /// The program exited with this status.
        case exited(Int32)
        /// The deadline passed: the child was killed.
        case timedOut
        /// The program ended on a signal (its memory or CPU limit, or a crash).
        case signalled(Int32)
    }

    /// Wall-clock seconds before the child is killed.
    public var deadline: TimeInterval
    /// Address space the child may use, in bytes.
    public var memoryBytes: Int
    /// The largest file the child may write, in bytes (its output: text, a page image).
    public var fileBytes: Int

    public init(deadline: TimeInterval, memoryBytes: Int, fileBytes: Int = 256 << 20) {
        self.deadline = deadline
        self.memoryBytes = memoryBytes
        self.fileBytes = fileBytes
    }

    /// Where `name` is installed (on `PATH`, then /usr/bin), or nil.
    public static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for dir in path.split(separator: ":") + ["/usr/bin", "/bin"] {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments` under the limits; its standard output goes to
    /// `output` when given (a file this process reads afterwards), else nowhere.
    public func run(_ executable: String, _ arguments: [String], output: URL? = nil) throws(ScanError) -> Outcome {
        let process = Process()
        let cpu = max(1, Int(deadline.rounded(.up)))
        // Without its limits, no hostile file is handed to a helper.
        guard let prlimit = Self.locate("prlimit") else {
            throw .ocr("prlimit is not installed, so the PDF cannot be read under a memory limit; install util-linux")
        }
        process.executableURL = URL(fileURLWithPath: prlimit)
        process.arguments = ["--as=\(memoryBytes)", "--cpu=\(cpu)", "--fsize=\(fileBytes)", "--core=0", "--", executable] + arguments
        process.standardInput = FileHandle.nullDevice
        var outputHandle: FileHandle?
        if let output {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            outputHandle = try? FileHandle(forWritingTo: output)
        }
        defer { try? outputHandle?.close() }
        process.standardOutput = outputHandle ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            throw .ocr("\((executable as NSString).lastPathComponent) cannot be started: \(error.localizedDescription); install poppler-utils")
        }
        if ended.wait(timeout: .now() + deadline) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            return .timedOut
        }
        switch process.terminationReason {
        case .exit: return .exited(process.terminationStatus)
        case .uncaughtSignal: return .signalled(process.terminationStatus)
        @unknown default: return .signalled(process.terminationStatus)
        }
    }
}
