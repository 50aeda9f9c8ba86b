import Foundation
import JagaSDK

/// The `koordinasi.copypasta` detector: near-identical posts by several accounts within a short window.
///
/// How it decides (see the parameters in ``CopypastaSettings``):
/// 1. Each post's text is normalised once, straight from the text arena (``TextNormalizer``:
///    folded words; URLs, @mentions, punctuation and emoji dropped; hashtags' words kept).
///    Posts with fewer than `min_tokens` words, without an author, or (when
///    `skip_official_texts` is off) by an official account are left out.
/// 2. Each remaining text gets a 64-slot MinHash signature of its byte 5-grams
///    (``MinHashSigner``), on all cores.
/// 3. LSH banding proposes pairs of posts at most `window` apart, which are joined when their
///    similarity reaches `similarity` (estimated, or exact near the threshold:
///    ``CandidateLinker``); joined pairs form sets of copies (single linkage). The same text
///    posted again days later is not joined to the earlier posts.
/// 4. A set whose texts an official account posted is an official announcement and is
///    dropped (`skip_official_texts`). In the others, ``BurstFinder`` keeps the posts lying in
///    a window of `window` minutes holding posts by at least `min_accounts` distinct
///    accounts; bursts more than a window apart are separate clusters.
/// 5. Every member of a cluster gets a finding (severity medium, high from 10 accounts; score =
///    its best estimated similarity to a nearby member), naming the cluster, its size, members,
///    accounts and time span. Clusters are numbered `C0001`, ... by first post time (ties: the
///    smallest member id), so names and order do not depend on threads.
///
/// One account reposting itself never counts: accounts are counted, not posts.
///
/// A finding's details: `cluster` (`C0003`), `size`, `members` (ids in time order),
/// `account_count`, `accounts` (sorted), `first` and `last` (`created_at` of the first and last
/// member) and `span` (a duration); the two lists stop at 100 entries, the counts do not. The
/// evidence is the whole text. Cluster numbers depend on the rows judged: a narrower query can
/// number the same cluster differently.
public final class CopypastaDetector: DatasetDetector, @unchecked Sendable {
    /// The plugin id.
    public static let pluginID = "koordinasi.copypasta"
    /// The one rule it emits.
    public static let ruleID = "koordinasi.copypasta"
    /// The rule's basis: a coordination signal, not an article of law.
    public static let basis = "coordination signal"

    /// The manifest: rule `koordinasi.copypasta` and the parameters of ``CopypastaSettings``.
    public let manifest = PluginManifest(
        id: CopypastaDetector.pluginID,
        version: "1.0.0",
        kind: .datasetDetector,
        summary: "Copy-paste campaigns: near-identical posts by several accounts within a short window.",
        rules: [RuleSpec(id: CopypastaDetector.ruleID, defaultSeverity: .medium, legalBasis: CopypastaDetector.basis,
                         summary: "The same or nearly the same text posted by several distinct accounts within a short window.")],
        parameters: CopypastaSettings.parameterSpecs
    )

    private let lock = NSLock()
    private var settings = CopypastaSettings()
    /// Counters of the last run, for measurements.
    private var lastStats = CopypastaStats()

    /// Makes a detector with the default parameters.
    public init() {}

    /// Applies parameter values (already checked against the manifest).
    public func configure(_ parameters: PluginParameters) throws {
        let s = CopypastaSettings(parameters)
        lock.withLock { settings = s }
    }

    /// What the last `detect` did (posts signed, comparisons, clusters), for benchmarks and tests.
    public var statistics: CopypastaStats { lock.withLock { lastStats } }

