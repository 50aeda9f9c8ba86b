import Foundation
import Testing
import RulePack
import JagaSDK

@Test func tmpBench() throws {
    guard ProcessInfo.processInfo.environment["RULEPACK_BENCH"] != nil else { return }
    let plugin = try RulePackLoader.load(path: SamplePosts.path("plugins/rulepacks/politik-uang.yaml"))
    let fh = try String(contentsOfFile: "/tmp/bench100k.jsonl", encoding: .utf8)
    var items: [(ContentItem, ItemContext)] = []
    var bytes = 0
    for line in fh.split(separator: "\n") {
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let item = ContentItem(id: obj["id"] as! String, text: obj["text"] as! String, createdAt: Timestamp(rfc3339: obj["created_at"] as! String)!, region: obj["region"] as? String, transcript: obj["transcript"] as? String)
        bytes += item.text.utf8.count + (item.transcript?.utf8.count ?? 0)
        items.append((item, ItemContext(item: item)))
    }
    let clock = ContinuousClock()
    var n = 0
    let t = clock.measure { for (i, c) in items { n += (try? plugin.detect(i, context: c))?.count ?? 0 } }
    print("BENCH \(items.count) posts, \(bytes) text bytes, \(n) findings in \(t)")
}
