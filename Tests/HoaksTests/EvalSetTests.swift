import Foundation
import Testing
import JagaSDK
import JagaPlugins
import Hoaks

/// Runs the detector over the labelled evaluation set (Tests/EvalSets/misinfo-hoaks.jsonl).
@Suite struct EvalSetTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func precisionAndRecallOnTheEvalSet() throws {
        let path = Self.root.appendingPathComponent("Tests/EvalSets/misinfo-hoaks.jsonl").path
        let cases = try LabelledCaseReader.read(path: path)
        let positives = cases.filter { $0.expect.contains(HoaksDetector.ruleID) }
        #expect(positives.count >= 120)
        #expect(cases.count - positives.count >= positives.count)
        let detector = HoaksDetector()
        try detector.configure(PluginParameters([:]))
        let (report, errors) = Evaluation.run(detector: detector, cases: cases)
        #expect(errors.isEmpty)
        let rule = try #require(report.rules.first { $0.rule == HoaksDetector.ruleID })
        let c = rule.counts
        print("misinfo.hoaks eval: TP \(c.truePositives) FP \(c.falsePositives) FN \(c.falseNegatives) TN \(c.trueNegatives) precision \(c.precision ?? 0) recall \(c.recall ?? 0)")
        for r in rule.cases where r.outcome == .falsePositive || r.outcome == .falseNegative {
            let claim = r.finding.flatMap { f -> String? in if case .string(let s)? = f.details["claim_id"] { return s }; return nil } ?? ""
            print("  \(r.outcome.rawValue) \(r.caseID) \(claim) \(r.finding.map { String($0.score) } ?? ""): \(r.snippet)")
        }
        // Cases `xp…`/`xn…` were written after the matcher was tuned (a held-out check).
        let held = cases.filter { $0.id.hasPrefix("x") }
        if !held.isEmpty, let h = Evaluation.run(detector: detector, cases: held).report.rules.first?.counts {
            print("misinfo.hoaks held-out: TP \(h.truePositives) FP \(h.falsePositives) FN \(h.falseNegatives) TN \(h.trueNegatives) precision \(h.precision ?? 0) recall \(h.recall ?? 0)")
        }
        if ProcessInfo.processInfo.environment["JAGA_HOAKS_SWEEP"] != nil {
            for t in stride(from: 0.40, through: 0.75, by: 0.05) {
                let d = HoaksDetector()
                try d.configure(PluginParameters(["threshold": .double(t)]))
                let k = try #require(Evaluation.run(detector: d, cases: cases).report.rules.first).counts
                print("threshold \(t): TP \(k.truePositives) FP \(k.falsePositives) FN \(k.falseNegatives) P \(k.precision ?? 0) R \(k.recall ?? 0)")
            }
        }
        #expect((c.precision ?? 0) >= 0.95)
        #expect((c.recall ?? 0) >= 0.90)
    }
}