    /// Finds the copy-paste clusters among `rows` and returns one finding per member.
    public func detect(_ posts: PostStore, rows: [Int], context: DatasetContext) throws -> [Finding] {
        let s = lock.withLock { settings }
        var stats = CopypastaStats()
        let clock = ContinuousClock()
        var mark = clock.now
        func lap(_ name: String) {
            let now = clock.now
            stats.phases.append((name, (now - mark) / .seconds(1)))
            mark = now
        }

        // Which accounts are official, by author code.
        let matcher = OfficialAccounts(patterns: s.officialPatterns)
        let official = posts.author.values.map { matcher.matches($0) }
        let authorCodes = posts.author.codes

        // Rows worth comparing, ascending and distinct.
        var sortedRows = rows.filter { $0 >= 0 && $0 < posts.count }
        if !zip(sortedRows, sortedRows.dropFirst()).allSatisfy({ $0 < $1 }) {
            sortedRows = Array(Set(sortedRows)).sorted()
        }
        let eligible = sortedRows.filter { row in
            let a = authorCodes[row]
            guard a >= 0, !posts.text.isNull(row) else { return false }
            return s.skipOfficialTexts || !official[Int(a)]
        }
        lap("select")
        // Entries are numbered in time order (ties: row); texts are read in row order.
        let byTime = Self.timeOrder(Array(eligible.indices), times: eligible.map { posts.createdSeconds[$0] })
        var positions = [Int](repeating: 0, count: eligible.count)
        for (p, i) in byTime.enumerated() { positions[i] = p }
        lap("order")
        let table = SignatureTable.build(posts, candidates: eligible, positions: positions, minWords: s.minTokens,
                                         isCancelled: context.isCancelled)
        stats.signed = table.count
        lap("sign")
        if context.isCancelled() { throw PluginError("\(Self.pluginID): cancelled") }

        // Exact similarity of pairs of entries near the threshold, on all cores.
        let threshold = s.similarity
        let exact: ([(Int32, Int32)]) -> [Bool] = { pairs in
            let answers = AnswerBox(count: pairs.count)
            let chunk = 2048
            let chunks = (pairs.count + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var exact = ExactSimilarity()
                var local: [Bool] = []
                for i in (c * chunk)..<min(pairs.count, (c + 1) * chunk) {
                    let (a, b) = pairs[i]
                    local.append(exact.jaccard(posts, table.rows[Int(a)], table.rows[Int(b)]) >= threshold)
                }
                answers.set(from: c * chunk, local)
            }
            return answers.values
        }
        var linker = CandidateLinker(threshold: s.similarity, window: s.windowSeconds)
        var sets = linker.link(table, exact: exact, isCancelled: context.isCancelled)
        stats.comparisons = linker.comparisons
        stats.exactChecks = linker.exactChecks
        lap("link")
        stats.phases += [("link.sort", linker.seconds.sort), ("link.exact", linker.seconds.exact),
                         ("link.walk", linker.seconds.join - linker.seconds.exact)]
        if context.isCancelled() { throw PluginError("\(Self.pluginID): cancelled") }

        let clusters = findClusters(table: table, sets: &sets, posts: posts, official: official, settings: s)
        stats.clusters = clusters.count
        lap("bursts")

        var findings: [Finding] = []
        for (k, c) in clusters.enumerated() {
            findings += c.findings(name: CopypastaCluster.name(k + 1), posts: posts, rule: Self.ruleID,
                                   legalBasis: Self.basis, plugin: Self.pluginID)
        }
        findings.sort(by: Finding.canonicalOrder)
        stats.findings = findings.count
        lap("findings")
        let done = stats
        lock.withLock { lastStats = done }
        return findings
    }

