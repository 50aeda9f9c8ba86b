import Foundation
import JagaSDK
import Synchronization

/// One `pilkada.*` rule checker as a plugin: the rule's logic over the shared ``PostAnalysis``.
///
/// The ten checkers are separate plugins (enable, disable, describe and set each) that share
/// one analysis per post through ``ItemContext/analyses``, so running all ten costs little more
/// than running one. Parameters: `severity` (override), `lexicon` (a file of extra
/// `cue-name: phrase` lines; every checker reading the same file shares its analysis).
public final class PilkadaChecker: ItemDetector, @unchecked Sendable {
    /// The rule it checks.
    public let rule: PilkadaRule
    /// The calendar the time rules use (shared by all ten checkers and the `calendar` command).
    public let calendars: CalendarStore

    private struct Settings {
        var severity: Severity?
        var lexicon: PilkadaLexicon = .builtin
    }

    /// Read without a lock; replaced by `configure`.
    private let settings = PublishedValue(Settings())
    /// The identity of the current settings' lexicon: what every post compares its shared slot
    /// with (one atomic load; the settings themselves are read only to make a slot or a finding).
    private let lexiconKey = Atomic<UInt>(PilkadaChecker.key(.builtin))

    /// The checker of `rule`, judging time against `calendars`.
    public init(rule: PilkadaRule, calendars: CalendarStore) {
        self.rule = rule
        self.calendars = calendars
    }

    /// The rule, its legal basis and class, and the `severity` and `lexicon` parameters.
    public var manifest: PluginManifest {
        PluginManifest(
            id: rule.id, version: "1.0.0", kind: .detector, summary: rule.summary,
            rules: [RuleSpec(id: rule.id, defaultSeverity: rule.defaultSeverity, legalBasis: rule.legalBasis,
                             summary: "\(rule.summary) Class: \(rule.violationClass) → \(rule.routedTo).")],
            parameters: [
                ParameterSpec(name: "severity", type: .choice(["default", "low", "medium", "high", "critical"]),
                              defaultValue: .string("default"), doc: "Severity of this rule's findings (default: \(rule.defaultSeverity))."),
                ParameterSpec(name: "lexicon", type: .path, defaultValue: .string(""),
                              doc: "A file of extra phrases, one 'cue-name: phrase' per line (cues: \(Cue.allCases.map(\.name).joined(separator: ", "))). Empty: built-in only."),
            ])
    }

    /// Applies `severity` and `lexicon` (read at once; a bad file is an error naming it).
    public func configure(_ parameters: PluginParameters) throws {
        var s = Settings()
        if let v = parameters.string("severity"), v != "default" { s.severity = Severity.allCases.first { $0.description == v } }
        if let path = parameters.string("lexicon"), !path.isEmpty { s.lexicon = try Self.lexicon(path) }
        settings.publish(s)
        lexiconKey.store(Self.key(s.lexicon), ordering: .releasing)
    }

    /// The identity of `lexicon` as a number.
    private static func key(_ lexicon: PilkadaLexicon) -> UInt { UInt(bitPattern: ObjectIdentifier(lexicon).hashValue) }

    /// Reads `text` and `transcript` only (the runner need not make the other fields).
    public var fieldsRead: ContentFields { [.transcript] }

    /// The finding of this rule on `item`, if any, with evidence, reason, legal basis and details.
    public func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        // The post's shared slot; another checker may have made it with the same lexicon.
        var slot = context.object(for: item, PostSlot.self) { Self.makeSlot(item, context: context, lexicon: settings.value.lexicon, calendars: calendars) }
        if slot.lexicon != lexiconKey.load(ordering: .acquiring) {
            // This checker reads another lexicon file than the checker that made the slot.
            slot = Self.makeSlot(item, context: context, lexicon: settings.value.lexicon, calendars: calendars)
        }
        guard var j = slot.judgement(by: self, context: context) else { return [] }
        // Added in place: the judgement's dictionary has no other owner, so it is not copied.
        j.details["violation_class"] = .string(rule.violationClass)
        j.details["routed_to"] = .string(rule.routedTo)
        return [Finding(contentID: item.id, rule: rule.id, severity: settings.value.severity ?? rule.defaultSeverity, score: j.score,
                        reason: j.reason, evidence: j.evidence, legalBasis: rule.legalBasis, plugin: rule.id, details: j.details)]
    }

    /// The rule's judgement of `analysis` (dispatched statically, so each rule's logic is
    /// specialised); tests call it to bypass the trigger filter.
    func verdict(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        switch rule {
        case .masaTenang: MasaTenangLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .diLuarJadwal: DiLuarJadwalLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .politikUang: PolitikUangLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .sara: SaraLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .hasutan: HasutanLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .netralitas: NetralitasLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .pelibatanAnak: PelibatanAnakLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .fasilitas: FasilitasLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .surveiMasaTenang: SurveiMasaTenangLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        case .hitungCepatDini: HitungCepatDiniLogic().verdict(a, campaign: campaign(), context: context, facts: facts)
        }
    }

    // MARK: - Sharing

    /// What the ten checkers share about one post: its analysis (nil when the trigger filter
    /// shows no checker could flag it) and, made on first use, its campaign content.
    final class PostSlot: @unchecked Sendable {
        /// The identity of the lexicon it was read with (see ``PilkadaChecker/key(_:)``).
        let lexicon: UInt
        let analysis: PostAnalysis?
        /// The calendar facts the post is judged with (read once per post, not once per checker).
        let facts: CalendarFacts
        private var made: CampaignContent?

        init(lexicon: UInt, analysis: PostAnalysis?, facts: CalendarFacts) {
            self.lexicon = lexicon
            self.analysis = analysis
            self.facts = facts
        }

        /// `checker`'s judgement of the post (nil without an analysis: the trigger filter showed
        /// no checker could flag it). Asked here, so the analysis and facts are read from the
        /// slot's constants rather than retained for the call.
        func judgement(by checker: PilkadaChecker, context: ItemContext) -> Judgement? {
            guard let analysis else { return nil }
            return checker.verdict(analysis, campaign: campaign(of: analysis), context: context, facts: facts)
        }

        /// The campaign content of `analysis` (this slot's), made on first use.
        func campaign(of analysis: PostAnalysis) -> CampaignContent {
            if let made { return made }
            let c = CampaignContent(analysis)
            made = c
            return c
        }
    }

    /// A slot for `item` read with `lexicon` (trigger filter first, then the analysis).
    static func makeSlot(_ item: ContentItem, context: ItemContext, lexicon: PilkadaLexicon, calendars: CalendarStore) -> PostSlot {
        let facts = calendars.facts
        let need = TriggerFilter.need(context, facts: facts)
        let pass = lexicon.filter.mayTrigger(text: item.text, transcript: item.transcript, need: need)
        return PostSlot(lexicon: key(lexicon), analysis: pass ? PostAnalysis(item, lexicon: lexicon) : nil, facts: facts)
    }

    /// Lexicons by path and text, so checkers given the same file share one index (and so one
    /// analysis per post); an edited file is read again.
    nonisolated(unsafe) private static var lexicons: [String: (text: String, lexicon: PilkadaLexicon)] = [:]
    private static let lexiconLock = NSLock()

    private static func lexicon(_ path: String) throws -> PilkadaLexicon {
        let text = try PilkadaLexicon.read(path)
        if let known = lexiconLock.withLock({ lexicons[path] }), known.text == text { return known.lexicon }
        let loaded = try PilkadaLexicon(extra: PilkadaLexicon.parse(text, file: path))
        lexiconLock.withLock { lexicons[path] = (text, loaded) }
        return loaded
    }
}

