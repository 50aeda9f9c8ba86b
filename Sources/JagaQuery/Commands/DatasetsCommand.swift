import JagaCore

/// `datasets`: lists the loaded datasets.
public struct DatasetsCommand: Command {
    public init() {}
    public let name = "datasets"
    public let usage = "datasets"
    public let summary = "List loaded datasets: name, kind, rows, rejected, source"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        try inv.args.expectEnd(usage)
        let rows: [[Value]] = session.sortedDatasets.map {
            [.string($0.name), .string($0.kind.rawValue), .int(Int64($0.table.rowCount)), .int(Int64($0.rejected)), .string($0.source)]
        }
        try session.printResult(QueryResult(table: ResultTable(
            columns: ["name", "kind", "rows", "rejected", "source"], rows: rows, types: [.string, .string, .int, .int, .string])))
    }
}

/// `fields DATASET`: lists the fields a dataset's queries may use.
public struct FieldsCommand: Command {
    public init() {}
    public let name = "fields"
    public let usage = "fields DATASET"
    public let summary = "List the fields of a dataset, with their types"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let name = try a.word("a dataset name")
        try a.expectEnd(usage)
        let d = try session.dataset(name, at: inv.location)
        let rows: [[Value]] = d.table.fieldNames.map { f in
            [.string(f), .string(d.table.accessor(for: f)?.type?.rawValue ?? "any")]
        }
        try session.printResult(QueryResult(table: ResultTable(columns: ["field", "type"], rows: rows)))
    }
}
