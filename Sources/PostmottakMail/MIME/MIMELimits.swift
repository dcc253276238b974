/// Bounds that keep a hostile message from exhausting the gateway.
public struct MIMELimits: Sendable, Equatable {
    /// Deepest nesting of multiparts and attached messages that is walked.
    public var maxDepth: Int
    /// Most MIME parts that are read.
    public var maxParts: Int
    /// Most decoded bytes, over all parts together.
    public var maxDecodedBytes: Int

    public init(maxDepth: Int = 32, maxParts: Int = 500, maxDecodedBytes: Int = 256 * 1024 * 1024) {
        self.maxDepth = maxDepth
        self.maxParts = maxParts
        self.maxDecodedBytes = maxDecodedBytes
    }
}