    /// Groups the joined entries into sets, drops official ones, and cuts the rest into bursts.
    private func findClusters(table: SignatureTable, sets: inout DisjointSets, posts: PostStore, official: [Bool],
                              settings s: CopypastaSettings) -> [CopypastaCluster] {
        let n = table.count
        guard n > 0 else { return [] }
        // Entries grouped by set (counting sort by root), only sets with enough members.
        var roots = [Int32](repeating: 0, count: n)
        var size = [Int32](repeating: 0, count: n)
        for e in 0..<n {
            let r = sets.find(e)
            roots[e] = Int32(r)
            size[r] += 1
        }
        var start = [Int](repeating: -1, count: n)
        var total = 0
        for r in 0..<n where Int(size[r]) >= s.minAccounts {
            start[r] = total
            total += Int(size[r])
        }
        var grouped = [Int](repeating: 0, count: total)
        var fill = start
        for e in 0..<n {
            let r = Int(roots[e])
            if start[r] >= 0 {
                grouped[fill[r]] = e
                fill[r] += 1
            }
        }

        let codes = posts.author.codes
        var tally = [Int32](repeating: 0, count: posts.author.values.count)
        var clusters: [CopypastaCluster] = []
        for r in 0..<n where start[r] >= 0 {
            var members = Array(grouped[start[r]..<(start[r] + Int(size[r]))])
            if s.skipOfficialTexts, members.contains(where: { official[Int(codes[table.rows[$0]])] }) { continue }
            members = members.filter { !official[Int(codes[table.rows[$0]])] }
            // Entries are numbered in time order, and the grouping kept that order.
            let times = members.map { table.times[$0] }
            let accounts = members.map { codes[table.rows[$0]] }
            let bursts = BurstFinder.bursts(times: times, accounts: accounts, window: s.windowSeconds,
                                            minAccounts: s.minAccounts, tally: &tally)
            for burst in bursts {
                let entries = burst.map { members[$0] }
                clusters.append(makeCluster(entries, table: table, posts: posts))
            }
        }
        clusters.sort { a, b in a.first != b.first ? a.first < b.first : a.smallestID < b.smallestID }
        return clusters
    }

    /// `rows` (ascending indices into `times`) ordered by `times[row]`, ties by row.
    static func timeOrder(_ rows: [Int], times: [Int64]) -> [Int] {
        guard let lo = rows.lazy.map({ times[$0] }).min(), let hi = rows.lazy.map({ times[$0] }).max() else { return [] }
        var rowBits = 1
        while (1 << rowBits) < rows.count { rowBits += 1 }
        let span = UInt64(bitPattern: hi &- lo)
        if hi >= lo, span < (UInt64(1) << UInt64(64 - rowBits)) {
            // Radix sort of (time - lo) << rowBits | index: stable, no comparator.
            var keys = rows.indices.map { i in UInt64(bitPattern: times[rows[i]] &- lo) << UInt64(rowBits) | UInt64(i) }
            var scratch: [UInt64] = []
            RadixSort.sortHighBits(&keys, from: 0, scratch: &scratch)
            let mask = (UInt64(1) << UInt64(rowBits)) - 1
            return keys.map { rows[Int(truncatingIfNeeded: $0 & mask)] }
        }
        return rows.sorted { a, b in times[a] != times[b] ? times[a] < times[b] : a < b }
    }

    /// A cluster from its entries (in time order), with each member's score.
    private func makeCluster(_ entries: [Int], table: SignatureTable, posts: PostStore) -> CopypastaCluster {
        let rows = entries.map { table.rows[$0] }
        let ids = rows.map { posts.ids.string($0) ?? "" }
        let accounts = Set(rows.compactMap { posts.author.string($0) }).sorted()
        var scores: [Double] = []
        scores.reserveCapacity(entries.count)
        let reach = 4
        for i in entries.indices {
            var best = 0.0
            for j in max(0, i - reach)...min(entries.count - 1, i + reach) where j != i {
                best = max(best, table.similarity(entries[i], entries[j]))
            }
            scores.append((best * 1000).rounded() / 1000)
        }
        return CopypastaCluster(
            rows: rows, scores: scores, ids: ids, accounts: accounts,
            first: posts.createdSeconds[rows[0]], last: posts.createdSeconds[rows[rows.count - 1]],
            smallestID: ids.min() ?? "")
    }
}

/// Answers written by the threads checking pairs (each range by one thread).
private final class AnswerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Bool]

    init(count: Int) { storage = Array(repeating: false, count: count) }

    func set(from start: Int, _ values: [Bool]) {
        lock.withLock { for (i, v) in values.enumerated() { storage[start + i] = v } }
    }

    var values: [Bool] { lock.withLock { storage } }
}
