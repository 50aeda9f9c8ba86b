/// How an import reads its input and where its rejects go.
public struct ImportOptions: Sendable {
    /// The input format; nil tells it from the path (see ``ImportFormat/detect(path:)``).
    public var format: ImportFormat?
    /// CSV column name → canonical field name (`["caption": "text", "posted": "created_at"]`).
    public var mapping: [String: String]
    /// When true, the first bad record stops the load with ``ImportError/rejected(file:line:reason:)``.
    /// Records appended before it stay in the store.
    public var strict: Bool
    /// Where rejected records are written as JSON Lines; nil writes none (they are still counted).
    public var rejectsPath: String?
    /// How many rejects the summary keeps.
    public var keepRejects: Int
    /// Longest record accepted; longer ones are rejected (their start kept in the rejects file).
    public var maxRecordBytes: Int
    /// The CSV field separator (comma unless told otherwise).
    public var csvDelimiter: UInt8

    public init(
        format: ImportFormat? = nil, mapping: [String: String] = [:], strict: Bool = false,
        rejectsPath: String? = nil, keepRejects: Int = 20, maxRecordBytes: Int = 64 << 20,
        csvDelimiter: UInt8 = UInt8(ascii: ",")
    ) {
        self.format = format
        self.mapping = mapping
        self.strict = strict
        self.rejectsPath = rejectsPath
        self.keepRejects = keepRejects
        self.maxRecordBytes = maxRecordBytes
        self.csvDelimiter = csvDelimiter
    }
}
