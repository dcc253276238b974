/// Store failures, each with what happened and what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// An item's status changed under us: another worker or instance already took this step.
    case staleTransition(itemID: Int64, expected: String, found: String)
    /// No such item.
    case itemNotFound(Int64)
    /// A blob is missing from the blob store.
    case blobMissing(String)
    /// A blob's bytes no longer match its name: the disk corrupted it.
    case blobCorrupt(String)
    /// Writing a blob failed.
    case blobWriteFailed(String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the store at \(path): \(reason). Check the path and its permissions, or run `postmottak migrate`."
        case .staleTransition(let id, let expected, let found):
            "item \(id) was expected in status \(expected) but is \(found): another worker took this step; nothing was changed"
        case .itemNotFound(let id): "no intake item with id \(id)"
        case .blobMissing(let d): "blob \(d) is missing from the blob store: restore it from backup"
        case .blobCorrupt(let d): "blob \(d) does not match its SHA-256: the file is corrupt, restore it from backup"
        case .blobWriteFailed(let d, let reason): "cannot write blob \(d.prefix(12)): \(reason)"
        }
    }
}
