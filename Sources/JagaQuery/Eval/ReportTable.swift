import JagaCore

/// The query face of a list of ``Report`` values.
public struct ReportTable: QueryTable {
    public let reports: [Report]
    public let extraNames: [String]

    public static let canonicalFields = ["id", "content_id", "reported_at", "reporter", "category", "description", "status", "assignee", "notes"]

    public init(reports: [Report]) {
        self.reports = reports
        var seen = Set<String>()
        var names: [String] = []
        for r in reports { for k in r.extra.keys.sorted() where seen.insert(k).inserted { names.append(k) } }
        self.extraNames = names
    }

    public var rowCount: Int { reports.count }
    public var fieldNames: [String] { ReportTable.canonicalFields + extraNames }
    public var defaultColumns: [String] { ["id", "content_id", "reported_at", "category", "status", "description"] }

    public func accessor(for field: String) -> FieldAccessor? {
        let rs = reports
        func s(_ f: @escaping @Sendable (Report) -> String?) -> FieldAccessor {
            FieldAccessor(type: .string) { f(rs[$0]).map(Value.string) ?? .null }
        }
        switch field.lowercased() {
        case "id": return s(\.id)
        case "content_id": return s(\.contentID)
        case "reporter": return s(\.reporter)
        case "category": return s(\.category)
        case "description": return s(\.description)
        case "status": return s { $0.status?.rawValue }
        case "assignee": return s(\.assignee)
        case "notes": return s(\.notes)
        case "reported_at": return FieldAccessor(type: .time) { rs[$0].reportedAt.map(Value.time) ?? .null }
        default:
            guard extraNames.contains(field) else { return nil }
            return FieldAccessor(type: nil) { rs[$0].extra[field] ?? .null }
        }
    }
}
