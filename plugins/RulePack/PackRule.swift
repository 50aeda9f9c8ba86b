import JagaSDK

/// One rule of a pack as parsed: what it reports, which words it needs, and where and when it applies.
///
/// A post gets a finding from the rule when, in the rule's fields and with the post inside its
/// window and regions: at least `min_matches` distinct `any` terms occur (when `any` is given),
/// every `all` group has a term that occurs, some `context` term occurs (when `context` is
/// given), and no `exclude` term occurs.
public struct PackRule: Sendable, Hashable {
    /// A field of the post a rule reads.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        /// The post's text (caption, tweet, message).
        case text
        /// The spoken words of a video (`transcript`, TikTok's `voice_to_text`).
        case transcript
    }

    /// The rule id findings carry (`pilkada.politik-uang`, `acme.something`).
    public var id: String
    /// The severity findings carry (unless the plugin's `severity_override` says otherwise).
    public var severity: Severity
    /// Article and law, e.g. `UU 10/2016 Pasal 73, 187A`.
    public var legalBasis: String
    /// The finding's reason; `{match}` is replaced by the first matched text.
    public var reason: String
    /// Lexicon: at least `min_matches` distinct entries must occur (if non-empty).
    public var any: [Term]
    /// Groups that must each match: one entry of every group must occur.
    public var all: [[Term]]
    /// Required context: one entry must occur (if non-empty).
    public var context: [Term]
    /// Vetoes: if one entry occurs, no finding.
    public var exclude: [Term]
    /// The fields read (text, transcript or both).
    public var fields: [Field]
    /// The local days the rule applies in; nil for always.
    public var window: TimeWindow?
    /// Regions the rule applies in (a post matches a region or anything inside it); empty for everywhere.
    public var regions: [Region]
    /// Where it was written, e.g. `rules[2]`.
    public var path: String
    /// Its line in the pack file.
    public var line: Int

    /// Makes a rule from its parts; most rules come from ``RulePackLoader``.
    public init(
        id: String, severity: Severity, legalBasis: String, reason: String, any: [Term] = [], all: [[Term]] = [],
        context: [Term] = [], exclude: [Term] = [], fields: [Field] = Field.allCases, window: TimeWindow? = nil,
        regions: [Region] = [], path: String = "", line: Int = 0
    ) {
        self.id = id
        self.severity = severity
        self.legalBasis = legalBasis
        self.reason = reason
        self.any = any
        self.all = all
        self.context = context
        self.exclude = exclude
        self.fields = fields
        self.window = window
        self.regions = regions
        self.path = path
        self.line = line
    }

    /// True when a post with this context is inside the rule's window and regions.
    public func applies(to context: ItemContext) -> Bool {
        if let window, !window.contains(localTime: context.localTime) { return false }
        if !regions.isEmpty {
            guard let r = context.region else { return false }
            return regions.contains { $0.code == r.code || ($0.level == .province && $0.code == r.provinceCode) }
        }
        return true
    }
}
