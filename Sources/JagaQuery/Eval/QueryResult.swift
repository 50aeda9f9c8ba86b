import JagaCore

/// What a query produced: a table, the rows chosen from it in order, and the columns to show.
public struct QueryResult: Sendable {
    public var table: any QueryTable
    /// Chosen rows in order; nil means every row in table order.
    public var rows: [Int32]?
    /// Columns to show; nil means the table's default columns.
    public var columns: [String]?

    public init(table: any QueryTable, rows: [Int32]? = nil, columns: [String]? = nil) {
        self.table = table
        self.rows = rows
        self.columns = columns
    }

    /// Number of rows in the result.
    public var count: Int { rows?.count ?? table.rowCount }

    /// The table row behind result row `i`.
    @inline(__always) public func row(_ i: Int) -> Int { rows.map { Int($0[i]) } ?? i }

    /// The single value of a one-row, one-column result (`count`), for sub-queries and `set`.
    public var scalar: Value? {
        let cols = columns ?? table.defaultColumns
        guard count == 1, cols.count == 1, let acc = table.accessor(for: cols[0]) else { return nil }
        return acc.read(row(0))
    }
}
