/// What a detector or rule checker concluded about one content item.
public struct Finding: Sendable, Hashable {
    /// The content item's id.
    public var contentID: String
    /// A stable rule id from the taxonomy, e.g. `pilkada.politik-uang`.
    public var rule: String
    public var severity: Severity
    /// Confidence or similarity in 0...1.
    public var score: Double
    /// One plain sentence saying why.
    public var reason: String
    public var evidence: [EvidenceSpan]
    /// Article and law, e.g. `UU 10/2016 Pasal 73, 187A`.
    public var legalBasis: String
    /// The id of the plugin that produced it (`vendor.name`).
    public var plugin: String
    /// Extra structured detail (matched claim id, local time judged, cluster members...).
    public var details: [String: Value]

    public init(
        contentID: String, rule: String, severity: Severity, score: Double, reason: String,
        evidence: [EvidenceSpan] = [], legalBasis: String = "", plugin: String, details: [String: Value] = [:]
    ) {
        self.contentID = contentID
        self.rule = rule
        self.severity = severity
        self.score = score
        self.reason = reason
        self.evidence = evidence
        self.legalBasis = legalBasis
        self.plugin = plugin
        self.details = details
    }

    /// The deterministic order of findings: content id, rule, plugin, then evidence start.
    public static func canonicalOrder(_ a: Finding, _ b: Finding) -> Bool {
        a.canonicalKey < b.canonicalKey
    }

    /// What ``canonicalOrder(_:_:)`` compares, in that order (sort many findings by their keys).
    public var canonicalKey: (String, String, String, Int) {
        (contentID, rule, plugin, evidence.first?.start ?? -1)
    }
}
