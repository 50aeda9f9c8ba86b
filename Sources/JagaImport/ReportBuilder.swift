import JagaCore

/// One report being assembled from field texts.
struct ReportBuilder {
    var values: [String?] = Array(repeating: nil, count: ReportImporter.fields.count)
    var seen: [Bool] = Array(repeating: false, count: ReportImporter.fields.count)
    var extra: [String: Value] = [:]
    var firstLine: [String: Int] = [:]

    mutating func reset() {
        for i in values.indices {
            values[i] = nil
            seen[i] = false
        }
        extra.removeAll(keepingCapacity: true)
    }

    /// Sets field `k`; a reason when it was already set.
    mutating func set(_ k: Int, _ text: String?) -> String? {
        if seen[k] { return "duplicate field \"\(ReportImporter.fields[k])\"" }
        seen[k] = true
        values[k] = text
        return nil
    }

    /// Checks the report and appends it; the reject reason otherwise.
    mutating func commit(line: Int, into reports: inout [Report]) -> String? {
        guard let id = values[0], !id.isEmpty else { return "missing id" }
        guard let content = values[1], !content.isEmpty else { return "missing content_id" }
        var when: Timestamp?
        if let t = values[2] {
            when = Timestamp(rfc3339: t)
            if when == nil {
                let b = Array(t.utf8)
                return b.withUnsafeBufferPointer { PostRecord.badTimestamp("reported_at", $0) }
            }
        }
        var status: ReportStatus?
        if let s = values[6] {
            guard let st = ReportStatus(rawValue: s.lowercased()) else {
                let b = Array(s.utf8)
                let shown = b.withUnsafeBufferPointer { PostRecord.show($0) }
                return "unknown status \(shown) (expected new, triaged, escalated, actioned or dismissed)"
            }
            status = st
        }
        if let first = firstLine[id] { return "duplicate id \(id) (first seen on line \(first))" }
        firstLine[id] = line
        reports.append(Report(
            id: id, contentID: content, reportedAt: when, reporter: values[3], category: values[4],
            description: values[5], status: status, assignee: values[7], notes: values[8], extra: extra))
        return nil
    }
}
