import JagaText
import Foundation
import JagaCore
import JagaPlugins
import JagaSDK

/// An interpreter session: datasets, variables, output settings, and the commands that act on them.
///
/// The REPL, `jaga run FILE`, `jaga -c` and tests all drive a session the same way:
/// ``execute(_:file:directory:)`` parses a whole script first (so a syntax error anywhere
/// stops it before anything runs), then runs its statements in order and stops at the
/// first error.
public final class Session {
    public let registry: CommandRegistry
    public let context = EvalContext()
    /// Datasets by name.
    public private(set) var datasets: [String: Dataset] = [:]
    /// The plugins this session can run.
    public let plugins: PluginRegistry
    /// The posts dataset `run` works on when no query is piped in: the last one loaded.
    public var currentPosts: String?
    /// The outcome of the last `run`, for `run ... timing` and `show`.
    public var lastRun: RunOutcome?
    /// Extra folders to search for plugin libraries (`--plugin-path`).
    public var pluginPath: [String] = []
    /// Loaders for plugin files that are not libraries, by lower-case extension (`yaml` → rule packs).
    public var pluginFileLoaders: [String: (String) throws -> [any Plugin]] = [:]
    /// Where results go now (`output "file"` redirects it).
    public var out: any OutputSink
    /// Where results go when not redirected.
    public let standardOutput: any OutputSink
    /// Where notes and warnings go (load summaries go to `out`).
    public let diagnostics: any OutputSink
    public var mode: OutputMode = .table
    public var timer = false
    /// Print each statement before running it (`jaga run --echo`).
    public var echo = false
    /// Set by `quit`.
    public var shouldQuit = false
    /// Where rejects and other workspace files go.
    public var workspaceDirectory: String
    /// Directories of the scripts being run, innermost last; relative paths resolve against the last.
    var directoryStack: [String] = []
    /// Current `source` nesting depth.
    var sourceDepth = 0
    /// Source lines of the script being run, for caret displays in runtime errors.
    var currentSource: [UInt8] = []

    public init(
        output: any OutputSink, diagnostics: (any OutputSink)? = nil, registry: CommandRegistry = .builtin,
        workspaceDirectory: String? = nil, plugins: PluginRegistry = PluginRegistry()
    ) {
        self.plugins = plugins
        self.out = output
        self.standardOutput = output
        self.diagnostics = diagnostics ?? output
        self.registry = registry
        self.workspaceDirectory = workspaceDirectory
            ?? ProcessInfo.processInfo.environment["JAGA_WORKSPACE"]
            ?? (FileManager.default.currentDirectoryPath + "/.jaga")
        context.subquery = { [unowned self] p throws(ScriptError) in
            let r = try self.runPipeline(p)
            guard let v = r.scalar else {
                throw ScriptError("a sub-query must give one value (end it with | count, or project one field of one row); this one gave \(r.count) rows", at: p.sourceLocation)
            }
            return v
        }
    }

    // MARK: Datasets

    /// Adds or replaces a dataset.
    public func setDataset(_ d: Dataset) { datasets[d.name] = d }

    /// Removes a dataset.
    public func removeDataset(_ name: String) { datasets[name] = nil }

    /// Datasets sorted by name.
    public var sortedDatasets: [Dataset] { datasets.values.sorted { $0.name < $1.name } }

    /// The dataset called `name`, or an error that lists what there is.
    public func dataset(_ name: String, at location: SourceLocation?) throws(ScriptError) -> Dataset {
        if let d = datasets[name] { return d }
        if datasets.isEmpty {
            throw ScriptError("no dataset '\(name)': nothing is loaded yet (load posts \"FILE\")", at: location, width: name.count)
        }
        var msg = "unknown dataset '\(name)'"
        if let s = Suggest.nearest(name, in: Array(datasets.keys)) { msg += "; did you mean '\(s)'?" }
        msg += " (datasets: \(datasets.keys.sorted().joined(separator: ", ")))"
        throw ScriptError(msg, at: location, width: name.count)
    }

