import Foundation
import JagaSDK

/// Flags posts that repeat a claim already debunked by fact-checkers (rule `misinfo.hoaks`).
///
/// Each post's text and transcript are matched against the fact-check corpus (``ClaimCorpus``:
/// the built-in claims plus the optional `claims_file`) by ``ClaimMatcher``: normalised,
/// slang-expanded, lightly stemmed words weighted by rarity, typo-tolerant, plus character
/// trigrams, with the claim's key terms required. Posts that debunk, warn about or ask about a
/// claim are not findings. A finding names the claim, its verdict and the correct fact; its
/// score is the similarity, its evidence the matched words, its severity `high` for scams
/// (`penipuan`) and `medium` otherwise.
///
/// Legal basis: "fact-check corpus". Spreading false news can fall under UU ITE or the criminal
/// code, but whether a given post does is a legal judgement this detector does not make, so no
/// article is cited.
public final class HoaksDetector: ItemDetector, @unchecked Sendable {
    /// The plugin id.
    public static let pluginID = "misinfo.hoaks"
    /// The one rule it emits.
    public static let ruleID = "misinfo.hoaks"
    /// The legal basis written on findings.
    public static let legalBasis = "fact-check corpus"

    /// The manifest: rule `misinfo.hoaks`; parameters `threshold`, `claims_file`, `min_tokens`.
    public let manifest = PluginManifest(
        id: HoaksDetector.pluginID,
        version: "1.0.0",
        kind: .detector,
        summary: "Posts repeating a claim debunked by fact-checkers (Pilkada/Pemilu 2024 corpus plus your own claims).",
        rules: [RuleSpec(id: HoaksDetector.ruleID, defaultSeverity: .medium, legalBasis: HoaksDetector.legalBasis,
                         summary: "Repeats a debunked claim; debunks, warnings and questions do not count.")],
        parameters: [
            ParameterSpec(name: "threshold", type: .double(min: 0, max: 1), defaultValue: .double(HoaksDetector.defaultThreshold),
                          doc: "Minimum similarity (0–1) between a post and a claim to report it."),
            ParameterSpec(name: "claims_file", type: .path, defaultValue: .string(""),
                          doc: "JSON Lines file of extra claims (same shape as `claims` shows), merged with the built-in ones; empty: built-in only."),
            ParameterSpec(name: "min_tokens", type: .int(min: 1, max: 1000), defaultValue: .int(3),
                          doc: "Posts with fewer words than this are not matched."),
        ]
    )

    /// The default similarity threshold.
    public static let defaultThreshold = 0.6

    /// What `configure` builds; replaced as a whole.
    private struct State {
        var corpus: ClaimCorpus
        var matcher: ClaimMatcher
        var threshold: Double
        var minTokens: Int
    }

    /// Read on every post without a lock; replaced by `configure`.
    private let state: PublishedValue<State>

    /// A detector with the built-in corpus and default parameters.
    public init() {
        state = PublishedValue(State(corpus: .builtIn, matcher: ClaimMatcher(claims: ClaimCorpus.builtIn.claims),
                                     threshold: Self.defaultThreshold, minTokens: 3))
    }

    /// The corpus in force: built-in claims merged with the `claims_file` ones.
    public var corpus: ClaimCorpus { state.value.corpus }

    /// Applies `threshold`, `min_tokens` and `claims_file` (read and indexed again on every call).
    public func configure(_ parameters: PluginParameters) throws {
        let threshold = parameters.double("threshold") ?? Self.defaultThreshold
        let minTokens = Int(parameters.int("min_tokens") ?? 3)
        var corpus = ClaimCorpus.builtIn
        if let path = parameters.string("claims_file"), !path.isEmpty {
            do {
                corpus = corpus.merging(try ClaimCorpus.load(path: path))
            } catch {
                throw PluginError("claims_file: \(error.description)")
            }
        }
        let old = state.value
        let matcher = old.corpus == corpus ? old.matcher : ClaimMatcher(claims: corpus.claims)
        let built = State(corpus: corpus, matcher: matcher, threshold: threshold, minTokens: max(1, minTokens))
        state.publish(built)
    }

    /// Reads `text` and `transcript` only (the runner need not make the other fields).
    public var fieldsRead: ContentFields { [.transcript] }

    /// One finding per claim the post's text or transcript repeats (best field kept per claim).
    public func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        let s = state.value
        var best: [Int: (ClaimMatcher.Match, String)] = [:]
        func add(_ value: String, _ field: String) {
            guard !value.isEmpty else { return }
            for m in s.matcher.match(value, threshold: s.threshold, minTokens: s.minTokens) {
                if let b = best[m.claim], b.0.score >= m.score { continue }
                best[m.claim] = (m, field)
            }
        }
        add(item.text, "text")
        if let t = item.transcript { add(t, "transcript") }
        guard !best.isEmpty else { return [] }
        return best.values.sorted { $0.0.score != $1.0.score ? $0.0.score > $1.0.score : $0.0.claim < $1.0.claim }.map { m, field in
            let claim = s.corpus.claims[m.claim]
            let wording = m.variant < claim.variants.count ? claim.variants[m.variant] : claim.text
            let source = claim.source.isEmpty ? "" : " (\(claim.source))"
            return Finding(
                contentID: item.id, rule: Self.ruleID, severity: claim.severity, score: m.score,
                reason: "Repeats debunked claim \(claim.id) ('\(claim.text)', verdict \(claim.verdict)); fact: \(claim.fact)\(source).",
                evidence: [EvidenceSpan(field: field, start: m.start, end: m.end)],
                legalBasis: Self.legalBasis, plugin: Self.pluginID,
                details: [
                    "claim_id": .string(claim.id),
                    "similarity": .double(m.score),
                    "verdict": .string(claim.verdict),
                    "correction": .string(claim.fact),
                    "matched_variant": .string(wording),
                    "source": .string(claim.source),
                ])
        }
    }
}
