import Foundation
import Logging
import PostmottakApp
import PostmottakClassify
import PostmottakConfig
import PostmottakCore
import PostmottakIntake
import PostmottakPipeline
import PostmottakStore
import Testing

/// Corrections teach: what a person decided in review becomes a labelled example.
@Suite struct ReviewedExamplesTests {
    @Test func aCorrectionMadeInReviewIsALabelledExample() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-reviewed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var config = PostmottakConfiguration.defaults
        config.classify.reviewBelow = 1  // every decision waits for a person
        let instance = try Instance(configuration: config, dataDirectory: root.path, logger: Logger(label: "test"))
        let url = root.appendingPathComponent("in/a.eml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("From: Kari <kari@example.org>\nSubject: Skolen\nMessage-ID: <r@x>\n\nMor min trenger hjelp hjemme etter fallet, og jeg vil se vedtaket.\n".utf8)
            .write(to: url)
        let captured = try instance.intake.capture(fileAt: url, name: "a.eml")
        try await instance.drain()
        let id = try #require(captured.item.id)
        #expect(try instance.store.item(id)?.status == .review)
        #expect(try ReviewedExamples.load(from: instance.store).isEmpty, "nothing is an example before a person has decided")

        let queue = ReviewQueue(store: instance.store, pipeline: instance.pipeline)
        try queue.set(id, field: "kind", value: "formal")
        try queue.set(id, field: "formal_type", value: "access_request")
        try queue.set(id, field: "service_area", value: "health_care")
        try queue.set(id, field: "sensitive", value: "true")
        #expect(throws: ReviewQueue.ReviewError.self) { try queue.set(id, field: "sensitive", value: "maybe") }
        try queue.approve(id, by: "saksbehandler")
        try await instance.drain()

        let item = try #require(try instance.store.item(id))
        #expect(item.kind == .formal && item.formalType == .accessRequest && item.sensitive == true && item.serviceArea == .healthCare)
        let examples = try ReviewedExamples.load(from: instance.store)
        #expect(examples.count == 1)
        #expect(examples.first?.kindLabel == "formal/access_request" && examples.first?.sensitive == true)
        #expect(examples.first?.text.contains("Mor min trenger hjelp") == true)
        #expect(item.explanation.contains { $0.hasPrefix("model: ") }, "the explanation names the model that decided")
    }
}
