import Foundation
import Logging
import PostmottakDelivery
import PostmottakStore
import Testing

/// The bagit.py validator the test install provides (`make deps-test`), or nil.
func bagitValidator() -> String? {
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let candidates: [String?] = [ProcessInfo.processInfo.environment["BAGIT_PY"], repo.appendingPathComponent(".venv-test/bin/bagit.py").path]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

func validate(_ bag: URL) throws -> Bool {
    guard let tool = bagitValidator() else { return false }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: tool)
    p.arguments = ["--validate", bag.path]
    p.standardError = Pipe()
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus == 0
}

@Suite struct BagItWriterTests {
    @Test(.enabled(if: bagitValidator() != nil, "bagit.py is not installed: run `make deps-test`"))
    func writesBagsThatBagitValidates() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bag-\(UUID().uuidString)")
        let payload = [
            BagItWriter.PayloadFile(path: "original.eml", data: Data("From: a\r\n\r\nHei\r\n".utf8)),
            BagItWriter.PayloadFile(path: "sub dir/name.txt", data: Data("x".utf8)),
        ]
        let outcome = try BagItWriter().write(name: "TST-2026-0001-5", into: dir, payload: payload,
                                              info: [("Source-Organization", "Test kommune"), ("External-Identifier", "TST-2026-0001-5")])
        guard case .written(let url) = outcome else { Issue.record("not written"); return }
        #expect(try validate(url))
        let info = try String(contentsOf: url.appendingPathComponent("bag-info.txt"), encoding: .utf8)
        #expect(info.contains("Payload-Oxum: 17.2"))
        let again = try BagItWriter().write(name: "TST-2026-0001-5", into: dir, payload: payload, info: [])
        #expect(again == .alreadyPresent(url))
        // Tampering is caught by the validator.
        try Data("changed".utf8).write(to: url.appendingPathComponent("data/original.eml"))
        #expect(try !validate(url))
    }

    @Test func retryPolicyBacksOffExponentiallyWithJitterAndCaps() {
        let policy = RetryPolicy(maxAttempts: 5, initialDelay: 10, maxDelay: 100)
        #expect(policy.delay(afterAttempt: 1, random: 1) == 10)
        #expect(policy.delay(afterAttempt: 2, random: 1) == 20)
        #expect(policy.delay(afterAttempt: 3, random: 0) == 20)
        #expect(policy.delay(afterAttempt: 10, random: 1) == 100)
        #expect(!policy.shouldPark(afterAttempts: 4) && policy.shouldPark(afterAttempts: 5))
    }
}
