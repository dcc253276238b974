import ArgumentParser
import Foundation
import PostmottakApp
import PostmottakConfig
import PostmottakCore
import PostmottakDev
import PostmottakScan

/// `postmottak-dev train-ocr`: trains the comb cell classifier on rendered cards (made by
/// `scripts/cards/render_cards.py` from the training fonts) and measures it, cell by cell and
/// comb by comb, on other folders of cards (held-out fonts), each reported apart.
struct TrainOCRCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ocr", abstract: "Train the comb cell classifier on rendered cards; measure it on held-out cards.")

    @Option(name: .long, help: "The TOML configuration file (for the form templates).")
    var config: String?

    @Option(name: .long, help: "A folder of training cards with their .truth.json files (repeatable).")
    var cards: [String] = []

    @Option(name: .long, help: "A folder of held-out cards to measure on (repeatable); never trained on.")
    var check: [String] = []

    @Option(name: .long, help: "Where the model is written (with --cards), or read (without).")
    var model = "Config/model/comb-cells.json"

    @Option(name: .long, help: "The model's version, named in explanations.")
    var version = "cells-1"

    @Option(name: .long, help: "A folder where the cells read from each folder of cards are kept, so that a second run skips reading them.")
    var cache: String?

    @Option(name: .long, help: "Training epochs.")
    var epochs = CellClassifierTrainer().epochs

    @Option(name: .long, help: "Hidden units.")
    var hidden = CellClassifierTrainer().hidden

    @Option(name: .long, help: "The learning rate at the first epoch.")
    var rate = CellClassifierTrainer().learningRate

    func run() async throws {
        let configuration = try PostmottakConfiguration.load(path: config)
        let reader = ScanReader(pool: OCRPool(size: ProcessInfo.processInfo.activeProcessorCount, languages: configuration.scan.languages), templates: try configuration.requiredFormTemplates())
        let classes = Array("0123456789")
        let classifier: CellClassifier
        if !cards.isEmpty {
            var set = CellTrainingSet()
            var fonts: [String?] = []
            for folder in cards {
                let read = try cells(of: folder, reader: reader)
                let named = try Self.fonts(folder)
                fonts += named.count == read.cards ? named.map(Optional.some) : Array(repeating: nil, count: read.cards)
                set.append(read)
            }
            // The temperature is fitted on whole fonts the network did not train on (a fifth of
            // them, hashed by name): a new hand is what the classifier meets in the mailroom.
            let heldFonts = Set(fonts.compactMap { $0 }.filter { Self.hash($0) % 5 == 0 })
            let heldBack = heldFonts.isEmpty ? nil : Set(fonts.indices.filter { fonts[$0].map(heldFonts.contains) == true })
            if !heldFonts.isEmpty { print("temperature fitted on fonts not trained on: \(heldFonts.sorted().joined(separator: ", "))") }
            print("training: \(set.cards) cards, \(set.examples.count) cells (\(set.unplaced) cards not placed, \(set.missedCells) written cells found empty)")
            var trainer = CellClassifierTrainer()
            trainer.epochs = epochs
            trainer.hidden = hidden
            trainer.learningRate = rate
            let started = ContinuousClock.now
            let (trained, check) = trainer.train(set.examples, classes: classes, version: version, heldBack: heldBack)
            print(String(format: "trained in %.0f s; on the cards held back: %d cells, accuracy %.4f, temperature %.3f, calibration error %.4f",
                         (ContinuousClock.now - started).seconds, check.examples, check.accuracy, Double(check.temperature), check.calibrationError))
            let notes = ["training_cards": "\(set.cards)", "training_cells": "\(set.examples.count)",
                         "check_accuracy": String(format: "%.4f", check.accuracy), "trained_on": cards.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")]
            try trained.encoded(notes: notes).write(to: URL(fileURLWithPath: model), options: .atomic)
            print("wrote \(model)")
            classifier = trained
        } else {
            classifier = try CellClassifier(contentsOf: URL(fileURLWithPath: model))
        }
        for folder in check {
            let set = try cells(of: folder, reader: reader)
            let fonts = try Self.fonts(folder)
            print(CellCheck(classifier: classifier, set: set) { fonts.count == set.cards && $0 < fonts.count ? fonts[$0] : nil }.report(title: folder))
        }
    }

    /// The cells of one folder of cards: from the cache when it has them, else read (and kept).
    func cells(of folder: String, reader: ScanReader) throws -> CellTrainingSet {
        let path = URL(fileURLWithPath: folder).standardizedFileURL.path
        let key = path.replacingOccurrences(of: "/", with: "_")
        let cached = cache.map { URL(fileURLWithPath: $0).appendingPathComponent(key + ".cells") }
        if let cached, let data = try? Data(contentsOf: cached), let set = CellTrainingSet(encoded: data) { return set }
        var set = CellTrainingSet()
        try Self.collect(folder, reader: reader, into: &set)
        if let cached {
            try FileManager.default.createDirectory(at: cached.deletingLastPathComponent(), withIntermediateDirectories: true)
            try set.encoded().write(to: cached, options: .atomic)
        }
        return set
    }

    /// The handwriting font of each card of the folder that is a form, in the order `collect`
    /// reads them (the renderer's truth names it).
    static func fonts(_ folder: String) throws -> [String] {
        let dir = URL(fileURLWithPath: folder)
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".truth.json") }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: dir.appendingPathComponent(name)),
                  let truth = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  (truth["form"] as? String ?? "none") != "none" else { return nil }
            return (truth["fonts"] as? [String: Any])?["fields"] as? String ?? "?"
        }
    }

    /// A stable hash of a font's name (FNV-1a), so the same fonts are held back every run.
    static func hash(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    static func collect(_ folder: String, reader: ScanReader, into set: inout CellTrainingSet) throws {
        let dir = URL(fileURLWithPath: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".truth.json") }.sorted()
        guard !names.isEmpty else { throw ValidationError("no *.truth.json files in \(folder)") }
        // Read on every core, kept in the files' order (the same set, the same model).
        let results = Results(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            let file = String(names[i].dropLast(".truth.json".count))
            guard let data = try? Data(contentsOf: dir.appendingPathComponent(names[i])),
                  let truth = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  (truth["form"] as? String ?? "none") != "none" else { return }
            do {
                let combs = try reader.combGlyphs(try ScanDocument(data: try Data(contentsOf: dir.appendingPathComponent(file))))
                results.set(i, (combs, data))
            } catch {
                print("  \(file): \(error)")
            }
        }
        for case let (combs, data)? in results.all {
            guard let truth = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
            set.add(combs, truth: truth, card: set.cards)
        }
    }
}

/// Per file, what was read, filled in from several threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [([ScanReader.CombGlyphs], Data)?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: ([ScanReader.CombGlyphs], Data)) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }

    var all: [([ScanReader.CombGlyphs], Data)?] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
