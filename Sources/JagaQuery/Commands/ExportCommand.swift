import Foundation
import JagaCore
import JagaSDK

/// `export findings to "FILE"`: writes the last run's findings as JSON Lines.
public struct ExportCommand: Command {
    public init() {}
    public let name = "export"
    public let usage = "export findings to \"FILE\" [format NAME]"
    public let summary = "Write findings to a file (JSON Lines), in their deterministic order"
    public let details = """
        Each line: content_id, rule, plugin, severity, score, reason, evidence (field, UTF-8 start/end,
        text), legal_basis, details. More formats (CSV, HTML report, takedown bundles) come with the exporters.
        """

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let what = try a.word("what to export (findings)")
        guard what.lowercased() == "findings" else { throw inv.args.error("only findings can be exported so far; for query results use mode jsonl and output \"FILE\"") }
        guard a.keyword("to") else { throw a.error("expected 'to'; usage: \(usage)") }
        let path = try a.string("a file path", variables: session.context.variables)
        var format = "jsonl"
        if a.keyword("format") { format = try a.dottedName("a format name").lowercased() }
        try a.expectEnd(usage)
        guard let d = session.datasets["findings"], let table = d.table as? FindingTable else {
            throw inv.args.error("no findings yet (run all first)")
        }
        let full = session.resolvePath(path)
        if format != "jsonl" {
            // Exporter plugins add formats.
            let exporters = session.plugins.list(kind: .exporter).compactMap { $0.plugin as? any FindingExporter }
            guard let exporter = exporters.first(where: { $0.formatName == format }) else {
                throw inv.args.error("unknown export format '\(format)' (formats: \((["jsonl"] + exporters.map(\.formatName)).joined(separator: ", ")))")
            }
            let bytes: [UInt8]
            do { bytes = try exporter.export(table.findings, posts: table.posts?.store ?? PostStore()) } catch {
                throw inv.args.error("\(exporter.manifest.id) failed: \(error)")
            }
            guard FileManager.default.createFile(atPath: full, contents: Data(bytes)) else { throw inv.args.error("cannot write to '\(path)'") }
            session.diagnostics.write("exported \(table.findings.count) findings to \(path) as \(format)\n")
            return
        }
        guard let sink = FileSink(path: full) else { throw inv.args.error("cannot write to '\(path)'") }
        defer { sink.close() }
        var text = ""
        for (i, f) in table.findings.enumerated() {
            let excerpts = table.evidenceExcerpts(i)
            let evidence: [Value] = f.evidence.enumerated().map { k, span in
                let excerpt = excerpts[k]
                return .json(JSONWriter.object([("field", .string(span.field)), ("start", .int(Int64(span.start))), ("end", .int(Int64(span.end))), ("text", excerpt.map(Value.string) ?? .null)]))
            }
            let details = JSONWriter.object(f.details.keys.sorted().map { ($0, f.details[$0] ?? .null) })
            text += JSONWriter.object([
                ("content_id", .string(f.contentID)), ("rule", .string(f.rule)), ("plugin", .string(f.plugin)),
                ("severity", .string(f.severity.description)), ("score", .double(f.score)), ("reason", .string(f.reason)),
                ("evidence", .list(evidence)), ("legal_basis", .string(f.legalBasis)), ("details", .json(details)),
            ]) + "\n"
            if text.utf8.count > 1 << 20 { sink.write(text); text = "" }
        }
        sink.write(text)
        session.diagnostics.write("exported \(table.findings.count) findings to \(path)\n")
    }
}
