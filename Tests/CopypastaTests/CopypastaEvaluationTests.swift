import Foundation
import Testing
import JagaPlugins
import JagaSDK
@testable import Copypasta

/// Precision and recall on the labelled evaluation set and on the bundled sample.
@Suite struct CopypastaEvaluationTests {
    typealias S = CopypastaTestSupport
    static let rule = CopypastaDetector.ruleID

    /// Runs the detector once over all cases (a dataset detector sees them together) and scores it.
    func evaluate(_ cases: [LabelledCase], parameters: [String: Value] = [:]) throws -> (EvaluationReport, [Finding]) {
        let store = S.store(cases.map(\.item))
        let findings = try S.run(store, parameters: parameters)
        let report = Evaluation.evaluate(cases: cases, findings: findings, rules: [Self.rule])
        return (report, findings)
    }

    func describe(_ name: String, _ report: EvaluationReport) -> String {
        let c = report.total
        let p = c.precision.map { String(format: "%.3f", $0) } ?? "n/a"
        let r = c.recall.map { String(format: "%.3f", $0) } ?? "n/a"
        let wrong = report.rules.flatMap(\.cases).filter { $0.outcome == .falsePositive || $0.outcome == .falseNegative }
            .map { "\($0.outcome.rawValue) \($0.caseID)" }
        return "\(name): TP \(c.truePositives) FP \(c.falsePositives) FN \(c.falseNegatives) TN \(c.trueNegatives) precision \(p) recall \(r) \(wrong)"
    }

    @Test func evaluationSet() throws {
        let cases = try S.cases("Tests/EvalSets/koordinasi-copypasta.jsonl")
        let (report, _) = try evaluate(cases)
        let summary = describe("eval set", report)
        print(summary)
        let c = report.total
        #expect(c.truePositives + c.falseNegatives >= 25, "\(summary)")
        #expect((c.precision ?? 0) >= 0.95, "\(summary)")
        #expect((c.recall ?? 0) >= 0.90, "\(summary)")
    }

    /// The sample's intended labels (samples/README.md): clusters A and B are positives, every other post a negative.
    func sampleCases() throws -> [LabelledCase] {
        let positives: Set<String> = [
            "p0120", "p0121", "p0122", "p0123", "p0124", "p0125", "p0126", "p0127", "p0128",
            "p0260", "p0262", "p0264", "p0265", "p0269", "p0270",
        ]
        let data = try Data(contentsOf: S.root.appendingPathComponent("samples/posts.jsonl"))
        var lines: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard var object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = object["id"] as? String else { continue }
            object["expect"] = positives.contains(id) ? [Self.rule] : []
            let encoded = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines.append(String(decoding: encoded, as: UTF8.self))
        }
        return try LabelledCaseReader.parse(text: lines.joined(separator: "\n"), file: "samples/posts.jsonl")
    }

    @Test func bundledSample() throws {
        let cases = try sampleCases()
        #expect(cases.count == 380)
        let (report, findings) = try evaluate(cases)
        let summary = describe("sample", report)
        print(summary)
        #expect(report.total.truePositives == 15, "\(summary)")
        #expect(report.total.falsePositives == 0, "\(summary)")
        // Cluster A: 9 posts by 9 accounts within 46 min.
        let a = try #require(findings.first { $0.contentID == "p0120" })
        #expect(a.details["size"] == .int(9))
        #expect(a.details["account_count"] == .int(9))
        #expect(a.reason.hasPrefix("One of 9 near-identical posts by 9 accounts within 46 min (cluster C"))
        let b = try #require(findings.first { $0.contentID == "p0260" })
        #expect(b.details["account_count"] == .int(6))
    }

    /// Recall falls and precision holds as `similarity` rises (printed for tuning; sample and set).
    @Test func similaritySweep() throws {
        let sets = [("eval set", try S.cases("Tests/EvalSets/koordinasi-copypasta.jsonl")), ("sample", try sampleCases())]
        for (name, cases) in sets {
            var previousRecall = 1.0
            for similarity in [0.6, 0.7, 0.8, 0.9] {
                let (report, _) = try evaluate(cases, parameters: ["similarity": .double(similarity)])
                print(describe("\(name) similarity \(similarity)", report))
                let recall = report.total.recall ?? 0
                #expect(recall <= previousRecall + 1e-9)
                previousRecall = recall
            }
        }
    }
}
