import Foundation

/// Faults a test can switch on, to prove the crash fuse against a real process death:
/// `POSTMOTTAK_FAULT=trap:STEP:MARKER` makes the step STEP (only `extract` reads bytes) trap
/// on an item whose original bytes hold MARKER. Unset, as in production, nothing is checked.
struct FaultInjection: Sendable {
    let step: String
    let marker: [UInt8]

    /// The fault named in the environment, or nil.
    static let fromEnvironment: FaultInjection? = {
        guard let spec = ProcessInfo.processInfo.environment["POSTMOTTAK_FAULT"] else { return nil }
        let parts = spec.split(separator: ":", maxSplits: 2).map(String.init)
        guard parts.count == 3, parts[0] == "trap", !parts[2].isEmpty else { return nil }
        return FaultInjection(step: parts[1], marker: Array(parts[2].utf8))
    }()

    /// Traps (ends the process as a bug in a parser would) when `bytes` hold the marker.
    func trapIfTriggered(step: String, bytes: Data) {
        guard step == self.step, bytes.count >= marker.count else { return }
        if bytes.range(of: Data(marker)) != nil {
            fatalError("POSTMOTTAK_FAULT: injected trap in the \(step) step")
        }
    }
}
