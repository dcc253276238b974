import Foundation
import Logging
import PostmottakClassify
import PostmottakConfig
import Synchronization

/// The classifier, read from its model file the first time the pipeline has work: a command
/// that only reads the store (`export`, `review list`, `explain`) never pays for decoding a
/// model of several megabytes. The file is looked for at start, so a missing model still
/// stops the program naming the key; an unreadable one stops the first run naming it.
final class ClassifierSource: Sendable {
    private let configuration: PostmottakConfiguration.Classify
    private let logger: Logger
    private let loaded = Mutex<RuleClassifier?>(nil)

    init(_ configuration: PostmottakConfiguration.Classify, logger: Logger) throws {
        if configuration.model == "none" {
            logger.notice("classify.model = \"none\": keyword rules decide")
        } else {
            _ = try Resources.require(configuration.model, key: "classify.model")
        }
        self.configuration = configuration
        self.logger = logger
    }

    /// The classifier, its model read on the first call.
    func classifier() throws -> RuleClassifier {
        try loaded.withLock { cached in
            if let cached { return cached }
            let made = RuleClassifier(model: try Pipeline.loadModel(configuration, logger: logger), reviewBelow: configuration.reviewBelow)
            cached = made
            return made
        }
    }
}
