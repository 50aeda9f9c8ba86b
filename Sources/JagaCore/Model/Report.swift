/// A report filed about a content item by a person (a reporter is personal data).
public struct Report: Sendable, Hashable {
    public var id: String
    public var contentID: String
    public var reportedAt: Timestamp?
    public var reporter: String?
    /// Free text or a rule id from the taxonomy.
    public var category: String?
    public var description: String?
    public var status: ReportStatus?
    public var assignee: String?
    public var notes: String?
    /// Unknown input fields by name, in input order.
    public var extra: [String: Value]

    public init(
        id: String, contentID: String, reportedAt: Timestamp? = nil, reporter: String? = nil,
        category: String? = nil, description: String? = nil, status: ReportStatus? = nil,
        assignee: String? = nil, notes: String? = nil, extra: [String: Value] = [:]
    ) {
        self.id = id
        self.contentID = contentID
        self.reportedAt = reportedAt
        self.reporter = reporter
        self.category = category
        self.description = description
        self.status = status
        self.assignee = assignee
        self.notes = notes
        self.extra = extra
    }
}

/// Where a report is in the triage workflow.
@frozen public enum ReportStatus: String, Sendable, Hashable, CaseIterable {
    case new, triaged, escalated, actioned, dismissed
}
