import JagaSDK

/// Backtests a rule change: scores two detectors (A, B) on the same cases and lists what moved.
///
/// Two plugins: ``run(cases:a:b:rules:scoreShift:)``. One plugin with two parameter sets
/// (configuring changes the plugin in place): configure A, ``Evaluation/detect(detector:cases:)``,
/// configure B, detect again, then ``compare(cases:findingsA:findingsB:rules:labelA:labelB:scoreShift:)``.
/// Both sides are scored with ``Evaluation``'s counting rules, on the same rules and the same
/// cases: a case on which either side's detection failed is left out of both.
public enum Comparison {
    /// A case on which one side's detector threw: the side's label, the case id and the message.
    public typealias SideError = (label: String, caseID: String, message: String)

    /// The score movement (on a 0…1 scale) reported as a shift when the outcome stays the same.
    public static let defaultScoreShift = 0.2

    /// Compares two evaluation reports of the same cases.
    ///
    /// Rules evaluated on one side only are listed, not compared; so are cases only one side
    /// scored. `scoreShift` nil skips looking for score shifts.
    public static func compare(_ a: EvaluationReport, _ b: EvaluationReport, labelA: String = "A", labelB: String = "B",
                               scoreShift: Double? = defaultScoreShift) -> ComparisonReport {
        let rulesA = Set(a.rules.map(\.rule)), rulesB = Set(b.rules.map(\.rule))
        var deltas: [ComparisonReport.RuleDelta] = []
        var changes: [ComparisonReport.Change] = []
        var shifts: [ComparisonReport.ScoreShift] = []
        var commonCases = Set<String>()
        var oneSided = Set<String>()
        for ra in a.rules {
            guard let rb = b.result(for: ra.rule) else { continue }
            let byID = Dictionary(rb.cases.map { ($0.caseID, $0) }, uniquingKeysWith: { first, _ in first })
            var ca = EvaluationReport.Counts(), cb = EvaluationReport.Counts()
            var seen = Set<String>()
            for before in ra.cases {
                guard let after = byID[before.caseID] else { oneSided.insert(before.caseID); continue }
                seen.insert(before.caseID)
                commonCases.insert(before.caseID)
                ca.add(before.outcome)
                cb.add(after.outcome)
                if let kind = ComparisonReport.ChangeKind(from: before.outcome, to: after.outcome) {
                    changes.append(ComparisonReport.Change(kind: kind, before: before, after: after))
                } else if let threshold = scoreShift, before.outcome.found, after.outcome.found,
                          let sa = before.finding?.score, let sb = after.finding?.score, abs(sb - sa) >= threshold - 1e-9 {
                    shifts.append(ComparisonReport.ScoreShift(before: before, after: after))
                }
            }
            for r in rb.cases where !seen.contains(r.caseID) { oneSided.insert(r.caseID) }
            deltas.append(ComparisonReport.RuleDelta(rule: ra.rule, a: ca, b: cb))
        }
        let caseCount = deltas.isEmpty ? min(a.caseCount, b.caseCount) : commonCases.count
        let unscored = oneSided.union(a.unscored).union(b.unscored).subtracting(commonCases)
        return ComparisonReport(
            labelA: labelA, labelB: labelB, caseCount: caseCount, rules: deltas, changes: changes,
            scoreShifts: shifts, scoreShiftThreshold: scoreShift,
            onlyInA: rulesA.subtracting(rulesB).sorted(), onlyInB: rulesB.subtracting(rulesA).sorted(),
            unscored: unscored.sorted())
    }

    /// Compares two sets of findings (keyed by content id) on the same cases and rules.
    ///
    /// `unscored` are cases to leave out of both sides (detection failed on either).
    public static func compare(cases: [LabelledCase], findingsA: [String: [Finding]], findingsB: [String: [Finding]],
                               rules: [String], labelA: String = "A", labelB: String = "B",
                               scoreShift: Double? = defaultScoreShift, unscored: Set<String> = []) -> ComparisonReport {
        let a = Evaluation.evaluate(cases: cases, findings: findingsA, rules: rules, unscored: unscored)
        let b = Evaluation.evaluate(cases: cases, findings: findingsB, rules: rules, unscored: unscored)
        return compare(a, b, labelA: labelA, labelB: labelB, scoreShift: scoreShift)
    }

    /// Runs two detectors on the cases and compares them: `plugin compare`.
    ///
    /// `rules` nil means every rule the cases name that either manifest declares. Cases on
    /// which either detector threw are left out of both sides and returned in `errors`
    /// (ordered by case id, then A before B).
    public static func run(cases: [LabelledCase], a: (label: String, detector: any ItemDetector),
                           b: (label: String, detector: any ItemDetector), rules: [String]? = nil,
                           scoreShift: Double? = defaultScoreShift) -> (report: ComparisonReport, errors: [SideError]) {
        let runA = Evaluation.detect(detector: a.detector, cases: cases)
        let runB = Evaluation.detect(detector: b.detector, cases: cases)
        let chosen = rules ?? Array(Set(Evaluation.defaultRules(cases: cases, manifest: a.detector.manifest))
            .union(Evaluation.defaultRules(cases: cases, manifest: b.detector.manifest))).sorted()
        let sided = runA.errors.map { (side: 0, error: (label: a.label, caseID: $0.caseID, message: $0.message) as SideError) }
            + runB.errors.map { (side: 1, error: (label: b.label, caseID: $0.caseID, message: $0.message) as SideError) }
        let errors = sided.sorted { $0.error.caseID != $1.error.caseID ? $0.error.caseID < $1.error.caseID : $0.side < $1.side }
            .map(\.error)
        let failed = Set(errors.map(\.caseID))
        let report = compare(cases: cases, findingsA: runA.findings, findingsB: runB.findings, rules: chosen,
                             labelA: a.label, labelB: b.label, scoreShift: scoreShift, unscored: failed)
        return (report, errors)
    }
}
