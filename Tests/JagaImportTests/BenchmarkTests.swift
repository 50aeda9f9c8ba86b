import Foundation
import JagaCore
import Testing
@testable import JagaImport

/// Load throughput, run only with `JAGA_BENCH=1` (and `JAGA_BENCH_FILE=path.jsonl`), in release:
/// `JAGA_BENCH=1 JAGA_BENCH_FILE=/tmp/posts-1m.jsonl swift test -c release --filter JagaImportTests.BenchmarkTests`.
@Suite("Benchmark", .enabled(if: ProcessInfo.processInfo.environment["JAGA_BENCH"] == "1"))
struct BenchmarkTests {
    @Test("load a large JSON Lines file")
    func loadJSONL() throws {
        let env = ProcessInfo.processInfo.environment
        let file = try #require(env["JAGA_BENCH_FILE"])
        var store = PostStore()
        let summary = try Importer.loadPosts(
            from: file, into: &store, options: ImportOptions(rejectsPath: NSTemporaryDirectory() + "bench.rejects.jsonl"))
        print("BENCH \(summary)")
        print("BENCH store footprint \(store.memoryFootprint / 1_000_000) MB, peak RSS \(BenchmarkTests.peakRSSMegabytes()) MB")
        if env["JAGA_BENCH_VERBOSE"] == "1" {
            print("BENCH text \(store.text.bytes.count)/\(store.text.bytes.capacity) ids \(store.ids.bytes.count)/\(store.ids.bytes.capacity) url \(store.url.bytes.count)/\(store.url.bytes.capacity) likes \(store.likes.count)/\(store.likes.capacity) extras \(store.extraNames)")
        }
        #expect(summary.loaded + summary.rejected > 0)
    }

    static func peakRSSMegabytes() -> Int {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) / 1024
        }
        return -1
    }
}
