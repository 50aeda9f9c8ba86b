import Foundation
import Testing
import JagaSDK
import Hoaks

/// Single-thread detect throughput on generated posts; runs only with `JAGA_BENCH=1`.
///
///     python3 scripts/gen-posts.py --count 200000 --seed 1 --out /tmp/h.jsonl
///     JAGA_BENCH=1 JAGA_BENCH_POSTS=/tmp/h.jsonl swift test --filter HoaksTests.BenchmarkTests
@Suite struct BenchmarkTests {
    @Test func detectThroughput() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["JAGA_BENCH"] == "1" else { return }
        let path = env["JAGA_BENCH_POSTS"] ?? "/tmp/h.jsonl"
        let data = try String(contentsOfFile: path, encoding: .utf8)
        var items: [ContentItem] = []
        let created = Timestamp(rfc3339: "2024-11-26T10:00:00+07:00") ?? Timestamp(seconds: 0)
        for line in data.split(separator: "\n") {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            items.append(ContentItem(id: obj["id"] as? String ?? "", text: obj["text"] as? String ?? "", createdAt: created,
                                     transcript: obj["transcript"] as? String))
        }
        let detector = HoaksDetector()
        try detector.configure(PluginParameters([:]))
        let contexts = items.map { ItemContext(item: $0) }
        var found = 0
        var byClaim: [String: Int] = [:]
        var samples: [String: [String]] = [:]
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for (i, item) in items.enumerated() {
                let f = try detector.detect(item, context: contexts[i])
                found += f.count
                for x in f {
                    guard case .string(let s)? = x.details["claim_id"] else { continue }
                    byClaim[s, default: 0] += 1
                    if samples[s, default: []].count < 2, !samples[s, default: []].contains(item.text) { samples[s, default: []].append(item.text) }
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("hoaks bench: \(items.count) posts in \(seconds) s = \(Int(Double(items.count) / seconds)) posts/s single thread; \(found) findings")
        // The same posts on two threads (the host runs detectors on all cores).
        let threads = 2
        let posts = items
        let parallel = clock.measure {
            DispatchQueue.concurrentPerform(iterations: threads) { part in
                var n = 0
                for i in stride(from: part, to: posts.count, by: threads) {
                    n += (try? detector.detect(posts[i], context: contexts[i]).count) ?? 0
                }
                _ = n
            }
        }
        let pSeconds = Double(parallel.components.seconds) + Double(parallel.components.attoseconds) / 1e18
        print("hoaks bench: \(threads) threads: \(Int(Double(posts.count) / pSeconds)) posts/s")
        print("hoaks bench findings by claim: \(byClaim.sorted { $0.key < $1.key })")
        for (claim, texts) in samples.sorted(by: { $0.key < $1.key }) { for t in texts { print("  \(claim): \(t)") } }
    }
}
