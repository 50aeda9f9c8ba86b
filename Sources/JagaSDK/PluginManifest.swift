/// What a plugin declares about itself: identity, kind, the rules it emits and its parameters.
public struct PluginManifest: Sendable, Hashable {
    /// `vendor.name`, lower case, e.g. `misinfo.hoaks` or `acme.keywords`.
    public var id: String
    /// Semantic version of the plugin, e.g. `1.2.0`.
    public var version: String
    public var kind: PluginKind
    /// One line saying what it finds.
    public var summary: String
    /// Every rule id it may emit, with default severity and legal basis.
    public var rules: [RuleSpec]
    public var parameters: [ParameterSpec]

    public init(id: String, version: String, kind: PluginKind, summary: String, rules: [RuleSpec] = [], parameters: [ParameterSpec] = []) {
        self.id = id
        self.version = version
        self.kind = kind
        self.summary = summary
        self.rules = rules
        self.parameters = parameters
    }

    /// Checks the id and rule ids are well formed; returns a reason when they are not.
    public func validationProblem() -> String? {
        func wellFormed(_ s: String) -> Bool {
            let parts = s.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count >= 2 && parts.allSatisfy { p in
                !p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
            }
        }
        if !wellFormed(id) { return "plugin id '\(id)' must look like vendor.name (lower-case letters, digits, '-' or '_')" }
        for r in rules where !wellFormed(r.id) { return "rule id '\(r.id)' of \(id) must look like prefix.name" }
        var seen = Set<String>()
        for p in parameters where !seen.insert(p.name).inserted { return "parameter '\(p.name)' of \(id) is declared twice" }
        for p in parameters { if let why = p.type.problem(with: p.defaultValue) { return "default of \(id).\(p.name): \(why)" } }
        return nil
    }
}

/// The kinds of plugin.
public enum PluginKind: String, Sendable, Hashable, CaseIterable {
    case detector
    case datasetDetector = "dataset-detector"
    case importer
    case exporter
}

/// A rule a plugin may emit.
public struct RuleSpec: Sendable, Hashable {
    /// Stable id from the taxonomy (`pilkada.politik-uang`) or under the plugin's own prefix.
    public var id: String
    public var defaultSeverity: Severity
    /// Article and law, e.g. `UU 10/2016 Pasal 73, 187A`.
    public var legalBasis: String
    public var summary: String

    public init(id: String, defaultSeverity: Severity, legalBasis: String, summary: String = "") {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.legalBasis = legalBasis
        self.summary = summary
    }
}
