import Dispatch
import Foundation
import JagaSDK

/// Runs detectors over posts on all cores and gathers their findings in a deterministic order.
///
/// Item detectors see one post at a time; rows are split into chunks that worker threads
/// take in turn. A plugin that throws on an item is recorded (plugin, item, error) and the
/// others' findings are kept. Findings come back sorted by content id, rule, plugin, then
/// evidence, whatever the thread timing.
public enum PluginRunner {
    /// Runs `plugins` over `rows` of `store` (all rows when nil).
    ///
    /// - Parameters:
    ///   - regions: the resolved region of each distinct written region (``InternedColumn`` code order).
    ///   - timing: measure each item detector's time on each post (two clock reads per plugin per
    ///     post: about 0.05 µs each, noticeable with many plugins); dataset detectors are always timed.
    ///   - progress: called now and then with (rows done, rows total), from worker threads.
    public static func run(
        _ plugins: [any Plugin], store: PostStore, rows: [Int]?, regions: [Region?], timing: Bool = true,
        progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: @escaping @Sendable () -> Bool = { false }
    ) -> RunOutcome {
        let items = plugins.compactMap { $0 as? any ItemDetector }
        // The fields some detector reads; the items are made with those only.
        let fields = items.reduce(ContentFields()) { $0.union($1.fieldsRead) }
        let datasets = plugins.compactMap { $0 as? any DatasetDetector }
        let selected = rows ?? Array(0..<store.count)
        let n = selected.count
        let state = RunState(pluginCount: items.count)
        if !items.isEmpty, n > 0 {
            let chunk = max(256, min(8192, n / (ProcessInfo.processInfo.activeProcessorCount * 16) + 1))
            let chunks = (n + chunk - 1) / chunk
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                if isCancelled() { return }
                let lo = c * chunk, hi = min(n, lo + chunk)
                var found: [Finding] = []
                var failures: [PluginFailure] = []
                var seconds = [Double](repeating: 0, count: items.count)
                var counts = [Int](repeating: 0, count: items.count)
                // The zone (and its reason text) depends only on the region, or without one on the
                // written offset: by region code + 1 (0: no region), the offsets seen with their zones.
                var zones = [[ZoneEntry]](repeating: [], count: regions.count + 1)
                let analyses = AnalysisCache()
                // Items and regions made of this chunk's own strings: no reference count shared with another core.
                var reader = PostReader(store)
                var ownRegions = [Region?](repeating: nil, count: regions.count)
                var ownMade = [Bool](repeating: false, count: regions.count)
                var hasRegion = [Bool](repeating: false, count: regions.count)
                // Read once per chunk: `store.region` is a copy of the column each time it is read.
                let regionCodes = store.region.codes
                // The detectors, called without touching their reference counts (shared by every core).
                let local = items.map { LocalDetector($0) }
                for i in lo..<hi {
                    let row = selected[i]
                    let item = reader.item(row, fields: fields)
                    let code = Int(regionCodes[row])
                    // `Region` is a resilient type: every copy or nil check is a call, so the post's
                    // region is read from `ownRegions` where it is needed, not kept in a variable.
                    let known = code >= 0 && code < regions.count
                    if known && !ownMade[code] {
                        ownRegions[code] = regions[code].map(PostReader.ownCopy)
                        hasRegion[code] = ownRegions[code] != nil
                        ownMade[code] = true
                    }
                    let inRegion = known && hasRegion[code]
                    // A region's zone does not depend on the written offset (one entry per region).
                    let slot = inRegion ? code + 1 : 0, offset = inRegion ? 0 : item.createdAt.offsetSeconds
                    let zone: ZoneChoice
                    if let z = zones[slot].first(where: { $0.offset == offset }) {
                        zone = z.zone
                    } else {
                        zone = ZoneChoice.choose(region: inRegion ? ownRegions[code] : nil, timestamp: item.createdAt)
                        zones[slot].append(ZoneEntry(offset: offset, zone: zone))
                    }
                    let context = ItemContext(region: inRegion ? ownRegions[code] : nil, zone: zone, localTime: zone.localTime(item.createdAt), analyses: analyses)
                    analyses.beginPost(i)
                    for k in local.indices {
                        let d = local[k]
                        let t0 = timing ? DispatchTime.now().uptimeNanoseconds : 0
                        do {
                            let f = try d.detect(item, context: context)
                            // Most calls find nothing: no array is touched then.
                            if !f.isEmpty {
                                counts[k] += f.count
                                found.append(contentsOf: f)
                            }
                        } catch {
                            failures.append(PluginFailure(plugin: items[k].manifest.id, contentID: item.id, message: "\(error)"))
                        }
                        if timing { seconds[k] += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9 }
                    }
                }
                // Sorted here, on this core; the runs of all chunks are then usually in order already.
                let done = state.add(chunk: c, found: Self.sortedCanonically(found), failures: failures, seconds: seconds, counts: counts, rows: hi - lo)
                progress?(done, n)
            }
        }
        var outcome = state.outcome(items.map { $0.manifest.id })
        // Still in canonical order: no dataset detector has added findings after the chunks' runs.
        var sorted = true
        outcome.cancelled = isCancelled()
        if !outcome.cancelled {
            for d in datasets {
                let t0 = DispatchTime.now().uptimeNanoseconds
                do {
                    let f = try d.detect(store, rows: selected, context: DatasetContext(regions: regions, isCancelled: isCancelled))
                    if !f.isEmpty { sorted = false }
                    outcome.findings.append(contentsOf: f)
                    outcome.timings.append(PluginTiming(plugin: d.manifest.id, seconds: Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, findings: f.count))
                } catch {
                    outcome.failures.append(PluginFailure(plugin: d.manifest.id, contentID: nil, message: "\(error)"))
                    outcome.timings.append(PluginTiming(plugin: d.manifest.id, seconds: Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, findings: 0))
                }
            }
        }
        if !(sorted && state.inOrder) { outcome.findings = Self.sortedCanonically(outcome.findings) }
        outcome.failures.sort { ($0.plugin, $0.contentID ?? "") < ($1.plugin, $1.contentID ?? "") }
        outcome.timings.sort { $0.plugin < $1.plugin }
        outcome.rows = n
        return outcome
    }

    /// `findings` in ``Finding/canonicalOrder(_:_:)``, sorted by their keys: a finding is moved
    /// once, not at every step of the sort (on 1 M posts with 300 k findings, the sort was a
    /// noticeable part of a run that runs on one core).
    static func sortedCanonically(_ findings: [Finding]) -> [Finding] {
        let keys = findings.map(\.canonicalKey)
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { findings[$0] }
    }
}

