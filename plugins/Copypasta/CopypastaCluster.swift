import JagaSDK

/// One burst of near-identical posts by several accounts: what every member's finding describes.
struct CopypastaCluster {
    /// Most member ids and accounts listed in a finding's details (the counts are always complete).
    static let listLimit = 100
    /// Distinct accounts from which the severity is high.
    static let highSeverityAccounts = 10

    /// Store rows of the members, in time order (ties: row).
    var rows: [Int]
    /// Each member's score: its best estimated similarity to a nearby member.
    var scores: [Double]
    /// Member ids, in the order of `rows`.
    var ids: [String]
    /// Distinct account names, sorted.
    var accounts: [String]
    /// First and last instants (UTC seconds).
    var first: Int64
    var last: Int64
    /// The smallest member id (a tie-breaker for numbering).
    var smallestID: String

    /// The findings of every member, under the cluster name `name` (e.g. `C0003`).
    func findings(name: String, posts: PostStore, rule: String, legalBasis: String, plugin: String) -> [Finding] {
        let severity: Severity = accounts.count >= CopypastaCluster.highSeverityAccounts ? .high : .medium
        let span = CopypastaCluster.describe(seconds: last - first)
        let reason = "One of \(rows.count) near-identical posts by \(accounts.count) accounts within \(span) (cluster \(name))."
        let firstRow = rows[0], lastRow = rows[rows.count - 1]
        let details: [String: Value] = [
            "cluster": .string(name),
            "size": .int(Int64(rows.count)),
            "members": .list(ids.prefix(CopypastaCluster.listLimit).map { .string($0) }),
            "account_count": .int(Int64(accounts.count)),
            "accounts": .list(accounts.prefix(CopypastaCluster.listLimit).map { .string($0) }),
            "first": .time(posts.createdAt(firstRow)),
            "last": .time(posts.createdAt(lastRow)),
            "span": .duration(last - first),
        ]
        return rows.indices.map { i in
            Finding(
                contentID: ids[i], rule: rule, severity: severity, score: scores[i], reason: reason,
                evidence: [EvidenceSpan(field: "text", start: 0, end: posts.text.byteCount(rows[i]))],
                legalBasis: legalBasis, plugin: plugin, details: details)
        }
    }

    /// A length of time for a reason: `40 s`, `46 min`, `3 h 5 min`, `2 d 4 h`.
    static func describe(seconds s: Int64) -> String {
        if s < 60 { return "\(s) s" }
        if s < 7200 { return "\(s / 60) min" }
        if s < 172_800 { return "\(s / 3600) h \(s % 3600 / 60) min" }
        return "\(s / 86400) d \(s % 86400 / 3600) h"
    }

    /// Cluster names in order: `C0001`, `C0002`, ... (more digits past 9999).
    static func name(_ number: Int) -> String {
        let digits = String(number)
        return "C" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
