import Foundation
import JagaSDK

/// A detector plugin made from a declarative rule pack (see README.md for the YAML format).
///
/// Each post's text and transcript are tokenised and folded once, then every term of every rule
/// is found in one pass (``TermIndex``); rules are then judged on the hits. A post gets at most
/// one finding per rule id (entries sharing an id are merged). Findings are sorted by rule id,
/// then evidence start. Parameters: `min_matches` (distinct `any` terms a rule needs, default 1)
/// and `severity_override` (`none` keeps each rule's severity).
///
/// Score: distinct terms matched (`any`, `all` and `context` together) divided by
/// `min_matches + 2`, capped at 1 — so one lexicon word plus one context word scores 0.67 with
/// the defaults, and three or more distinct terms score 1.
public final class RulePackPlugin: ItemDetector, @unchecked Sendable {
    /// The pack as parsed.
    public let pack: RulePack
    /// The file the pack was loaded from, for `plugin reload`; nil when built from text.
    public let sourcePath: String?
    /// The plugin's manifest: id = pack, one rule spec per distinct rule id, two parameters.
    public let manifest: PluginManifest

    private let compiled: CompiledPack
    /// Read on every post without a lock; replaced by `configure`.
    private let settings = PublishedValue(Settings())

    /// Parameter values in force.
    private struct Settings {
        var minMatches = 1
        var severityOverride: Severity?
    }

    /// Compiles a parsed pack into a plugin; `sourcePath` is where it was read from, if a file.
    public init(pack: RulePack, sourcePath: String? = nil) {
        self.pack = pack
        self.sourcePath = sourcePath
        compiled = CompiledPack(pack)
        var specs: [RuleSpec] = []
        for rule in pack.rules where !specs.contains(where: { $0.id == rule.id }) {
            specs.append(RuleSpec(id: rule.id, defaultSeverity: rule.severity, legalBasis: rule.legalBasis,
                                  summary: rule.reason.replacingOccurrences(of: "{match}", with: "…")))
        }
        manifest = PluginManifest(
            id: pack.id, version: pack.version, kind: .detector, summary: pack.summary, rules: specs,
            parameters: [
                ParameterSpec(name: "min_matches", type: .int(min: 1, max: nil), defaultValue: .int(1),
                              doc: "How many distinct 'any' terms a rule needs before it reports."),
                ParameterSpec(name: "severity_override", type: .choice(["none", "low", "medium", "high", "critical"]),
                              defaultValue: .string("none"), doc: "Report every finding at this severity ('none': the rule's own)."),
            ]
        )
    }

    /// Applies `min_matches` and `severity_override`.
    public func configure(_ parameters: PluginParameters) throws {
        var s = Settings()
        if let m = parameters.int("min_matches") { s.minMatches = max(1, Int(m)) }
        if let o = parameters.string("severity_override") { s.severityOverride = Severity(name: o) }
        settings.publish(s)
    }

    /// The pack's findings for one post, at most one per rule id.
    public func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        let s = settings.value
        let rules = pack.rules
        var active = [Bool](repeating: false, count: rules.count)
        var needText = false, needTranscript = false
        for (r, rule) in rules.enumerated() where rule.applies(to: context) {
            active[r] = true
            needText = needText || compiled.readsText[r]
            needTranscript = needTranscript || compiled.readsTranscript[r]
        }
        guard active.contains(true) else { return [] }

        var hits: [(PackRule.Field, TermIndex.Hit)] = []
        let shapes = compiled.index.usesShapes
        if needText, !item.text.isEmpty {
            for h in compiled.index.scan(TokenStream(item.text, shapes: shapes)) { hits.append((.text, h)) }
        }
        if needTranscript, let t = item.transcript, !t.isEmpty {
            for h in compiled.index.scan(TokenStream(t, shapes: shapes)) { hits.append((.transcript, h)) }
        }
        guard !hits.isEmpty else { return [] }

        var states: [Int: RuleState] = [:]
        for (field, hit) in hits {
            for use in compiled.uses[hit.term] where active[use.rule] {
                guard field == .text ? compiled.readsText[use.rule] : compiled.readsTranscript[use.rule] else { continue }
                states[use.rule, default: RuleState()].record(use.role, term: hit.term,
                                                              span: EvidenceSpan(field: field.rawValue, start: hit.start, end: hit.end))
            }
        }

