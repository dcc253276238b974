import Foundation

/// A fixed set of OCR engines, one per worker. A caller borrows one for the length of a
/// closure; when all are busy, it waits. Engines are made lazily, once each.
public final class OCRPool: @unchecked Sendable {
    public let size: Int
    public let languages: String
    private let dataPath: String?
    private let lock = NSCondition()
    private var idle: [OCREngine] = []
    private var made = 0

    /// `size` engines (default: the number of cores) for `languages`.
    public init(size: Int = ProcessInfo.processInfo.activeProcessorCount, languages: String = "nor+swe+eng", dataPath: String? = nil) {
        self.size = max(1, size)
        self.languages = languages
        self.dataPath = dataPath
    }

    /// Runs `body` with an engine of its own.
    public func withEngine<T>(_ body: (OCREngine) throws -> T) throws -> T {
        let engine = try checkout()
        defer { checkin(engine) }
        return try body(engine)
    }

    private func checkout() throws -> OCREngine {
        lock.lock()
        while idle.isEmpty, made >= size { lock.wait() }
        if let engine = idle.popLast() {
            lock.unlock()
            return engine
        }
        made += 1
        lock.unlock()
        do {
            return try OCREngine(languages: languages, dataPath: dataPath)
        } catch {
            lock.lock()
            made -= 1
            lock.signal()
            lock.unlock()
            throw error
        }
    }

    private func checkin(_ engine: OCREngine) {
        lock.lock()
        idle.append(engine)
        lock.signal()
        lock.unlock()
    }
}