/// A detector called without retaining it: the caller keeps it alive (``PluginRunner/run``'s
/// `items` holds every detector for the whole run).
///
/// A detector is shared by all cores, so retaining it for each call makes both cores write
/// one word of memory for every post and detector (measured here: 7 ns for such a contended
/// atomic, 2 ns uncontended: small, but free to avoid); an `unowned(unsafe)` reference lends it
/// to the call instead. (A closure around an unmanaged reference, used before, was itself
/// retained and released for every call.)
struct LocalDetector {
    private unowned(unsafe) let detector: any ItemDetector

    init(_ detector: any ItemDetector) { self.detector = detector }

    /// The detector's findings on `item`.
    @inline(__always) func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        try detector.detect(item, context: context)
    }
}

/// A zone worked out for posts of one region written with one UTC offset.
struct ZoneEntry {
    var offset: Int32
    var zone: ZoneChoice
}

/// What a run produced.
public struct RunOutcome: Sendable {
    public var findings: [Finding] = []
    public var failures: [PluginFailure] = []
    public var timings: [PluginTiming] = []
    public var rows = 0
    public var cancelled = false
}

/// A plugin that threw: which one, on which post, and what it said.
public struct PluginFailure: Sendable, Hashable {
    public var plugin: String
    /// The post it failed on; nil for a dataset detector.
    public var contentID: String?
    public var message: String
}

/// How long a plugin ran (summed over threads) and how many findings it made.
public struct PluginTiming: Sendable, Hashable {
    public var plugin: String
    public var seconds: Double
    public var findings: Int
}

/// Results gathered from worker threads under a lock.
final class RunState: @unchecked Sendable {
    private let lock = NSLock()
    /// Each chunk's findings (sorted), by chunk number.
    private var runs: [Int: [Finding]] = [:]
    private var failures: [PluginFailure] = []
    private var seconds: [Double]
    private var counts: [Int]
    private var done = 0

    /// True when the chunks' sorted runs, one after another, are in canonical order (then the
    /// findings need no sort of their own): each run's last finding is not after the next
    /// run's first. Usual when posts come in the order of their ids.
    var inOrder: Bool {
        lock.withLock {
            let ordered = runs.keys.sorted().compactMap { runs[$0] }
            for k in ordered.indices.dropFirst() {
                guard let last = ordered[k - 1].last, let first = ordered[k].first else { continue }
                if first.canonicalKey < last.canonicalKey { return false }
            }
            return true
        }
    }

    init(pluginCount: Int) {
        seconds = Array(repeating: 0, count: pluginCount)
        counts = Array(repeating: 0, count: pluginCount)
    }

    func add(chunk: Int, found: [Finding], failures f: [PluginFailure], seconds s: [Double], counts c: [Int], rows: Int) -> Int {
        lock.withLock {
            if !found.isEmpty { runs[chunk] = found }
            failures.append(contentsOf: f)
            for i in s.indices { seconds[i] += s[i]; counts[i] += c[i] }
            done += rows
            return done
        }
    }

    func outcome(_ ids: [String]) -> RunOutcome {
        lock.withLock {
            var o = RunOutcome()
            let ordered = runs.keys.sorted().map { runs[$0] ?? [] }
            o.findings.reserveCapacity(ordered.reduce(0) { $0 + $1.count })
            for r in ordered { o.findings.append(contentsOf: r) }
            o.failures = failures
            o.timings = ids.indices.map { PluginTiming(plugin: ids[$0], seconds: seconds[$0], findings: counts[$0]) }
            return o
        }
    }
}
