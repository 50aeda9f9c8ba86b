/// How query results are written, like sqlite's and DuckDB's `.mode`.
public enum OutputMode: String, Sendable, CaseIterable {
    case table, csv, json, jsonl, markdown, line
}
