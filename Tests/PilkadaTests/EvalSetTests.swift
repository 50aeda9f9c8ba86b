import Foundation
import Testing
import JagaSDK
import JagaPlugins
import Pilkada

/// Runs each `pilkada.*` checker over its labelled evaluation set (Tests/EvalSets/pilkada-<rule>.jsonl)
/// and over the held-out set written after tuning (Tests/EvalSets/heldout/).
@Suite struct EvalSetTests {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The ten rule ids.
    static let rules = PilkadaRule.allCases.map(\.id)

    /// The counts of a checker on the cases at `path` (relative to the root), printed with its misses.
    static func evaluate(_ rule: String, path: String, label: String) throws -> (counts: EvaluationReport.Counts, positives: Int, total: Int) {
        let cases = try LabelledCaseReader.read(path: root.appendingPathComponent(path).path)
        let positives = cases.filter { $0.expect.contains(rule) }.count
        let checker = try #require(PilkadaPlugins.all(calendars: CalendarStore()).first { $0.manifest.id == rule })
        try checker.configure(PluginParameters([:]))
        let (report, errors) = Evaluation.run(detector: checker, cases: cases, rules: [rule])
        #expect(errors.isEmpty, "\(rule): \(errors.map { "\($0.caseID): \($0.message)" })")
        let result = try #require(report.result(for: rule))
        let c = result.counts
        print("\(rule) \(label): TP \(c.truePositives) FP \(c.falsePositives) FN \(c.falseNegatives) TN \(c.trueNegatives) "
              + "precision \(format(c.precision)) recall \(format(c.recall)) (\(positives) positives of \(cases.count))")
        let misses = result.cases.filter { $0.outcome == .falsePositive || $0.outcome == .falseNegative }
        if !misses.isEmpty {
            print("  FP: \(misses.filter { $0.outcome == .falsePositive }.map(\.caseID).joined(separator: " "))")
            print("  FN: \(misses.filter { $0.outcome == .falseNegative }.map(\.caseID).joined(separator: " "))")
            for r in misses {
                print("    \(r.outcome.rawValue) \(r.caseID)\(r.evidence.isEmpty ? "" : " [\(r.evidence)]"): \(r.snippet)")
            }
        }
        return (c, positives, cases.count)
    }

    /// A metric with three decimals, or `n/a`.
    static func format(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "n/a" }

    /// The set file's name part of `rule` (`pilkada.masa-tenang` → `masa-tenang`).
    static func name(_ rule: String) -> String { String(rule.dropFirst("pilkada.".count)) }

    @Test(arguments: rules)
    func mainSet(_ rule: String) throws {
        let (c, positives, total) = try Self.evaluate(rule, path: "Tests/EvalSets/pilkada-\(Self.name(rule)).jsonl", label: "eval")
        #expect(positives >= 60, "\(rule): only \(positives) positive cases")
        #expect(total - positives >= positives, "\(rule): \(total - positives) negatives for \(positives) positives")
        #expect((c.precision ?? 0) >= 0.95, "\(rule) precision \(Self.format(c.precision))")
        #expect((c.recall ?? 0) >= 0.90, "\(rule) recall \(Self.format(c.recall))")
    }

    /// Held-out numbers are printed; only a regression floor is asserted (they are not tuned on).
    @Test(arguments: rules)
    func heldOutSet(_ rule: String) throws {
        let (c, positives, _) = try Self.evaluate(rule, path: "Tests/EvalSets/heldout/pilkada-\(Self.name(rule)).jsonl", label: "held-out")
        #expect(positives > 0, "\(rule): the held-out set has no positive case")
        #expect((c.precision ?? 0) >= 0.80, "\(rule) held-out precision \(Self.format(c.precision))")
        #expect((c.recall ?? 0) >= 0.60, "\(rule) held-out recall \(Self.format(c.recall))")
    }

    @Test func everyRuleHasItsSets() {
        for rule in Self.rules {
            for dir in ["Tests/EvalSets", "Tests/EvalSets/heldout"] {
                let path = Self.root.appendingPathComponent("\(dir)/pilkada-\(Self.name(rule)).jsonl").path
                #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
            }
        }
    }
}
