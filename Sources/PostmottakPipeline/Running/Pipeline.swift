import Foundation
public import Logging
public import PostmottakClassify
public import PostmottakConfig
import PostmottakCore
import PostmottakMail
public import PostmottakScan
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
    let classifierSource: ClassifierSource
    let scanner: ReferenceNumberScanner
    let timeZone: TimeZone
    /// Reads scans (nil when no OCR is set up).
    let scanReader: ScanReader?
    /// A fault a test switched on (`POSTMOTTAK_FAULT`), or nil.
    let fault = FaultInjection.fromEnvironment

    public init(store: Store, configuration: PostmottakConfiguration, logger: Logger, scanReader: ScanReader? = nil) throws {
        self.scanReader = scanReader
        self.classifierSource = try ClassifierSource(configuration.classify, logger: logger)
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
    ///
    /// Extraction (MIME, HTML, OCR: where hostile input is read) runs on `pipeline.workers`
    /// threads at once; the later steps run in id order on the calling thread, so linking
    /// sees earlier items first. An item still being extracted after a short grace is passed
    /// over and finished when its extraction ends, so one slow item never holds up the rest.
    ///
    /// Items a stopped process was working on (the suspects of a crash) go first, one at a
    /// time and alone: a death while several items were in hand counts against each of them
    /// once, but only an item that stops the process on its own reaches the fuse's limit.
    @discardableResult
    public func runPending() throws -> Int {
        // The model is read before the first item, so an unreadable one stops the run naming it.
        let suspects = try store.itemsLeftByStoppedProcesses()
        if !suspects.isEmpty { _ = try classifierSource.classifier() }
        var count = 0
        for id in suspects {
            if Task.isCancelled { return count }
            logger.warning("an item was in hand when the process stopped; it is tried again alone", metadata: ["item": "\(id)"])
            if processLogged(id) { count += 1 }
        }
        let ids = try store.pendingItemIDs()
        if !ids.isEmpty { _ = try classifierSource.classifier() }
        let workers = min(extractionWorkers, ids.count)
        guard workers > 1 else {
            for id in ids {
                if Task.isCancelled { break }
                if processLogged(id) { count += 1 }
            }
            return count
        }
        let extraction = ExtractionQueue(ids: ids, workers: workers)
        var threads: [Thread] = []
        for n in 0..<workers {
            let thread = Thread { [self] in
                while let id = extraction.next() {
                    _ = extractLogged(id)
                    extraction.finished(id)
                }
                extraction.workerDone()
            }
            thread.name = "postmottak-extract-\(n + 1)"
            thread.stackSize = 8 << 20
            threads.append(thread)
        }
        threads.forEach { $0.start() }
        defer {
            // Cancelled (graceful shutdown): the workers take no new item and finish the ones in hand.
            extraction.stop()
            extraction.waitForWorkers()
        }
        var waiting = ids
        while !waiting.isEmpty, !Task.isCancelled {
            var passedOver: [Int64] = []
            for id in waiting {
                if Task.isCancelled { break }
                // Waits a little for the item's extraction, in order; then goes on without it.
                guard extraction.waitUntilExtracted(id, grace: passedOver.isEmpty ? 2 : 0) else {
                    passedOver.append(id)
                    continue
                }
                if processLogged(id) { count += 1 }
            }
            if passedOver.count == waiting.count { extraction.waitForAny(of: passedOver) }
            waiting = passedOver
        }
        return count
    }

    /// How many items are extracted at the same time.
    var extractionWorkers: Int {
        let configured = configuration.pipeline.workers
        return configured > 0 ? configured : max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    private func processLogged(_ id: Int64) -> Bool {
        do {
            try process(id)
            return true
        } catch {
            logger.error("item stays at its last committed step; it is tried again on the next pass",
                         metadata: ["item": "\(id)", "error": "\(error)"])
            return false
        }
    }

    /// The extract step alone, for an extraction worker (an item past it is left as it is).
    private func extractLogged(_ id: Int64) -> Bool {
        do {
            guard let item = try store.item(id), item.status == .captured else { return true }
            try guardedStep(item, carried: false)
            return true
        } catch StoreError.staleTransition {
            return true
        } catch {
            logger.error("item stays at its last committed step; it is tried again on the next pass",
                         metadata: ["item": "\(id)", "error": "\(error)"])
            return false
        }
    }

    /// Moves one item through every step that applies to it.
    public func process(_ id: Int64) throws {
        var carried = false
        while let item = try store.item(id), item.status.stepName != nil {
            do {
                carried = try guardedStep(item, carried: carried)
            } catch StoreError.staleTransition {
                // Another worker committed this step first; read the item again and go on.
                carried = false
                continue
            }
        }
    }

    /// Runs the step for `item`'s status behind the crash fuse: a mark is committed before
    /// it (unless the step before, in this call, carried it on), removed when the step fails
    /// with an error, and carried on by the step's own transition. Returns whether the mark
    /// was carried on (false when the item was quarantined by the fuse).
    @discardableResult
    private func guardedStep(_ item: IntakeItem, carried: Bool) throws -> Bool {
        guard let id = item.id, let stepName = item.status.stepName else { return false }
        if !carried {
            switch try store.beginStep(id, at: item.status, step: stepName, limit: configuration.pipeline.maxUnfinishedSteps) {
            case .fused(let crashes, let unfinished):
                logger.error("item quarantined by the crash fuse: it stopped the process in this step before", metadata: [
                    "item": "\(id)", "step": "\(stepName)", "crashes": "\(crashes)", "stops": "\(unfinished)",
                ])
                return false
            case .proceed(let attempt):
                if attempt > 1 {
                    logger.warning("this step stopped the process last time; trying again", metadata: [
                        "item": "\(id)", "step": "\(stepName)", "attempt": "\(attempt)",
                    ])
                }
            }
        }
        CrashJournal.enter(id, item.status)
        defer { CrashJournal.leave() }
        do {
            try step(item)
            return true
        } catch let error as StoreError {
            if case .staleTransition = error { throw error }
            try? store.endStep(id)
            throw error
        } catch {
            try? store.endStep(id)
            throw error
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

    /// The classifier the configuration asks for: the trained model, or the keyword rules
    /// alone when `classify.model = "none"`, and the review threshold. A configured model
    /// that cannot be found or read stops the program naming the key: a service never loses
    /// its model silently.
    public static func classifier(for configuration: PostmottakConfiguration, logger: Logger) throws -> RuleClassifier {
        RuleClassifier(model: try loadModel(configuration.classify, logger: logger), reviewBelow: configuration.classify.reviewBelow)
    }

    /// The trained model, or nil when the configuration asks for the keyword rules alone.
    static func loadModel(_ classify: PostmottakConfiguration.Classify, logger: Logger) throws -> ClassifierModel? {
        guard classify.model != "none" else { return nil }
        let url = try Resources.require(classify.model, key: "classify.model")
        do {
            return try ClassifierModel.load(from: url)
        } catch {
            throw ConfigurationError.invalidValue(key: "classify.model", value: "\"\(url.path)\"",
                                                  allowed: "a model made by `postmottak train` (this one cannot be read: \(error))")
        }
    }
}
