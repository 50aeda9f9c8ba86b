import Foundation
import Testing
import RulePack
import JagaSDK

/// Measures the shipped politik-uang pack on the labelled sample posts.
@Suite struct SampleEvaluationTests {
    @Test func politikUangPackOnTheSample() throws {
        let sample = try SamplePosts.load(rule: "pilkada.politik-uang")
        #expect(sample.positives.count == 29)
        let plugin = try RulePackLoader.load(path: SamplePosts.path("plugins/rulepacks/politik-uang.yaml"))
        try plugin.configure(PluginParameters(["min_matches": .int(1), "severity_override": .string("none")]))
        var flagged = Set<String>()
        for post in sample.posts {
            let findings = try plugin.detect(post, context: ItemContext(item: post))
            if findings.contains(where: { $0.rule == "pilkada.politik-uang" }) { flagged.insert(post.id) }
            if ProcessInfo.processInfo.environment["RULEPACK_DEBUG"] != nil, let f = findings.first {
                print("DBG", post.id, sample.positives.contains(post.id) ? "POS" : "---", f.details["terms"]?.description ?? "", f.details["context"]?.description ?? "", "|", post.text.prefix(110))
            }
        }
        let judged = flagged.subtracting(sample.borderline)
        let tp = judged.intersection(sample.positives)
        let fp = judged.subtracting(sample.positives)
        let fn = sample.positives.subtracting(flagged)
        let precision = Double(tp.count) / Double(max(1, judged.count))
        let recall = Double(tp.count) / Double(sample.positives.count)
        print("politik-uang sample: TP \(tp.count) FP \(fp.count) FN \(fn.count) precision \(precision) recall \(recall)")
        print("  false positives: \(fp.sorted()) (hard negatives among them: \(fp.intersection(sample.hardNegatives).sorted()))")
        print("  misses: \(fn.sorted()); borderline flagged: \(flagged.intersection(sample.borderline).sorted())")
        #expect(precision >= 0.8)
        #expect(recall >= 0.8)
    }
}
