import Foundation
import JagaSDK

/// Finds false statements about voting procedure (`misinfo.prosedural`) by checking posts against official KPU facts.
///
/// Scope (taxonomy.md): statements about how, when or where to vote, who may vote, what makes a
/// ballot valid and what happens to non-voters, that contradict a fact of ``FactBase`` (F01–F14:
/// voting day, hours, DPK and DPTb voters, in-person voting only, ballot validity, the empty box,
/// non-voters, the holiday, notification letters, KPPS neutrality, ID, turnout). Out of scope:
/// claims about counting and results, Sirekap included ("Sirekap is the official result" is a
/// debunked claim for `misinfo.hoaks`), and early quick counts (`pilkada.hitung-cepat-dini`).
///
/// A finding needs a sentence that asserts the false value next to its topic ("TPS buka sampai
/// jam 5 sore", "golput bisa dipenjara"). Correct statements ("TPS tutup jam 1 siang"), questions
/// ("apakah golput dipenjara?"), negated claims ("golput tidak dipenjara") and posts that debunk
/// ("hoaks", "tidak benar", "jangan percaya") are not findings. Times are judged in the post's
/// zone (``ItemContext/zone``): "tutup jam 3 sore WIB" is 16:00 in WITA. The text and the
/// transcript are both read; most posts are rejected after one scan because they have no
/// procedural topic word.
public final class ProseduralDetector: ItemDetector, @unchecked Sendable {
    /// The plugin id.
    public static let pluginID = "misinfo.prosedural"
    /// The rule it emits.
    public static let ruleID = "misinfo.prosedural"

    /// The manifest: rule `misinfo.prosedural`; parameters `threshold` and `facts`.
    public let manifest = PluginManifest(
        id: ProseduralDetector.pluginID,
        version: "1.0.0",
        kind: .detector,
        summary: "False statements about voting procedure (date, hours, who may vote, valid ballots, non-voters) that contradict official KPU facts.",
        rules: [RuleSpec(id: ProseduralDetector.ruleID, defaultSeverity: .medium, legalBasis: "official KPU facts",
                         summary: "A post states something about how, when or where to vote that contradicts an official fact.")],
        parameters: [
            ParameterSpec(name: "threshold", type: .double(min: 0, max: 1), defaultValue: .double(0.6),
                          doc: "Smallest score reported (0.9 for a plain claim; less when hedged or spread over clauses)."),
            ParameterSpec(name: "facts", type: .stringList, defaultValue: .list([]),
                          doc: "Fact ids to check (F01–F14, see describe); empty: all."),
        ]
    )

    /// What `configure` set: read by many threads, replaced as a whole.
    private struct Settings {
        var threshold: Double = 0.6
        var facts: [ProceduralFact] = FactBase.all
        /// The quick tests of the patterns of `facts`.
        var gates: [ClaimMatcher.Gate] = ClaimMatcher.gates(FactBase.all)
    }

    /// Read on every post without a lock; replaced by `configure`.
    private let settings = PublishedValue(Settings())
    /// The topic words for the quick rejection in ``detect(_:context:)``.
    private let triggers = TopicTriggers.shared

    /// Classes of which a post needs at least one to be analysed further.
    static let topics = Lex.mask([.tps, .coblos, .choose, .pemungutan, .election, .golput, .kotak, .kolom,
                                  .dpt, .registered, .dptb, .dpk, .undangan, .kpps, .ktp, .holiday, .turnout, .ballot])

    /// Makes the detector with every fact enabled.
    public init() {}

    /// Sets `threshold` and `facts`; throws for an unknown fact id.
    public func configure(_ parameters: PluginParameters) throws {
        var s = Settings()
        if let t = parameters.double("threshold") { s.threshold = t }
        let ids = parameters.strings("facts") ?? []
        if !ids.isEmpty {
            var chosen: [ProceduralFact] = []
            for id in ids {
                guard let f = FactBase.fact(id.uppercased()) else {
                    throw PluginError("misinfo.prosedural: unknown fact '\(id)' (known: \(FactBase.all.map(\.id).joined(separator: ", ")))")
                }
                chosen.append(f)
            }
            s.facts = FactBase.all.filter { f in chosen.contains { $0.id == f.id } }
            s.gates = ClaimMatcher.gates(s.facts)
        }
        settings.publish(s)
    }

    /// The ids and statements of the facts in force, for `describe` and tests.
    public var factList: [(id: String, statement: String, source: String)] {
        settings.value.facts.map { ($0.id, $0.statement, $0.source) }
    }

    /// Reads `text` and `transcript` only (the runner need not make the other fields).
    public var fieldsRead: ContentFields { [.transcript] }

    /// One finding per contradicted fact, from the text or the transcript.
    public func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        // The quick rejection: one pass over the bytes, no tokenising, no lock. A field it rules
        // out has no topic word, so the full analysis would skip it too.
        let text = item.text
        let transcript = item.transcript ?? ""
        let inText = !text.isEmpty && triggers.mayHaveAny(text)
        let inTranscript = !transcript.isEmpty && triggers.mayHaveAny(transcript)
        guard inText || inTranscript else { return [] }
        // The fields with a topic word, text first; a debunking field means no finding at all.
        var analysedText: ProseduralText?
        var analysedTranscript: ProseduralText?
        if inText {
            let t = ProseduralText(text)
            if t.hasAny(Self.topics) {
                if t.debunks { return [] }
                analysedText = t
            }
        }
        if inTranscript {
            let t = ProseduralText(transcript)
            if t.hasAny(Self.topics) {
                if t.debunks { return [] }
                analysedTranscript = t
            }
        }
        if analysedText == nil && analysedTranscript == nil { return [] }
        let s = settings.value
        let zoneHours = Int(context.zone.zone.offsetSeconds / 3600)
        var findings: [Finding] = []
        var seen = Set<String>()
        func collect(_ t: ProseduralText, field: String) {
            let matcher = ClaimMatcher(text: t, localZone: zoneHours)
            for m in matcher.matches(facts: s.facts, gates: s.gates) where m.score >= s.threshold && !seen.contains(m.fact.id) {
                seen.insert(m.fact.id)
                findings.append(finding(m, item: item, field: field, text: t, context: context))
            }
        }
        if let t = analysedText { collect(t, field: "text") }
        if let t = analysedTranscript { collect(t, field: "transcript") }
        return findings
    }

    /// Builds the finding for one match.
    private func finding(_ m: ClaimMatcher.Match, item: ContentItem, field: String, text: ProseduralText,
                         context: ItemContext) -> Finding {
        let words = text.words
        let span = EvidenceSpan(field: field, start: Int(words[m.lo].start), end: Int(words[m.hi - 1].end))
        let timed = m.timed
        var reason = "Says \(m.says); fact \(m.fact.id): \(m.fact.statement) (\(m.fact.source))"
        if timed { reason += "; judged in \(context.zone.zone.rawValue) (\(context.zone.reason))" }
        var details: [String: Value] = [
            "fact_id": .string(m.fact.id), "fact": .string(m.fact.statement), "source": .string(m.fact.source),
            "claim": .string(m.says),
        ]
        if timed {
            details["zone"] = .string(context.zone.zone.rawValue)
            details["zone_reason"] = .string(context.zone.reason)
        }
        return Finding(
            contentID: item.id, rule: Self.ruleID, severity: m.fact.severity, score: (m.score * 100).rounded() / 100,
            reason: reason + ".", evidence: [span], legalBasis: "official KPU facts; \(m.fact.source)",
            plugin: Self.pluginID, details: details)
    }
}
