import Foundation

#if FUZZING
import CFuzzDriver

/// The target libFuzzer drives, named in POSTMOTTAK_FUZZ_TARGET (libFuzzer runs one binary).
nonisolated(unsafe) private var selectedTarget = "mime"

/// libFuzzer's runtime links against this name; the driver below passes the same callback.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzTargets.run(selectedTarget, bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

/// Built with `-sanitize=fuzzer -DFUZZING`: libFuzzer's driver, with its usual arguments.
@main
struct FuzzDriver {
    static func main() {
        selectedTarget = ProcessInfo.processInfo.environment["POSTMOTTAK_FUZZ_TARGET"] ?? "mime"
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
    }
}
#else
/// Without the fuzzer: `postmottak-fuzz TARGET FILE|DIR...` runs inputs through a target (a
/// regression run of a corpus, or of a crash found); `postmottak-fuzz seeds DIR` writes the
/// seed corpus, one folder per target.
@main
struct FuzzReplay {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let first = arguments.first else {
            print("usage: postmottak-fuzz TARGET FILE|DIR... | postmottak-fuzz seeds DIR   (targets: \(FuzzTargets.names.joined(separator: ", ")))")
            exit(2)
        }
        if first == "seeds" {
            guard arguments.count == 2 else { print("usage: postmottak-fuzz seeds DIR"); exit(2) }
            let written = try FuzzSeeds.write(into: URL(fileURLWithPath: arguments[1]))
            print("wrote \(written) seed inputs into \(arguments[1])")
            return
        }
        guard FuzzTargets.names.contains(first) else { print("unknown target \(first)"); exit(2) }
        var count = 0
        for path in arguments.dropFirst() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzTargets.run(first, data)
                count += 1
            }
        }
        print("\(first): \(count) inputs ran without a crash")
    }
}
#endif
