import Foundation
import JagaCore

/// The query face of findings: `findings | where severity >= high | count by rule`.
public struct FindingTable: QueryTable {
    public let findings: [Finding]
    /// The posts the findings are about (for evidence excerpts), when known.
    public let posts: PostTable?
    /// The names of the findings' details, sorted (worked out on first use: a run's table is
    /// made for every run, its columns listed far less often).
    public var detailNames: [String] { names.value }
    private let names: DetailNames

    /// The detail names of some findings, collected once, when first asked for (thread-safe).
    final class DetailNames: @unchecked Sendable {
        private let findings: [Finding]
        private let lock = NSLock()
        private var made: [String]?

        init(_ findings: [Finding]) { self.findings = findings }

        var value: [String] {
            lock.withLock {
                if let made { return made }
                var names = Set<String>()
                for f in findings { for k in f.details.keys { names.insert(k) } }
                let sorted = names.sorted()
                made = sorted
                return sorted
            }
        }
    }
    /// Evidence excerpts, worked out when first asked for (most runs never show them).
    private let excerpts: Excerpts

    public static let canonicalFields = ["content_id", "rule", "plugin", "severity", "score", "reason", "evidence", "legal_basis"]

    public init(findings: [Finding], posts: PostTable?) {
        self.findings = findings
        self.posts = posts
        self.names = DetailNames(findings)
        self.excerpts = Excerpts(findings: findings, posts: posts)
    }

    /// The excerpts of every finding's evidence, made once on first use (thread-safe).
    final class Excerpts: @unchecked Sendable {
        private let findings: [Finding]
        private let posts: PostTable?
        private let lock = NSLock()
        private var made: [[String?]]?

        init(findings: [Finding], posts: PostTable?) {
            self.findings = findings
            self.posts = posts
        }

        /// The excerpt of each evidence span of finding `i` (nil where the post or span is not found).
        subscript(_ i: Int) -> [String?] {
            lock.withLock {
                if let made { return made[i] }
                let all = make()
                made = all
                return all[i]
            }
        }

        private func make() -> [[String?]] {
            var rowOf: [String: Int] = [:]
            if let store = posts?.store, !findings.isEmpty {
                let wanted = Set(findings.map(\.contentID))
                for r in 0..<store.count { if let id = store.ids.string(r), wanted.contains(id) { rowOf[id] = r } }
            }
            return findings.map { f in
                guard let store = posts?.store, let row = rowOf[f.contentID] else { return f.evidence.map { _ in nil } }
                return f.evidence.map { span in
                    guard span.start <= span.end else { return nil }
                    return (span.field == "transcript" ? store.transcript : store.text).string(row, part: span.start..<span.end)
                }
            }
        }
    }

    /// The text of each evidence span of finding `i`, from its post (nil where it cannot be found).
    public func evidenceExcerpts(_ i: Int) -> [String?] { excerpts[i] }

    public var rowCount: Int { findings.count }
    public var fieldNames: [String] { FindingTable.canonicalFields + detailNames.filter { !FindingTable.canonicalFields.contains($0) } }
    public var defaultColumns: [String] { ["content_id", "rule", "severity", "score", "plugin", "evidence", "reason"] }

    public func accessor(for field: String) -> FieldAccessor? {
        let fs = findings
        let ex = excerpts
        switch field.lowercased() {
        case "content_id": return FieldAccessor(type: .string) { .string(fs[$0].contentID) }
        case "rule": return FieldAccessor(type: .string) { .string(fs[$0].rule) }
        case "plugin": return FieldAccessor(type: .string) { .string(fs[$0].plugin) }
        case "severity": return FieldAccessor(type: .severity) { .string(fs[$0].severity.description) }
        case "score": return FieldAccessor(type: .double) { .double(fs[$0].score) }
        case "reason": return FieldAccessor(type: .string) { .string(fs[$0].reason) }
        case "legal_basis": return FieldAccessor(type: .string) { .string(fs[$0].legalBasis) }
        case "evidence": return FieldAccessor(type: .list) { .list(ex[$0].compactMap { $0 }.map(Value.string)) }
        default:
            guard detailNames.contains(field) else { return nil }
            return FieldAccessor(type: nil) { fs[$0].details[field] ?? .null }
        }
    }
}
