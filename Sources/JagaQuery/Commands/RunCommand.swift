import Foundation
import JagaCore
import JagaPlugins
import JagaSDK

/// `run all | run PLUGIN... [timing]`: runs detectors over posts; findings become the `findings` dataset.
public struct RunCommand: Command {
    public init() {}
    public let name = "run"
    public let usage = "[DATASET | where ... |] run all|PLUGIN... [timing]"
    public let summary = "Run detectors over posts; findings become the dataset `findings`"
    public let acceptsPipedInput = true
    public let details = """
        run all                                   every enabled detector over the last loaded posts
        run misinfo.hoaks pilkada.masa-tenang     just these (enabled or not)
        posts | where region = "Sulsel" | run all only the rows of a query
        run all timing                            also print time and findings per plugin
        Findings are sorted by content id, rule and plugin, whatever the thread timing:
          findings | where severity >= high | count by rule
          show p0150                               a post with its findings, evidence highlighted
          export findings to "out/findings.jsonl"
        """

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        var ids: [String] = []
        var all = false
        var timing = false
        while !a.atEnd {
            let w = try a.word("all, a plugin id, or timing")
            switch w.lowercased() {
            case "all": all = true
            case "timing": timing = true
            default: ids.append(w)
            }
        }
        guard all || !ids.isEmpty else { throw a.error("say which plugins: run all, or run PLUGIN...; usage: \(usage)") }
        var selected: [any Plugin] = []
        if all { selected = session.plugins.list().filter(\.enabled).map(\.plugin) }
        for id in ids where !selected.contains(where: { $0.manifest.id == id }) {
            do throws(RegistryError) { selected.append(try session.plugins.require(id).plugin) } catch { throw inv.args.error(error.message) }
        }
        selected = selected.filter { $0 is any ItemDetector || $0 is any DatasetDetector }
        guard !selected.isEmpty else { throw inv.args.error("no detectors to run (plugins lists them; enable PLUGIN)") }

        let posts: PostTable
        var rows: [Int]?
        var datasetName: String
        if let input = inv.input {
            guard let t = input.table as? PostTable, input.columns == nil else {
                throw ScriptError("run needs posts; pipe a posts query without project into it", at: inv.location)
            }
            posts = t
            rows = input.rows.map { $0.map(Int.init) }
            datasetName = session.datasets.values.first { ($0.table as? PostTable)?.store.ids.count == t.store.ids.count && $0.kind == .posts }?.name ?? "posts"
        } else {
            guard let name = session.currentPosts, let d = session.datasets[name], let t = d.posts else {
                throw ScriptError("no posts loaded to run on (load posts \"FILE\" first)", at: inv.location)
            }
            posts = t
            datasetName = name
        }
        let total = rows?.count ?? posts.rowCount
        let regions = posts.resolutions.map { $0?.region }
        let showProgress = session.diagnostics.isTerminal && total >= 50_000
        let diag = session.diagnostics
        let bar = ProgressBar()
        let start = ContinuousClock.now
        let sink = UncheckedSink(diag)
        var progress: (@Sendable (Int, Int) -> Void)?
        if showProgress {
            progress = { (done: Int, all: Int) -> Void in
                if let line = bar.update(done, all) { sink.write(line) }
            }
        }
        let outcome = PluginRunner.run(
            selected, store: posts.store, rows: rows, regions: regions, timing: timing, progress: progress,
            isCancelled: session.context.isCancelled)
        if showProgress { diag.write("\r\u{1B}[2K") }
        if outcome.cancelled { throw ScriptError.interrupted }
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        session.lastRun = outcome
        session.setDataset(Dataset(name: "findings", kind: .findings, table: FindingTable(findings: outcome.findings, posts: posts), source: "run on \(datasetName)"))
        let names = selected.map { $0.manifest.id }.sorted()
        session.out.write("\(outcome.findings.count) finding\(outcome.findings.count == 1 ? "" : "s") from \(names.count) plugin\(names.count == 1 ? "" : "s") (\(names.joined(separator: ", "))) over \(total) posts of \(datasetName)\n")
        diag.write("run: \(total) posts in \(Session.formatSeconds(seconds)) (\(Int(Double(total) / max(seconds, 1e-9))) posts/s)\n")
        for f in outcome.failures.prefix(10) {
            diag.write("  plugin \(f.plugin) failed" + (f.contentID.map { " on post \($0)" } ?? "") + ": \(f.message)\n")
        }
        if outcome.failures.count > 10 { diag.write("  … \(outcome.failures.count - 10) more plugin failures\n") }
        if !outcome.failures.isEmpty {
            session.out.write("\(outcome.failures.count) plugin failure\(outcome.failures.count == 1 ? "" : "s") (the other findings are kept)\n")
        }
        if timing {
            var rowsOut: [[Value]] = []
            for t in outcome.timings {
                let rate: Int64 = t.seconds > 0 ? Int64(Double(total) / t.seconds) : 0
                let secs: Double = (t.seconds * 1000).rounded() / 1000
                rowsOut.append([.string(t.plugin), .double(secs), .int(Int64(t.findings)), .int(rate)])
            }
            try session.printResult(QueryResult(table: ResultTable(columns: ["plugin", "seconds", "findings", "posts_per_s"], rows: rowsOut, types: [.string, .double, .int, .int])))
        }
    }
}

/// Lets worker threads write progress lines to a sink (writes are whole lines, order does not matter).
struct UncheckedSink: @unchecked Sendable {
    let sink: any OutputSink
    init(_ s: any OutputSink) { sink = s }
    func write(_ s: String) { sink.write(s) }
}

/// A one-line progress bar for a terminal, redrawn at most every 2 %.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastPercent = -1

    func update(_ done: Int, _ total: Int) -> String? {
        let pct = total == 0 ? 100 : done * 100 / total
        return lock.withLock {
            guard pct >= lastPercent + 2 || pct == 100, pct != lastPercent else { return nil }
            lastPercent = pct
            let width = 30
            let filled = pct * width / 100
            return "\r  [" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + "] \(pct)% \(done)/\(total) posts"
        }
    }
}
