import JagaSDK

/// What changed between two evaluations (A → B) of the same cases: `plugin compare`.
///
/// Built by ``Comparison``. Outcomes move in four ways only, since a case's label is fixed:
/// FN → TP (newly caught), TP → FN (newly missed), TN → FP (new false positive) and
/// FP → TN (false positive fixed). Everything is ordered by kind, rule id, then case id.
public struct ComparisonReport: Sendable, Hashable {
    /// The four ways a case's outcome for a rule can change.
    public enum ChangeKind: String, Sendable, Hashable, CaseIterable {
        /// FN in A, TP in B.
        case newlyCaught = "newly caught"
        /// TP in A, FN in B.
        case newlyMissed = "newly missed"
        /// Not found in A (TN), found in B (FP).
        case newFalsePositive = "new false positives"
        /// Found in A (FP), not found in B (TN).
        case fixedFalsePositive = "fixed false positives"

        /// The change from outcome `a` to outcome `b`, or nil when the outcome did not change.
        public init?(from a: EvaluationReport.Outcome, to b: EvaluationReport.Outcome) {
            switch (a, b) {
            case (.falseNegative, .truePositive): self = .newlyCaught
            case (.truePositive, .falseNegative): self = .newlyMissed
            case (.trueNegative, .falsePositive): self = .newFalsePositive
            case (.falsePositive, .trueNegative): self = .fixedFalsePositive
            default: return nil
            }
        }

        /// What the section lists, e.g. `FN in A, TP in B`.
        func meaning(_ a: String, _ b: String) -> String {
            switch self {
            case .newlyCaught: "FN in \(a), TP in \(b)"
            case .newlyMissed: "TP in \(a), FN in \(b)"
            case .newFalsePositive: "not found in \(a), FP in \(b)"
            case .fixedFalsePositive: "FP in \(a), not found in \(b)"
            }
        }

        /// True when B has the finding (so B's finding is the one to show).
        var shownSideIsB: Bool { self == .newlyCaught || self == .newFalsePositive }
    }

    /// One case whose outcome for one rule changed.
    public struct Change: Sendable, Hashable {
        public var kind: ChangeKind
        /// The case as A judged it.
        public var before: EvaluationReport.CaseResult
        /// The case as B judged it.
        public var after: EvaluationReport.CaseResult

        public init(kind: ChangeKind, before: EvaluationReport.CaseResult, after: EvaluationReport.CaseResult) {
            self.kind = kind
            self.before = before
            self.after = after
        }

        public var rule: String { after.rule }
        public var caseID: String { after.caseID }
        /// The finding that appeared (caught, new FP) or disappeared (missed, fixed FP).
        public var finding: Finding? { kind.shownSideIsB ? after.finding : before.finding }
    }

    /// A case found by both A and B for a rule, with the same outcome, whose score moved a lot.
    public struct ScoreShift: Sendable, Hashable {
        public var before: EvaluationReport.CaseResult
        public var after: EvaluationReport.CaseResult

        public init(before: EvaluationReport.CaseResult, after: EvaluationReport.CaseResult) {
            self.before = before
            self.after = after
        }

        public var scoreA: Double { before.finding?.score ?? 0 }
        public var scoreB: Double { after.finding?.score ?? 0 }
    }

    /// The counts of one rule (or of all rules, micro-averaged) under A and under B.
    public struct RuleDelta: Sendable, Hashable {
        public var rule: String
        public var a: EvaluationReport.Counts
        public var b: EvaluationReport.Counts

        public init(rule: String, a: EvaluationReport.Counts, b: EvaluationReport.Counts) {
            self.rule = rule
            self.a = a
            self.b = b
        }

        /// B's precision minus A's, in thousandths of the shown (rounded) values; nil when either is `n/a`.
        public var precisionDelta: Int? { ComparisonReport.delta(a.precision, b.precision) }
        /// B's recall minus A's, in thousandths of the shown values; nil when either is `n/a`.
        public var recallDelta: Int? { ComparisonReport.delta(a.recall, b.recall) }
        /// B's F1 minus A's, in thousandths of the shown values; nil when either is `n/a`.
        public var f1Delta: Int? { ComparisonReport.delta(a.f1, b.f1) }
    }

