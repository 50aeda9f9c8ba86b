import Foundation
import Testing
import JagaSDK
import Copypasta

/// Times the detector on a million posts; runs only with `JAGA_BENCH=1`.
///
/// Uses `bench-data/posts-1000000.jsonl` (from `python3 scripts/gen-posts.py --count 1000000
/// --seed 42`) when present, else generates posts in memory; either way 200 copy-paste
/// campaigns (8 accounts each, small edits, within 40 minutes) are appended. Run it on a
/// release build: `swift test -c release -Xswiftc -enable-testing --filter CopypastaBenchmark`.
@Suite struct CopypastaBenchmarkTests {
    static var enabled: Bool { ProcessInfo.processInfo.environment["JAGA_BENCH"] == "1" }

    @Test(.enabled(if: CopypastaBenchmarkTests.enabled)) func millionPosts() throws {
        let t0 = Date()
        var store = PostStore()
        store.reserve(rows: 1_001_600)
        let path = CopypastaTestSupport.root.appendingPathComponent("bench-data/posts-1000000.jsonl").path
        let source: String
        if let data = FileManager.default.contents(atPath: path) {
            BenchLoader.load(Array(data), into: &store)
            source = "bench-data/posts-1000000.jsonl"
        } else {
            BenchLoader.generate(count: 1_000_000, into: &store)
            source = "in-memory generator"
        }
        let base = store.count
        BenchLoader.injectCampaigns(200, accounts: 8, into: &store)
        let loaded = Date().timeIntervalSince(t0)

        let detector = CopypastaDetector()
        var values: [String: Value] = [:]
        for p in detector.manifest.parameters { values[p.name] = p.defaultValue }
        try detector.configure(PluginParameters(values))
        let rows = Array(0..<store.count)
        let start = Date()
        let findings = try detector.detect(store, rows: rows, context: DatasetContext(regions: []))
        let seconds = Date().timeIntervalSince(start)
        let stats = detector.statistics
        let injected = Set(findings.lazy.filter { $0.contentID.hasPrefix("cp") }.map(\.contentID))
        let phases = stats.phases.map { "\($0.0) \(String(format: "%.2f", $0.1))s" }.joined(separator: ", ")
        print("""
            copypasta bench (\(source)): \(store.count) posts (\(base) + \(store.count - base) injected), \
            loaded in \(String(format: "%.1f", loaded)) s; detect \(String(format: "%.2f", seconds)) s [\(phases)]; \
            signed \(stats.signed), comparisons \(stats.comparisons), exact checks \(stats.exactChecks), \
            clusters \(stats.clusters), findings \(stats.findings), injected posts found \(injected.count)/\(store.count - base); \
            store \(store.memoryFootprint / 1_000_000) MB
            """)
        #expect(injected.count == store.count - base)
    }
}
