import Foundation
public import Logging
public import PostmottakClassify
public import PostmottakConfig
import PostmottakCore
import PostmottakMail
import PostmottakScan
public import PostmottakStore

/// capture → extract → classify → link → number → route → dispatch: each step reads the item,
/// decides, and commits its result with an event in one transaction. A crash between steps
/// resumes at the last committed one; a step never has an outside effect (those go through
/// the outbox), so repeating an uncommitted step is harmless.
public struct Pipeline: Sendable {
    public let store: Store
    public let configuration: PostmottakConfiguration
    public let logger: Logger
    let parser: MIMEParser
    let hygiene = MailHygiene()
    let classifier: RuleClassifier
    let scanner: ReferenceNumberScanner
    let timeZone: TimeZone
    /// Reads scans (nil when no OCR is set up).
    let scanReader: ScanReader?

    public init(store: Store, configuration: PostmottakConfiguration, logger: Logger, scanReader: ScanReader? = nil) {
        self.scanReader = scanReader
        self.classifier = Self.classifier(for: configuration, logger: logger)
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.parser = MIMEParser(limits: MIMELimits(maxDecodedBytes: max(configuration.intake.maxMessageBytes * 4, 16 << 20)))
        self.scanner = ReferenceNumberScanner(format: configuration.reference)
        self.timeZone = TimeZone(identifier: configuration.municipality.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }

    /// Moves every unfinished item as far as it goes, oldest first. An item whose step fails
    /// (a missing blob, a full disk) stays at its last committed step and is logged; the
    /// items behind it go on. Returns how many items were moved.
    @discardableResult
    public func runPending(shouldStop: @Sendable () -> Bool = { false }) throws -> Int {
        var count = 0
        for id in try store.pendingItemIDs() {
            if shouldStop() { break }
            do {
                try process(id)
                count += 1
            } catch {
                logger.error("item stays at its last committed step; it is tried again on the next pass",
                             metadata: ["item": "\(id)", "error": "\(error)"])
            }
        }
        return count
    }

    /// Moves one item through every step that applies to it.
    public func process(_ id: Int64) throws {
        while let item = try store.item(id), !item.status.isTerminal, item.status != .dispatched, item.status != .review {
            do {
                try step(item)
            } catch StoreError.staleTransition {
                // Another worker committed this step first; read the item again and go on.
                continue
            }
        }
    }

    private func step(_ item: IntakeItem) throws {
        switch item.status {
        case .captured: try extract(item)
        case .extracted: try classify(item)
        case .classified: try link(item)
        case .linked: try number(item)
        case .numbered: try route(item)
        case .routed: try dispatch(item)
        case .dispatched, .done, .quarantined, .ignored, .review: return
        }
    }

    static func json(_ value: some Encodable) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The classifier the configuration asks for: the trained model (keyword rules without one)
    /// and the review threshold.
    public static func classifier(for configuration: PostmottakConfiguration, logger: Logger) -> RuleClassifier {
        RuleClassifier(model: loadModel(configuration.classify, logger: logger), reviewBelow: configuration.classify.reviewBelow)
    }

    /// The trained model, or nil (keyword rules then decide) with the reason logged.
    static func loadModel(_ classify: PostmottakConfiguration.Classify, logger: Logger) -> ClassifierModel? {
        guard let url = ConfigFile.locate(classify.model, installed: "/etc/postmottak/classifier.json") else {
            logger.warning("no classifier model: keyword rules decide", metadata: ["model": "\(classify.model)"])
            return nil
        }
        do {
            return try ClassifierModel.load(from: url)
        } catch {
            logger.error("the classifier model cannot be read: keyword rules decide", metadata: ["model": "\(url.path)", "error": "\(error)"])
            return nil
        }
    }
}