    /// The name of the first configuration (`A`, or what the caller calls it).
    public var labelA: String
    /// The name of the second configuration.
    public var labelB: String
    /// How many cases both evaluations scored.
    public var caseCount: Int
    /// One entry per rule both evaluated, ordered by rule id.
    public var rules: [RuleDelta]
    /// Every outcome change, ordered by kind (caught, missed, new FP, fixed FP), rule id, case id.
    public var changes: [Change]
    /// Same-outcome findings whose score moved by at least ``scoreShiftThreshold``, by rule, then case id.
    public var scoreShifts: [ScoreShift]
    /// The score movement that counts as a shift; nil when shifts were not looked for.
    public var scoreShiftThreshold: Double?
    /// Rules only A evaluated, and rules only B evaluated (not compared).
    public var onlyInA: [String], onlyInB: [String]
    /// Cases left out of the comparison because a side did not score them (its detection failed), sorted.
    public var unscored: [String]

    public init(labelA: String, labelB: String, caseCount: Int, rules: [RuleDelta], changes: [Change],
                scoreShifts: [ScoreShift] = [], scoreShiftThreshold: Double? = nil,
                onlyInA: [String] = [], onlyInB: [String] = [], unscored: [String] = []) {
        self.labelA = labelA
        self.labelB = labelB
        self.caseCount = caseCount
        self.rules = rules.sorted { $0.rule < $1.rule }
        let kindOrder = Dictionary(uniqueKeysWithValues: ChangeKind.allCases.enumerated().map { ($1, $0) })
        self.changes = changes.sorted { x, y in
            let kx = kindOrder[x.kind] ?? 0, ky = kindOrder[y.kind] ?? 0
            if kx != ky { return kx < ky }
            if x.rule != y.rule { return x.rule < y.rule }
            return x.caseID < y.caseID
        }
        self.scoreShifts = scoreShifts.sorted { x, y in
            x.after.rule != y.after.rule ? x.after.rule < y.after.rule : x.after.caseID < y.after.caseID
        }
        self.scoreShiftThreshold = scoreShiftThreshold
        self.onlyInA = onlyInA.sorted()
        self.onlyInB = onlyInB.sorted()
        self.unscored = unscored.sorted()
    }

    /// The micro-averaged counts of all compared rules under A and B.
    public var total: RuleDelta {
        RuleDelta(rule: "all (micro)", a: rules.reduce(.init()) { $0 + $1.a }, b: rules.reduce(.init()) { $0 + $1.b })
    }

    /// The changes of one kind, ordered by rule id, then case id.
    public func changes(_ kind: ChangeKind) -> [Change] { changes.filter { $0.kind == kind } }

    /// One line to judge the change by, e.g.
    /// `B catches 3 more, misses 1 more, 2 new false positives, 0 fixed; F1 0.812 → 0.867 (+0.055)`.
    ///
    /// The F1 is micro-averaged over all compared rules.
    public var summary: String {
        let b = EvaluationReport.clean(labelB)
        let t = total
        let f1 = "F1 \(EvaluationReport.decimal(t.a.f1)) → \(EvaluationReport.decimal(t.b.f1))"
            + (t.f1Delta.map { " (\(EvaluationReport.signed($0)))" } ?? "")
        if changes.isEmpty {
            return "\(b) changes no outcome on \(EvaluationReport.plural(caseCount, "case")); \(f1)"
        }
        let caught = changes(.newlyCaught).count, missed = changes(.newlyMissed).count
        let newFalse = changes(.newFalsePositive).count, fixed = changes(.fixedFalsePositive).count
        return "\(b) catches \(caught) more, misses \(missed) more, \(newFalse) new false positive\(newFalse == 1 ? "" : "s"), "
            + "\(fixed) fixed; \(f1)"
    }

    // MARK: - Rendering

