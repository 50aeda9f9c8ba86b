import JagaSDK

/// What a rule's logic concluded about a post, before it becomes a ``Finding``.
public struct Judgement: Sendable {
    /// The evidence spans in the original text or transcript.
    public var evidence: [EvidenceSpan]
    /// One plain sentence saying why.
    public var reason: String
    /// Confidence in 0...1.
    public var score: Double
    /// Rule-specific details (local time, period, signal kind...).
    public var details: [String: Value]

    public init(evidence: [EvidenceSpan], reason: String, score: Double = 0.8, details: [String: Value] = [:]) {
        self.evidence = evidence
        self.reason = reason
        self.score = score
        self.details = details
        // Room for the two keys every finding adds (``PilkadaChecker`` adds the violation class).
        self.details.reserveCapacity(details.count + 2)
    }
}

/// The logic of one rule: given the shared analysis and where/when the post is, a judgement or nil.
public protocol RuleLogic: Sendable {
    func judge(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement?
    /// Stances of the whole post that cancel a judgement (a debunk or warning quotes what it corrects).
    var cancellingStances: [Stance.Label] { get }
}

extension RuleLogic {
    /// By default a post that refutes (a debunk) cancels the judgement.
    public var cancellingStances: [Stance.Label] { [.refutes] }

    /// The judgement, unless the post's stance cancels it (asked last: it is the costliest question).
    func verdict(_ a: PostAnalysis, campaign: @autoclosure () -> CampaignContent, context: ItemContext, facts: CalendarFacts) -> Judgement? {
        guard let j = judge(a, campaign: campaign(), context: context, facts: facts) else { return nil }
        return cancels(a) ? nil : j
    }

    /// True when the post's stance cancels a judgement. A function of its own: `Stance.Label`
    /// is a resilient type, and handling one makes a function set up room for it on every call
    /// (most verdicts end before this question).
    @inline(never)
    func cancels(_ a: PostAnalysis) -> Bool {
        let cancelling = cancellingStances
        return !cancelling.isEmpty && cancelling.contains(a.stance)
    }
}
