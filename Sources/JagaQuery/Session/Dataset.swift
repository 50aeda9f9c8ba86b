import JagaCore

/// A named dataset of a session: posts, reports, or a saved result.
public struct Dataset: Sendable {
    /// What kind of records a dataset holds.
    public enum Kind: String, Sendable {
        case posts, reports, findings, table
    }

    public var name: String
    public var kind: Kind
    /// The query face of the data.
    public var table: any QueryTable
    /// Where it came from (a path, or a description).
    public var source: String
    /// Records rejected while loading it.
    public var rejected: Int

    public init(name: String, kind: Kind, table: any QueryTable, source: String, rejected: Int = 0) {
        self.name = name
        self.kind = kind
        self.table = table
        self.source = source
        self.rejected = rejected
    }

    /// The posts behind a posts dataset.
    public var posts: PostTable? { table as? PostTable }
    /// The reports behind a reports dataset.
    public var reports: ReportTable? { table as? ReportTable }
}
