// Public: the record types conform to GRDB's record protocols, so their users may fetch them.
public import GRDB

/// An attachment of an intake item; its bytes are a blob.
public struct AttachmentRecord: Sendable, Codable, Equatable {
    public var itemId: Int64
    public var ordinal: Int
    public var fileName: String
    public var declaredFileName: String?
    public var contentType: String
    public var contentId: String?
    public var isInline: Bool
    public var size: Int64
    public var sha256: String

    public init(itemId: Int64, ordinal: Int, fileName: String, declaredFileName: String?, contentType: String,
                contentId: String?, isInline: Bool, size: Int64, sha256: String) {
        self.itemId = itemId
        self.ordinal = ordinal
        self.fileName = fileName
        self.declaredFileName = declaredFileName
        self.contentType = contentType
        self.contentId = contentId
        self.isInline = isInline
        self.size = size
        self.sha256 = sha256
    }

    /// The column names (explicit, so no key is converted at run time).
    enum CodingKeys: String, CodingKey {
        case itemId = "item_id", ordinal, fileName = "file_name", declaredFileName = "declared_file_name"
        case contentType = "content_type", contentId = "content_id", isInline = "is_inline", size, sha256
    }

    /// Every column, for the query interface.
    public enum Columns {
        public static let itemId = Column(CodingKeys.itemId)
        public static let ordinal = Column(CodingKeys.ordinal)
        public static let fileName = Column(CodingKeys.fileName)
        public static let declaredFileName = Column(CodingKeys.declaredFileName)
        public static let contentType = Column(CodingKeys.contentType)
        public static let contentId = Column(CodingKeys.contentId)
        public static let isInline = Column(CodingKeys.isInline)
        public static let size = Column(CodingKeys.size)
        public static let sha256 = Column(CodingKeys.sha256)
    }
}

extension AttachmentRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "attachment"
}