    /// Resolves a path written in a script: absolute, `~/...`, or relative to the running script's folder
    /// (the current directory at the prompt).
    public func resolvePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
        let base = directoryStack.last ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
    }

    // MARK: Running

    /// Parses `source` and runs its statements; stops at the first error, which it throws.
    public func execute(_ source: String, file: String, directory: String? = nil) throws(ScriptError) {
        let statements = try Parser.parseScript(source, file: file, commands: registry.names, pipeCommands: registry.pipeNames)
        let saved = currentSource
        currentSource = Array(source.utf8)
        if let directory { directoryStack.append(directory) }
        defer {
            currentSource = saved
            if directory != nil { directoryStack.removeLast() }
        }
        for st in statements {
            if shouldQuit { return }
            try run(st)
        }
    }

    /// Runs one parsed statement, printing its result.
    public func run(_ st: Statement) throws(ScriptError) {
        if echo { out.write("> " + st.text + "\n") }
        let start = ContinuousClock.now
        do throws(ScriptError) {
            try context.checkCancelled()
            switch st.kind {
            case .pipeline(let p):
                if let r = try runPipelineWithCommands(p) { try printResult(r) }
            case .command(let name, let args):
                guard let cmd = registry.lookup(name) else { throw unknownCommand(name, st) }
                let inv = CommandInvocation(
                    name: name, location: st.location, text: st.text,
                    args: ArgCursor(tokens: args, source: currentSource, end: st.location), input: nil)
                try cmd.run(inv, in: self)
            }
        } catch {
            throw locate(error, st)
        }
        if timer {
            let d = ContinuousClock.now - start
            let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            out.write("Run Time: " + Session.formatSeconds(s) + "\n")
        }
    }

    func unknownCommand(_ name: String, _ st: Statement) -> ScriptError {
        var msg = "unknown command '\(name)'"
        let candidates = Array(registry.names) + Array(datasets.keys)
        if let s = Suggest.nearest(name, in: candidates) { msg += "; did you mean '\(s)'?" }
        return ScriptError(msg, at: st.location, width: name.count)
    }

    /// Gives an error without a place the statement's place, and the source line for the caret.
    func locate(_ e: ScriptError, _ st: Statement) -> ScriptError {
        if e.isInterruption { return e }
        var e = e
        if e.location == nil { e.location = st.location; e.width = 1 }
        if e.sourceLine == nil, let loc = e.location, loc.file == st.location.file {
            e.sourceLine = Session.line(currentSource, number: loc.line)
        }
        return e
    }

    static func line(_ src: [UInt8], number: Int) -> String? {
        var n = 1
        var start = 0
        for (i, b) in src.enumerated() where b == 10 {
            if n == number { return String(decoding: src[start..<i], as: UTF8.self).trimmingTrailingCR() }
            n += 1
            start = i + 1
        }
        return n == number ? String(decoding: src[start...], as: UTF8.self).trimmingTrailingCR() : nil
    }

    /// Runs a query (without pipe commands) and returns its result.
    public func runPipeline(_ p: Pipeline) throws(ScriptError) -> QueryResult {
        let d = try dataset(p.source, at: p.sourceLocation)
        return try QueryRunner(context: context).run(p.operators, on: d.table)
    }

    /// Runs a query whose stages may include commands (`| run all`); nil when a command consumed the result.
    func runPipelineWithCommands(_ p: Pipeline) throws(ScriptError) -> QueryResult? {
        let d = try dataset(p.source, at: p.sourceLocation)
        let runner = QueryRunner(context: context)
        var r = QueryResult(table: d.table)
        for (i, op) in p.operators.enumerated() {
            if case .command(let name, let args) = op.kind {
                guard let cmd = registry.lookup(name) else { throw ScriptError("unknown command '\(name)'", at: op.location) }
                let inv = CommandInvocation(
                    name: name, location: op.location, text: p.text,
                    args: ArgCursor(tokens: args, source: currentSource, end: op.location), input: r)
                try cmd.run(inv, in: self)
                guard i == p.operators.count - 1 else {
                    throw ScriptError("'\(name)' must be the last stage of a query", at: op.location)
                }
                return nil
            }
            r = try runner.apply(op, to: r)
        }
        return r
    }

    /// Writes a result in the current mode.
    public func printResult(_ r: QueryResult) throws(ScriptError) {
        out.write(try ResultFormatter(mode: mode).render(r))
    }

    /// `0.123 s`, `12.3 ms`.
    public static func formatSeconds(_ s: Double) -> String {
        if s < 1 { return String(format: "%.1f ms", s * 1000) }
        return String(format: "%.3f s", s)
    }
}

extension String {
    func trimmingTrailingCR() -> String { hasSuffix("\r") ? String(dropLast()) : self }
}