        var findings: [Finding] = []
        var byRule: [String: Int] = [:]
        for r in states.keys.sorted() {
            guard let state = states[r], let f = finding(item, context, rules[r], state, s) else { continue }
            if let k = byRule[f.rule] {
                findings[k] = Self.merge(findings[k], f)
            } else {
                byRule[f.rule] = findings.count
                findings.append(f)
            }
        }
        return findings.sorted { a, b in
            a.rule != b.rule ? a.rule < b.rule : (a.evidence.first?.start ?? -1) < (b.evidence.first?.start ?? -1)
        }
    }

    /// The finding of one rule from its hits, or nil when the rule's conditions do not hold.
    private func finding(_ item: ContentItem, _ context: ItemContext, _ rule: PackRule, _ state: RuleState, _ s: Settings) -> Finding? {
        guard !state.excluded,
              rule.any.isEmpty || state.anyTerms.count >= s.minMatches,
              state.groups.count == rule.all.count,
              rule.context.isEmpty || !state.contextTerms.isEmpty,
              let first = state.firstMatch
        else { return nil }
        let terms = compiled.index.terms
        let matched = state.anyTerms + state.allTerms.filter { !state.anyTerms.contains($0) }
        let score = min(1, Double(matched.count + state.contextTerms.count) / Double(s.minMatches + 2))
        let source = first.field == "transcript" ? (item.transcript ?? "") : item.text
        let excerpt = first.excerpt(of: source) ?? ""
        var details: [String: Value] = [
            "terms": .list(matched.map { .string(terms[$0].text) }),
            "pack_rule": .string(rule.path),
        ]
        if !state.contextTerms.isEmpty { details["context"] = .list(state.contextTerms.map { .string(terms[$0].text) }) }
        if let window = rule.window {
            details["window"] = .string(window.description)
            details["local_time"] = .time(context.localTime)
            details["zone"] = .string(context.zone.zone.rawValue)
            details["zone_reason"] = .string(context.zone.reason)
        }
        if !rule.regions.isEmpty, let region = context.region { details["region"] = .string(region.name) }
        return Finding(
            contentID: item.id, rule: rule.id, severity: s.severityOverride ?? rule.severity, score: score,
            reason: rule.reason.replacingOccurrences(of: "{match}", with: excerpt),
            evidence: Self.ordered(state.spans), legalBasis: rule.legalBasis, plugin: pack.id, details: details
        )
    }

    /// Two findings of one rule id (from entries sharing it) as one: all evidence, the higher score.
    static func merge(_ a: Finding, _ b: Finding) -> Finding {
        var m = a
        m.evidence = ordered(a.evidence + b.evidence)
        m.score = max(a.score, b.score)
        if case .list(let x)? = a.details["terms"], case .list(let y)? = b.details["terms"] {
            m.details["terms"] = .list(x + y.filter { !x.contains($0) })
        }
        return m
    }

    /// Spans without duplicates, text before transcript, then by start and end.
    static func ordered(_ spans: [EvidenceSpan]) -> [EvidenceSpan] {
        Array(Set(spans)).sorted { a, b in
            if a.field != b.field { return a.field == "text" }
            return a.start != b.start ? a.start < b.start : a.end < b.end
        }
    }
}

/// What one rule has seen in one post.
private struct RuleState {
    var excluded = false
    var anyTerms: [Int] = []
    var allTerms: [Int] = []
    var groups = Set<Int>()
    var contextTerms: [Int] = []
    var spans: [EvidenceSpan] = []
    /// The first `any`/`all` hit, for `{match}`.
    var firstMatch: EvidenceSpan?

    mutating func record(_ role: CompiledPack.Role, term: Int, span: EvidenceSpan) {
        switch role {
        case .exclude:
            excluded = true
            return
        case .any:
            if !anyTerms.contains(term) { anyTerms.append(term) }
            if firstMatch == nil { firstMatch = span }
        case .all(let g):
            groups.insert(g)
            if !allTerms.contains(term) { allTerms.append(term) }
            if firstMatch == nil { firstMatch = span }
        case .context:
            if !contextTerms.contains(term) { contextTerms.append(term) }
        }
        spans.append(span)
    }
}
