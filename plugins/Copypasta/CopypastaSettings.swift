import JagaSDK

/// The validated parameters of ``CopypastaDetector``, as one immutable value.
struct CopypastaSettings: Sendable {
    /// Minimum Jaccard similarity of two posts' 5-gram sets to count them as copies.
    var similarity = 0.7
    /// Minimum number of distinct (non-official) accounts in a window.
    var minAccounts = 3
    /// The window length in minutes.
    var windowMinutes = 60
    /// Posts with fewer words than this are never compared.
    var minTokens = 6
    /// Account patterns of official bodies.
    var officialPatterns = OfficialAccounts.defaultPatterns
    /// Drop a whole set of copies when an official account posted one of them.
    var skipOfficialTexts = true

    /// The window length in seconds.
    var windowSeconds: Int64 { Int64(windowMinutes) * 60 }

    /// The parameter declarations of the manifest, with these defaults.
    static var parameterSpecs: [ParameterSpec] {
        let d = CopypastaSettings()
        return [
            ParameterSpec(name: "similarity", type: .double(min: 0.5, max: 1), defaultValue: .double(d.similarity),
                          doc: "Minimum Jaccard similarity of two posts' character 5-grams (after normalising) to count as copies."),
            ParameterSpec(name: "min_accounts", type: .int(min: 2, max: 100_000), defaultValue: .int(Int64(d.minAccounts)),
                          doc: "Minimum number of distinct non-official accounts posting copies within the window."),
            ParameterSpec(name: "window", type: .int(min: 1, max: 525_600), defaultValue: .int(Int64(d.windowMinutes)),
                          doc: "Window length in minutes: the accounts must post within a window this long."),
            ParameterSpec(name: "min_tokens", type: .int(min: 1, max: 10_000), defaultValue: .int(Int64(d.minTokens)),
                          doc: "Posts with fewer words (URLs and @mentions not counted) are ignored: short texts match by chance."),
            ParameterSpec(name: "official_accounts", type: .stringList, defaultValue: .list(d.officialPatterns.map { .string($0) }),
                          doc: "Official accounts (a trailing * matches a prefix, any case): never flagged nor counted."),
            ParameterSpec(name: "skip_official_texts", type: .bool, defaultValue: .bool(d.skipOfficialTexts),
                          doc: "Ignore a set of copies altogether when an official account posted one of them (a shared announcement)."),
        ]
    }

    /// Reads the settings from parameter values; absent values keep their defaults.
    init(_ p: PluginParameters) {
        if let v = p.double("similarity") { similarity = min(1, max(0.5, v)) }
        if let v = p.int("min_accounts") { minAccounts = Int(max(2, v)) }
        if let v = p.int("window") { windowMinutes = Int(max(1, v)) }
        if let v = p.int("min_tokens") { minTokens = Int(max(1, v)) }
        if let v = p.strings("official_accounts") { officialPatterns = v }
        if let v = p.bool("skip_official_texts") { skipOfficialTexts = v }
    }

    /// The defaults.
    init() {}
}
