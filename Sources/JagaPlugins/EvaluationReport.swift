import JagaSDK

/// How well a detector's findings match a labelled cases file, per rule and in total.
///
/// Built by ``Evaluation``; see there for the counting rules. Everything is ordered by rule
/// id, then case id, so two reports of the same input render identically.
public struct EvaluationReport: Sendable, Hashable {
    /// The confusion counts of one rule (or of all rules together) and the metrics they give.
    public struct Counts: Sendable, Hashable {
        /// Expected and found.
        public var truePositives: Int
        /// Found but not expected (in `expect_not` or in neither list).
        public var falsePositives: Int
        /// Expected and not found.
        public var falseNegatives: Int
        /// Not expected and not found.
        public var trueNegatives: Int

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, trueNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
            self.trueNegatives = trueNegatives
        }

        /// TP / (TP + FP); nil (shown `n/a`) when the detector found nothing.
        public var precision: Double? {
            let d = truePositives + falsePositives
            return d == 0 ? nil : Double(truePositives) / Double(d)
        }

        /// TP / (TP + FN); nil (shown `n/a`) when no case expects the rule.
        public var recall: Double? {
            let d = truePositives + falseNegatives
            return d == 0 ? nil : Double(truePositives) / Double(d)
        }

        /// 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; nil when all three are 0.
        ///
        /// Written on counts, it is 0 (not `n/a`) when the detector found nothing but cases expected the rule.
        public var f1: Double? {
            let d = 2 * truePositives + falsePositives + falseNegatives
            return d == 0 ? nil : Double(2 * truePositives) / Double(d)
        }

        /// How many cases were scored.
        public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

        /// Adds one outcome.
        public mutating func add(_ outcome: Outcome) {
            switch outcome {
            case .truePositive: truePositives += 1
            case .falsePositive: falsePositives += 1
            case .falseNegative: falseNegatives += 1
            case .trueNegative: trueNegatives += 1
            }
        }

