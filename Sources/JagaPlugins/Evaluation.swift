import JagaSDK

/// Scores a detector's findings against labelled cases: the engine of `plugin test`.
///
/// Counting rules, per evaluated rule and case ("closed world per case"):
/// - **TP**: the rule is in the case's `expect` and the detector found it;
/// - **FN**: the rule is in `expect` and was not found;
/// - **FP**: the rule was found but is not in `expect` — whether the case lists it in
///   `expect_not` or in neither list. A case is a complete statement of what its post should
///   trigger, so a finding the case does not ask for is wrong. The report keeps the
///   difference (``EvaluationReport/CaseResult/label`` is `expect_not` or `unlabelled`), so
///   an unlabelled false positive can be spotted as a gap in the labels;
/// - **TN**: the rule is not in `expect` and was not found (again whether or not it is in
///   `expect_not`), so TP + FP + FN + TN is the number of scored cases for every rule.
///
/// Several findings of one rule on one case count once; the highest-scored is kept (ties:
/// ``Finding/canonicalOrder(_:_:)``). Findings of rules not evaluated, and findings about
/// posts that are not cases, are ignored. Precision = TP/(TP+FP) and recall = TP/(TP+FN) are
/// `n/a` when their denominator is 0, and an `n/a` metric never fails a threshold;
/// F1 = 2·TP/(2·TP+FP+FN). Totals are micro-averaged (the counts of all rules added up).
public enum Evaluation {
    /// A case on which the detector threw, with the error's message.
    public typealias CaseError = (caseID: String, message: String)

    /// The rules to evaluate by default: those the cases name that the manifest declares, sorted.
    public static func defaultRules(cases: [LabelledCase], manifest: PluginManifest) -> [String] {
        let declared = Set(manifest.rules.map(\.id))
        return namedRules(cases).filter { declared.contains($0) }
    }

    /// Rule ids the cases name that the manifest does not declare, sorted (likely typos).
    public static func undeclaredRules(cases: [LabelledCase], manifest: PluginManifest) -> [String] {
        let declared = Set(manifest.rules.map(\.id))
        return namedRules(cases).filter { !declared.contains($0) }
    }

    /// Every rule id named in any case's `expect` or `expect_not`, sorted.
    public static func namedRules(_ cases: [LabelledCase]) -> [String] {
        cases.reduce(into: Set<String>()) { $0.formUnion($1.namedRules) }.sorted()
    }

    /// Scores findings grouped by content id against the cases, for the given rules.
    ///
    /// - Parameters:
    ///   - cases: the labelled cases.
    ///   - findings: the detector's findings for each case, keyed by the case's id.
    ///   - rules: the rule ids to evaluate (repeats are ignored).
    ///   - unscored: ids of cases to leave out (detection failed on them); listed in the report.
    public static func evaluate(cases: [LabelledCase], findings: [String: [Finding]], rules: [String],
                                unscored: Set<String> = []) -> EvaluationReport {
        let scored = cases.filter { !unscored.contains($0.id) }.sorted { $0.id < $1.id }
        var results: [EvaluationReport.RuleResult] = []
        for rule in Set(rules).sorted() {
            var counts = EvaluationReport.Counts()
            var caseResults: [EvaluationReport.CaseResult] = []
            for c in scored {
                let mine = (findings[c.id] ?? []).filter { $0.rule == rule }
                let best = strongest(mine)
                let label = c.label(for: rule)
                let outcome = EvaluationReport.Outcome(label: label, found: best != nil)
                counts.add(outcome)
                caseResults.append(EvaluationReport.CaseResult(
                    rule: rule, caseID: c.id, line: c.line, label: label, outcome: outcome, finding: best,
                    findingCount: mine.count, snippet: c.snippet(),
                    evidence: best.map { evidenceText($0, item: c.item) } ?? ""))
            }
            results.append(EvaluationReport.RuleResult(rule: rule, counts: counts, cases: caseResults))
        }
        let known = Set(cases.map(\.id))
        return EvaluationReport(rules: results, caseCount: scored.count, unscored: unscored.filter { known.contains($0) }.sorted())
    }

    /// Scores a flat list of findings (grouped by ``Finding/contentID``) against the cases.
    public static func evaluate(cases: [LabelledCase], findings: [Finding], rules: [String],
                                unscored: Set<String> = []) -> EvaluationReport {
        evaluate(cases: cases, findings: Dictionary(grouping: findings, by: \.contentID), rules: rules, unscored: unscored)
    }

    /// Runs a detector on every case with ``ItemContext/init(item:resolver:)``; errors are caught per case.
    ///
    /// The findings of a case are filed under the case's id whatever their ``Finding/contentID``
    /// says. Call ``Plugin/configure(_:)`` before, as the caller wants the detector configured.
    public static func detect(detector: any ItemDetector, cases: [LabelledCase]) -> (findings: [String: [Finding]], errors: [CaseError]) {
        var findings: [String: [Finding]] = [:]
        var errors: [CaseError] = []
        for c in cases {
            do {
                findings[c.id] = try detector.detect(c.item, context: ItemContext(item: c.item))
            } catch {
                errors.append((c.id, message(of: error)))
            }
        }
        return (findings, errors.sorted { $0.caseID < $1.caseID })
    }

    /// Runs a detector on the cases and scores it: `plugin test`.
    ///
    /// `rules` nil means ``defaultRules(cases:manifest:)`` of the detector's manifest. Cases on
    /// which the detector threw are not scored; they are returned in `errors` (ordered by case
    /// id) and listed in the report's ``EvaluationReport/unscored``.
    public static func run(detector: any ItemDetector, cases: [LabelledCase], rules: [String]? = nil) -> (report: EvaluationReport, errors: [CaseError]) {
        let (findings, errors) = detect(detector: detector, cases: cases)
        let chosen = rules ?? defaultRules(cases: cases, manifest: detector.manifest)
        let report = evaluate(cases: cases, findings: findings, rules: chosen, unscored: Set(errors.map(\.caseID)))
        return (report, errors)
    }

    // MARK: - Helpers

    /// The highest-scored finding (ties: canonical order), or nil for none.
    static func strongest(_ findings: [Finding]) -> Finding? {
        findings.min { a, b in
            if a.score != b.score { return a.score > b.score }
            return Finding.canonicalOrder(a, b)
        }
    }

    /// A thrown error as a message: a plugin's own message as it is, anything else described.
    static func message(of error: any Error) -> String {
        if let e = error as? PluginError { return e.message }
        return String(describing: error)
    }

    /// The finding's evidence as quoted, one-line excerpts: `"amplop", transcript "uang"`.
    ///
    /// At most three spans are shown (`+N more` after), each cut at 60 characters; a span
    /// that does not fit its field shows as `?`.
    static func evidenceText(_ f: Finding, item: ContentItem) -> String {
        var parts: [String] = []
        for span in f.evidence.prefix(3) {
            let source: String?
            switch span.field {
            case "text": source = item.text
            case "transcript": source = item.transcript
            default: source = nil
            }
            let prefix = span.field == "text" ? "" : EvaluationReport.clean(span.field) + " "
            if let excerpt = source.flatMap({ span.excerpt(of: $0) }) {
                parts.append(prefix + "\"" + LabelledCase.oneLine(excerpt, maxCharacters: 60) + "\"")
            } else {
                parts.append(prefix + "?")
            }
        }
        if f.evidence.count > 3 { parts.append("+\(f.evidence.count - 3) more") }
        return parts.joined(separator: ", ")
    }
}
