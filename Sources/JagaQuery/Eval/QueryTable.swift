import JagaCore

/// A table the query engine can read: rows by number, fields by name.
///
/// Posts, reports, findings and intermediate results all conform, so every pipeline
/// operator works on each of them. A table may offer fast paths for filters it can
/// answer better than row-by-row evaluation (a scan of the text arena for `has`).
public protocol QueryTable: Sendable {
    /// Number of rows.
    var rowCount: Int { get }
    /// Every field a query may name, in display order.
    var fieldNames: [String] { get }
    /// The columns shown when a query ends without `project`.
    var defaultColumns: [String] { get }
    /// The columns written by the data modes (csv, json, jsonl) when a query ends without `project`:
    /// every stored field, so nothing from the input is lost on export.
    var exportColumns: [String] { get }
    /// The name an export column is written under (posts write `region_raw` as `region`).
    func exportName(_ field: String) -> String
    /// A reader of one field, or nil when the table has no such field.
    func accessor(for field: String) -> FieldAccessor?
    /// Rows among `rows` (all rows when nil) where `field op needle` holds, or nil when
    /// the table has no fast path for it. `op` is `has`, `contains`, `has_cs`, `contains_cs`,
    /// `startswith`, `endswith` or `matches`.
    func fastFilter(field: String, op: String, needle: String, rows: [Int32]?, context: EvalContext) throws(ScriptError) -> [Int32]?
}

extension QueryTable {
    public var defaultColumns: [String] { fieldNames }
    public var exportColumns: [String] { fieldNames }
    public func exportName(_ field: String) -> String { field }
    public func fastFilter(field: String, op: String, needle: String, rows: [Int32]?, context: EvalContext) throws(ScriptError) -> [Int32]? { nil }
}

/// Reads one field of a table by row number, with the type it always has when known.
public struct FieldAccessor: Sendable {
    /// The value type every row has, or nil when it varies (unknown input fields).
    public var type: ValueType?
    public var read: @Sendable (Int) -> Value

    public init(type: ValueType?, read: @escaping @Sendable (Int) -> Value) {
        self.type = type
        self.read = read
    }
}

/// The static type of an expression, when it is known before running.
public enum ValueType: String, Sendable {
    case bool, int, double, string, time, duration, list, severity
}
