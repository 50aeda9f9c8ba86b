import Foundation
import Testing
import RulePack
import JagaSDK

@Test func tmpExtra() throws {
    let plugin = try RulePackLoader.load(path: SamplePosts.path("plugins/rulepacks/politik-uang.yaml"))
    let text = try String(contentsOfFile: "/tmp/extra.jsonl", encoding: .utf8)
    for line in text.split(separator: "\n") {
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let item = ContentItem(id: obj["id"] as! String, text: obj["text"] as! String, createdAt: Timestamp(rfc3339: obj["created_at"] as! String)!, transcript: obj["transcript"] as? String)
        for f in try plugin.detect(item, context: ItemContext(item: item)) {
            print("XTRA", item.id, f.rule, f.score, f.reason, f.details["terms"]!, f.evidence.map { "\($0.field):\($0.start)-\($0.end)" })
        }
    }
}