    /// The comparison as text: the summary line, a per-rule table of TP/FP/FN and metrics
    /// A → B with signed differences, then the cases of each kind of change (with the finding
    /// that appeared or disappeared) and large score shifts.
    public func render() -> String {
        let a = EvaluationReport.clean(labelA), b = EvaluationReport.clean(labelB)
        var out: [String] = [summary]
        out.append("A = \(a), B = \(b); \(EvaluationReport.plural(caseCount, "case")), \(EvaluationReport.plural(rules.count, "rule"))")
        if !unscored.isEmpty {
            out.append("not compared (detection failed on one side): " + unscored.map(EvaluationReport.clean).joined(separator: ", "))
        }
        if !onlyInA.isEmpty { out.append("rules only in A (not compared): " + onlyInA.map(EvaluationReport.clean).joined(separator: ", ")) }
        if !onlyInB.isEmpty { out.append("rules only in B (not compared): " + onlyInB.map(EvaluationReport.clean).joined(separator: ", ")) }
        if rules.isEmpty {
            out.append("no rules compared")
            return out.joined(separator: "\n") + "\n"
        }

        out.append("")
        var rows: [[String]] = [["rule", "TP", "FP", "FN", "precision A→B", "recall A→B", "F1 A→B"]]
        func row(_ d: RuleDelta) -> [String] {
            [EvaluationReport.clean(d.rule),
             "\(d.a.truePositives)→\(d.b.truePositives)", "\(d.a.falsePositives)→\(d.b.falsePositives)",
             "\(d.a.falseNegatives)→\(d.b.falseNegatives)",
             ComparisonReport.metric(d.a.precision, d.b.precision), ComparisonReport.metric(d.a.recall, d.b.recall),
             ComparisonReport.metric(d.a.f1, d.b.f1)]
        }
        for d in rules { rows.append(row(d)) }
        if rules.count > 1 { rows.append(row(total)) }
        out += EvaluationReport.table(rows, leftColumns: rows[0].count)  // "2→3" cells read better left-aligned

        for kind in ChangeKind.allCases {
            let list = changes(kind)
            out.append("")
            out.append(list.isEmpty ? "\(kind.rawValue): none" : "\(kind.rawValue) (\(list.count)): \(kind.meaning("A", "B"))")
            for c in list {
                let shown = kind.shownSideIsB ? c.after : c.before
                out.append("  " + EvaluationReport.caseLine(shown))
                if let f = shown.finding {
                    let side = kind.shownSideIsB ? "B" : "A"
                    out.append("    \(side): " + EvaluationReport.findingLine(f, evidence: shown.evidence, count: shown.findingCount))
                }
            }
        }
        if let threshold = scoreShiftThreshold, !scoreShifts.isEmpty {
            out.append("")
            out.append("score shifts of \(EvaluationReport.decimal(threshold)) or more, same outcome (\(scoreShifts.count))")
            for s in scoreShifts {
                let sa = EvaluationReport.thousandths(s.scoreA) ?? 0, sb = EvaluationReport.thousandths(s.scoreB) ?? 0
                out.append("  \(EvaluationReport.clean(s.after.rule))  \(EvaluationReport.clean(s.after.caseID)) (\(s.after.outcome.rawValue))  "
                    + "\(EvaluationReport.decimal(s.scoreA)) → \(EvaluationReport.decimal(s.scoreB)) (\(EvaluationReport.signed(sb - sa)))  \"\(s.after.snippet)\"")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `0.500→0.600 (+0.100)`, or without the difference when either side is `n/a`.
    static func metric(_ a: Double?, _ b: Double?) -> String {
        let base = EvaluationReport.decimal(a) + "→" + EvaluationReport.decimal(b)
        guard let d = delta(a, b) else { return base }
        return base + " (\(EvaluationReport.signed(d)))"
    }

    /// `b − a` in thousandths of the rounded values, so it matches the numbers shown; nil for `n/a`.
    static func delta(_ a: Double?, _ b: Double?) -> Int? {
        guard let a, let b, let ta = EvaluationReport.thousandths(a), let tb = EvaluationReport.thousandths(b) else { return nil }
        return tb - ta
    }
}
