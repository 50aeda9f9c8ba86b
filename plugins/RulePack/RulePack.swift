/// A parsed rule pack: the plugin's identity and its rules, in file order.
public struct RulePack: Sendable, Hashable {
    /// The plugin id, `vendor.name`.
    public var id: String
    /// The pack's version, as written.
    public var version: String
    /// One line saying what the pack finds.
    public var summary: String
    /// The rules (entries), in file order.
    public var rules: [PackRule]
    /// The file it was read from (as given), or a label for text parsed from memory.
    public var file: String

    /// Makes a pack from its parts; most packs come from ``RulePackLoader``.
    public init(id: String, version: String, summary: String, rules: [PackRule], file: String = "") {
        self.id = id
        self.version = version
        self.summary = summary
        self.rules = rules
        self.file = file
    }
}
