import Foundation
import Testing
@testable import JagaText

/// Throughput of `Normalizer.tokens` on generated posts; runs only with `JAGA_BENCH=1`.
///
///     python3 scripts/gen-posts.py --count 100000 --seed 1 --out /tmp/posts.jsonl
///     JAGA_BENCH=1 JAGA_BENCH_POSTS=/tmp/posts.jsonl swift test -c release --filter NormalizerBenchTests
@Suite struct NormalizerBenchTests {
    @Test func normalizerThroughput() throws {
        let env = ProcessInfo.processInfo.environment
        guard env["JAGA_BENCH"] == "1", let path = env["JAGA_BENCH_POSTS"] else { return }
        let data = try String(contentsOfFile: path, encoding: .utf8)
        var texts: [String] = []
        for line in data.split(separator: "\n") {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = obj["text"] as? String else { continue }
            texts.append(text)
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let n = Normalizer.standard
        var tokens = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for t in texts { tokens += n.tokens(t).count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("normalizer: \(texts.count) texts, \(bytes) bytes, \(tokens) tokens, \(String(format: "%.2f", seconds)) s, \(String(format: "%.1f", Double(bytes) / seconds / 1e6)) MB/s")
        #expect(tokens > 0)
    }
}
