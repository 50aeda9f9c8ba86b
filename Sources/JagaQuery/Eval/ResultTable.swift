import JagaCore

/// A materialised table of values: what `project`, `count by` and `distinct` produce.
public struct ResultTable: QueryTable {
    public var columns: [String]
    public var rows: [[Value]]
    /// Column types when known (used to type-check later stages).
    public var types: [ValueType?]

    public init(columns: [String], rows: [[Value]], types: [ValueType?]? = nil) {
        self.columns = columns
        self.rows = rows
        self.types = types ?? Array(repeating: nil, count: columns.count)
    }

    public var rowCount: Int { rows.count }
    public var fieldNames: [String] { columns }

    public func accessor(for field: String) -> FieldAccessor? {
        guard let i = columns.firstIndex(of: field) ?? columns.firstIndex(where: { $0.lowercased() == field.lowercased() }) else { return nil }
        let rows = self.rows
        return FieldAccessor(type: types[i]) { rows[$0][i] }
    }
}
