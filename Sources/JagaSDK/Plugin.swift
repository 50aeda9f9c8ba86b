/// A plugin: something with a manifest that Jaga can register, describe, configure and run.
///
/// Conform through one of the kinds: ``ItemDetector`` (looks at one post at a time — most
/// rules), ``DatasetDetector`` (sees the whole dataset — coordination, clustering),
/// ``ContentImporter`` or ``FindingExporter``. Plugins run on several threads at once, so
/// keep them free of shared mutable state (configure once, then only read).
public protocol Plugin: AnyObject, Sendable {
    /// Who the plugin is, what it emits and which parameters it takes.
    var manifest: PluginManifest { get }

    /// Applies parameter values; called once with the defaults, then after every `set`.
    ///
    /// Values arrive already checked against the manifest's types and ranges. Throw a
    /// ``PluginError`` for anything else that is wrong (a lexicon file that does not exist).
    func configure(_ parameters: PluginParameters) throws
}

extension Plugin {
    public func configure(_ parameters: PluginParameters) throws {}
}

/// A detector or rule checker that judges one post at a time.
public protocol ItemDetector: Plugin {
    /// The findings for one post (most posts: none).
    ///
    /// Called concurrently for different posts. `context` says where and when the post is.
    func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding]

    /// The fields of the items it reads besides `id`, `text` and `createdAt` (default: all).
    ///
    /// When every detector of a run reads fewer, the runner leaves the others empty: a detector
    /// of text and transcript declares `[.transcript]` and saves making the other strings.
    var fieldsRead: ContentFields { get }
}

extension ItemDetector {
    /// Every field (a detector that reads fewer says which).
    public var fieldsRead: ContentFields { .all }
}

/// A detector that needs the whole dataset at once (copy-paste campaigns, clusters).
public protocol DatasetDetector: Plugin {
    /// The findings for a dataset; `rows` are the posts to judge (a query may have narrowed them).
    func detect(_ posts: PostStore, rows: [Int], context: DatasetContext) throws -> [Finding]
}

/// A plugin that reads posts in a format Jaga does not know.
public protocol ContentImporter: Plugin {
    /// The name used in `load NAME "path"` (e.g. `facebook-ct`).
    var formatName: String { get }

    /// Appends posts read from `path` to `store`; reports each bad record to `reject`
    /// (line, reason, raw text) instead of stopping. Returns how many posts were added.
    func load(path: String, into store: inout PostStore, reject: (ImportReject) -> Void) throws -> Int
}

/// A plugin that writes findings in a format for somebody else (a platform, Bawaslu).
public protocol FindingExporter: Plugin {
    /// The name used in `export findings to "file" format NAME`.
    var formatName: String { get }

    /// Renders findings (already in their deterministic order) with the posts they refer to.
    func export(_ findings: [Finding], posts: PostStore) throws -> [UInt8]
}

/// A record an importer plugin could not read.
public struct ImportReject: Sendable, Hashable {
    public var line: Int
    public var reason: String
    public var raw: String

    public init(line: Int, reason: String, raw: String) {
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}

/// An error a plugin reports; the message is shown to the user as it is.
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
