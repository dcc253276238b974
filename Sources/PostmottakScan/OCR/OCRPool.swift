public import Foundation

/// A fixed set of OCR engines, one per worker (per language set). A caller borrows one for
/// the length of a closure; when all are busy, it waits. Engines are made lazily, once each.
// @unchecked: `idle` and `made` are used only with `lock` held; a borrower waits on it.
public final class OCRPool: @unchecked Sendable {
    public let size: Int
    /// The default language set (`nor+swe+eng`).
    public let languages: String
    private let dataPath: String?
    private let lock = NSCondition()
    private var idle: [String: [OCREngine]] = [:]
    private var made: [String: Int] = [:]

    /// `size` engines (default: the number of cores) for `languages`.
    public init(size: Int = ProcessInfo.processInfo.activeProcessorCount, languages: String = "nor+swe+eng", dataPath: String? = nil) {
        self.size = max(1, size)
        self.languages = languages
        self.dataPath = dataPath
    }

    /// Runs `body` with an engine of its own, for `languages` (default: the pool's).
    public func withEngine<T>(languages: String? = nil, _ body: (OCREngine) throws -> T) throws -> T {
        let engine = try checkout(languages ?? self.languages)
        defer { checkin(engine) }
        return try body(engine)
    }

    private func checkout(_ languages: String) throws -> OCREngine {
        lock.lock()
        while idle[languages, default: []].isEmpty, made[languages, default: 0] >= size { lock.wait() }
        if let engine = idle[languages]?.popLast() {
            lock.unlock()
            return engine
        }
        made[languages, default: 0] += 1
        lock.unlock()
        do {
            return try OCREngine(languages: languages, dataPath: dataPath)
        } catch {
            lock.lock()
            made[languages, default: 1] -= 1
            lock.broadcast()
            lock.unlock()
            throw error
        }
    }

    private func checkin(_ engine: OCREngine) {
        lock.lock()
        idle[engine.languages, default: []].append(engine)
        lock.broadcast()
        lock.unlock()
    }
}
