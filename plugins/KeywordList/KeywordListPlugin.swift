import Foundation
import JagaSDK

/// A watch-list detector: reports posts that contain any configured word or phrase.
///
/// A hit is rule `jaga.keyword` (severity low, no legal basis): something an analyst asked to
/// watch, not a violation. Words come from the `words` parameter and from the `file` parameter
/// (one word or phrase per line; blank lines and lines starting with `#` are skipped). Matching
/// is whole words and phrases of consecutive words, case-, accent- and width-insensitive
/// (`PhraseQuery`), in the post's text and transcript. With neither parameter set it finds nothing.
public final class KeywordListPlugin: ItemDetector, @unchecked Sendable {
    /// The plugin id.
    public static let pluginID = "jaga.keywords"
    /// The one rule it emits.
    public static let ruleID = "jaga.keyword"

    /// The manifest: one rule `jaga.keyword`, parameters `words` and `file`.
    public let manifest = PluginManifest(
        id: KeywordListPlugin.pluginID,
        version: "1.0.0",
        kind: .detector,
        summary: "Watch-list hits: posts containing configured words or phrases (not a violation by itself).",
        rules: [RuleSpec(id: KeywordListPlugin.ruleID, defaultSeverity: .low, legalBasis: "—",
                         summary: "A post contains a word or phrase from the watch list.")],
        parameters: [
            ParameterSpec(name: "words", type: .stringList, defaultValue: .list([]),
                          doc: "Words or phrases to watch (whole words, case- and accent-insensitive)."),
            ParameterSpec(name: "file", type: .path, defaultValue: .string(""),
                          doc: "A text file with one word or phrase per line, '#' starts a comment line; empty: none."),
        ]
    )

    /// The watch list in force, replaced as a whole by `configure`.
    /// Read on every post without a lock; replaced by `configure`.
    private let queries = PublishedValue<[PhraseQuery]>([])

    /// Makes an unconfigured plugin (it finds nothing until `words` or `file` is set).
    public init() {}

    /// The watch list in force (folded phrases), for `describe` and tests.
    public var watchList: [String] { queries.value.map(\.phrase) }

    /// Builds the watch list from `words` and `file`; throws when the file cannot be read.
    public func configure(_ parameters: PluginParameters) throws {
        var phrases = parameters.strings("words") ?? []
        if let path = parameters.string("file"), !path.isEmpty {
            phrases += try Self.readList(path: path)
        }
        var seen = Set<[String]>()
        var built: [PhraseQuery] = []
        for phrase in phrases {
            let q = PhraseQuery(phrase)
            guard !q.isEmpty, seen.insert(q.tokens).inserted else { continue }
            built.append(q)
        }
        queries.publish(built)
    }

    /// Reads `text` and `transcript` only (the runner need not make the other fields).
    public var fieldsRead: ContentFields { [.transcript] }

    /// One finding listing every watched word or phrase in the post's text and transcript.
    public func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        let list = queries.value
        guard !list.isEmpty else { return [] }
        var evidence: [EvidenceSpan] = []
        var matched: [String] = []
        let fields: [(String, String?)] = [("text", item.text), ("transcript", item.transcript)]
        for q in list {
            var hit = false
            for (name, value) in fields {
                guard let value, !value.isEmpty, let r = q.firstMatch(in: value) else { continue }
                evidence.append(EvidenceSpan(field: name, start: r.lowerBound, end: r.upperBound))
                hit = true
            }
            if hit { matched.append(q.phrase) }
        }
        guard !matched.isEmpty else { return [] }
        evidence.sort { ($0.field != $1.field) ? $0.field == "text" : $0.start < $1.start }
        let quoted = matched.map { "'\($0)'" }.joined(separator: ", ")
        return [Finding(
            contentID: item.id, rule: Self.ruleID, severity: .low, score: 1,
            reason: "Watch-list hit: \(quoted).", evidence: evidence, legalBasis: "—",
            plugin: Self.pluginID, details: ["words": .list(matched.map { .string($0) })]
        )]
    }

    /// The words and phrases of a watch-list file: one per line, `#` comment lines and blanks skipped.
    static func readList(path: String) throws -> [String] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PluginError("jaga.keywords: cannot read the word file '\(path)' (\(error.localizedDescription))")
        }
        var out: [String] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append(line)
        }
        return out
    }
}
