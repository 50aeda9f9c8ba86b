import JagaText
import Foundation
import JagaCore
import JagaSDK

/// `load posts|reports|tiktok|x|csv "PATH" [as NAME] [format F] [map a=b, ...] [strict]`: reads a dataset.
public struct LoadCommand: Command {
    public init() {}
    public let name = "load"
    public let usage = "load posts|reports|tiktok|x \"PATH\" [as NAME] [format jsonl|csv|tiktok|x] [map COLUMN=field, ...] [strict]"
    public let summary = "Load posts or reports from a file or folder into a named dataset"
    public let details = """
        Examples:
          load posts "samples/posts.jsonl"
          load posts "export.csv" as fb map caption=text, posted=created_at
          load tiktok "pages/" as tt
          load x "tweets.json"
          load reports "samples/reports.csv"
        Posts load into the dataset `posts` and reports into `reports` unless `as NAME` is given.
        A malformed record never stops the load: it is counted, reported with its line and reason,
        and kept in full in the workspace's rejects file (.jaga/rejects/NAME.rejects.jsonl, or
        under $JAGA_WORKSPACE). `strict` makes the first malformed record an error instead.
        Relative paths are read from the running script's folder.
        """

    /// A parsed `load` request.
    public struct Request: Sendable {
        public var kind: String
        public var path: String
        public var name: String
        public var format: String?
        public var mapping: [String: String] = [:]
        public var strict = false
    }

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        // Importer plugins add their formats: `load facebook-ct "export.json"`.
        let importers = session.plugins.list(kind: .importer).compactMap { $0.plugin as? any ContentImporter }
        let kinds = ["posts", "reports", "tiktok", "x", "csv"] + importers.map(\.formatName)
        let kind = try a.dottedName("what to load (\(kinds.joined(separator: ", ")))").lowercased()
        guard kinds.contains(kind) else {
            var msg = "cannot load '\(kind)'"
            if let s = Suggest.nearest(kind, in: kinds) { msg += "; did you mean '\(s)'?" }
            throw inv.args.error(msg + " (load \(kinds.joined(separator: "|")) \"PATH\")")
        }
        let path = try a.string("a file or folder path", variables: session.context.variables)
        var req = Request(kind: kind, path: path, name: kind == "reports" ? "reports" : "posts")
        while !a.atEnd {
            if a.keyword("as") {
                req.name = try a.word("a dataset name")
                if session.registry.lookup(req.name) != nil {
                    throw a.error("'\(req.name)' is a command name; choose another dataset name")
                }
            } else if a.keyword("format") {
                req.format = try a.word("a format (jsonl, csv, tiktok, x)").lowercased()
            } else if a.keyword("strict") {
                req.strict = true
            } else if a.keyword("map") {
                repeat {
                    let from: String
                    if case .string(let s)? = a.peek?.kind { from = s; a.pos += 1 } else { from = try a.word("an input column name") }
                    guard a.symbol("=") else { throw a.error("expected '=' in map COLUMN=field") }
                    req.mapping[from] = try a.word("a field name")
                } while a.symbol(",")
            } else {
                throw a.error("unexpected \(a.peek?.display ?? "end"); usage: \(usage)")
            }
        }
        try DatasetLoader.load(req, into: session, at: inv)
    }
}