        /// The sum of two sets of counts (micro-averaging).
        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                   falseNegatives: a.falseNegatives + b.falseNegatives, trueNegatives: a.trueNegatives + b.trueNegatives)
        }
    }

    /// What happened on one case for one rule.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case truePositive = "TP"
        case falsePositive = "FP"
        case falseNegative = "FN"
        case trueNegative = "TN"

        /// The outcome of a case with `label` where the rule was or was not `found`.
        public init(label: LabelledCase.Label, found: Bool) {
            switch (label == .expected, found) {
            case (true, true): self = .truePositive
            case (true, false): self = .falseNegative
            case (false, true): self = .falsePositive
            case (false, false): self = .trueNegative
            }
        }

        /// True when the rule was found on the case.
        public var found: Bool { self == .truePositive || self == .falsePositive }
    }

    /// One case judged for one rule.
    public struct CaseResult: Sendable, Hashable {
        public var rule: String
        public var caseID: String
        /// The case's line in the cases file.
        public var line: Int
        public var label: LabelledCase.Label
        public var outcome: Outcome
        /// The case's finding for the rule (the highest-scored when there are several), or nil.
        public var finding: Finding?
        /// How many findings the case had for the rule.
        public var findingCount: Int
        /// The start of the post's text, one line, terminal-safe (``LabelledCase/snippet(maxCharacters:)``).
        public var snippet: String
        /// The finding's evidence as quoted excerpts of the post (empty without evidence).
        public var evidence: String

        public init(rule: String, caseID: String, line: Int, label: LabelledCase.Label, outcome: Outcome,
                    finding: Finding? = nil, findingCount: Int = 0, snippet: String = "", evidence: String = "") {
            self.rule = rule
            self.caseID = caseID
            self.line = line
            self.label = label
            self.outcome = outcome
            self.finding = finding
            self.findingCount = findingCount
            self.snippet = snippet
            self.evidence = evidence
        }
    }

    /// The results of one rule.
    public struct RuleResult: Sendable, Hashable {
        public var rule: String
        public var counts: Counts
        /// Every scored case, ordered by case id.
        public var cases: [CaseResult]

        public init(rule: String, counts: Counts, cases: [CaseResult]) {
            self.rule = rule
            self.counts = counts
            self.cases = cases
        }

        /// The result on one case, or nil when the case was not scored.
        public func result(for caseID: String) -> CaseResult? { cases.first { $0.caseID == caseID } }
    }

    /// One result per evaluated rule, ordered by rule id.
    public var rules: [RuleResult]
    /// How many cases were scored (cases whose detection failed are not).
    public var caseCount: Int
    /// Ids of cases left out because detection failed on them, sorted.
    public var unscored: [String]

    public init(rules: [RuleResult], caseCount: Int, unscored: [String] = []) {
        self.rules = rules.sorted { $0.rule < $1.rule }
        self.caseCount = caseCount
        self.unscored = unscored.sorted()
    }

    /// The micro-averaged counts: every rule's counts added up.
    public var total: Counts { rules.reduce(Counts()) { $0 + $1.counts } }

    /// The results of one rule, or nil when it was not evaluated.
    public func result(for rule: String) -> RuleResult? { rules.first { $0.rule == rule } }

    /// Every false positive, ordered by rule id, then case id.
    public var falsePositives: [CaseResult] { rules.flatMap { $0.cases.filter { $0.outcome == .falsePositive } } }

    /// Every false negative, ordered by rule id, then case id.
    public var falseNegatives: [CaseResult] { rules.flatMap { $0.cases.filter { $0.outcome == .falseNegative } } }

    /// Checks every rule against minimum metrics; returns whether all pass and a line per failure.
    ///
    /// A metric that is `n/a` (0/0) never fails: a rule no case expects has no recall to judge.
    /// Failures read `pilkada.politik-uang: precision 0.667 < 0.800`, in rule order.
    public func passes(minPrecision: Double? = nil, minRecall: Double? = nil, minF1: Double? = nil) -> (passed: Bool, failures: [String]) {
        var failures: [String] = []
        for r in rules {
            let checks: [(String, Double?, Double?)] = [
                ("precision", r.counts.precision, minPrecision), ("recall", r.counts.recall, minRecall), ("F1", r.counts.f1, minF1),
            ]
            for (name, value, minimum) in checks {
                guard let value, let minimum, value < minimum else { continue }
                failures.append("\(r.rule): \(name) \(EvaluationReport.decimal(value)) < \(EvaluationReport.decimal(minimum))")
            }
        }
        return (failures.isEmpty, failures)
    }

    // MARK: - Rendering

    /// The report as text: a per-rule table with micro-averaged totals, then the false
    /// positives and false negatives with the case, its text, and for false positives the
    /// finding's score, reason and evidence.
    public func render() -> String {
        var out: [String] = []
        out.append("evaluated \(EvaluationReport.plural(caseCount, "case")) on \(EvaluationReport.plural(rules.count, "rule"))")
        if !unscored.isEmpty {
            out.append("not scored (detection failed): " + unscored.map(EvaluationReport.clean).joined(separator: ", "))
        }
        if rules.isEmpty {
            out.append("no rules evaluated")
            return out.joined(separator: "\n") + "\n"
        }
        var rows: [[String]] = [["rule", "TP", "FP", "FN", "TN", "precision", "recall", "F1"]]
        func row(_ name: String, _ c: Counts) -> [String] {
            [name, String(c.truePositives), String(c.falsePositives), String(c.falseNegatives), String(c.trueNegatives),
             EvaluationReport.decimal(c.precision), EvaluationReport.decimal(c.recall), EvaluationReport.decimal(c.f1)]
        }
        for r in rules { rows.append(row(EvaluationReport.clean(r.rule), r.counts)) }
        if rules.count > 1 { rows.append(row("all (micro)", total)) }
        out += EvaluationReport.table(rows, leftColumns: 1)

        let fps = falsePositives
        out.append("")
        out.append(fps.isEmpty ? "false positives: none" : "false positives (\(fps.count))")
        for fp in fps {
            out.append("  " + EvaluationReport.caseLine(fp))
            if let f = fp.finding { out.append("    " + EvaluationReport.findingLine(f, evidence: fp.evidence, count: fp.findingCount)) }
        }
        let fns = falseNegatives
        out.append("")
        out.append(fns.isEmpty ? "false negatives: none" : "false negatives (\(fns.count))")
        for fn in fns { out.append("  " + EvaluationReport.caseLine(fn)) }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Text helpers (shared with ComparisonReport)

    /// `rule  id (line N, label)  "snippet"` for a listing.
    static func caseLine(_ r: CaseResult) -> String {
        var where_ = r.line > 0 ? "line \(r.line)" : ""
        if r.label != .expected { where_ += (where_.isEmpty ? "" : ", ") + r.label.rawValue }
        let place = where_.isEmpty ? "" : " (\(where_))"
        return "\(clean(r.rule))  \(clean(r.caseID))\(place)  \"\(r.snippet)\""
    }

    /// `score 0.800  reason: …  evidence: "…"` for a finding under a listing line.
    static func findingLine(_ f: Finding, evidence: String, count: Int) -> String {
        var s = "score \(decimal(f.score))"
        if count > 1 { s += " (\(count) findings)" }
        let reason = LabelledCase.oneLine(f.reason, maxCharacters: 160)
        if !reason.isEmpty { s += "  reason: " + reason }
        if !evidence.isEmpty { s += "  evidence: " + evidence }
        return s
    }

    /// A number with 3 decimals (`0.667`), or `n/a`.
    static func decimal(_ v: Double?) -> String {
        guard let v else { return "n/a" }
        guard let t = thousandths(v) else { return String(v) }
        return (t < 0 ? "-" : "") + fixed(abs(t))
    }

    /// A signed difference of thousandths with 3 decimals: `+0.055`, `-0.100`, `+0.000`.
    static func signed(_ t: Int) -> String { (t < 0 ? "-" : "+") + fixed(abs(t)) }

    /// `v` rounded to thousandths (half away from zero), or nil when not finite or too large.
    static func thousandths(_ v: Double) -> Int? {
        guard v.isFinite, abs(v) < 1e12 else { return nil }
        return Int((v * 1000).rounded())
    }

    /// Non-negative thousandths as `I.FFF`.
    static func fixed(_ t: Int) -> String {
        let frac = t % 1000
        return "\(t / 1000)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + String(frac)
    }

    /// `1 case`, `2 cases`.
    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// An id made terminal-safe and single-line.
    static func clean(_ s: String) -> String { LabelledCase.oneLine(s, maxCharacters: 80) }

    /// Rows as aligned columns: the first `leftColumns` left-aligned, the rest right-aligned,
    /// two spaces apart, without trailing spaces.
    static func table(_ rows: [[String]], leftColumns: Int) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for r in rows { for (i, cell) in r.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { r in
            var line = ""
            for (i, cell) in r.enumerated() {
                if i > 0 { line += "  " }
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += i < leftColumns ? cell + pad : pad + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
