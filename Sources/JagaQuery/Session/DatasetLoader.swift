import Foundation
import JagaCore
import JagaImport
import JagaSDK

/// Connects `load` to the importers and reports what was loaded and rejected.
///
/// The summary (counts, time, rate) goes to the diagnostics stream, so a script's standard
/// output stays byte-identical between runs; rejects go to the workspace's rejects file.
enum DatasetLoader {
    static func load(_ req: LoadCommand.Request, into session: Session, at inv: CommandInvocation) throws(ScriptError) {
        let path = session.resolvePath(req.path)
        let rejectsDir = session.workspaceDirectory + "/rejects"
        let rejectsPath = rejectsDir + "/\(req.name).rejects.jsonl"
        // A rejects file from an earlier load of the same dataset would mislead: start afresh.
        try? FileManager.default.removeItem(atPath: rejectsPath)
        var format: ImportFormat?
        switch req.kind {
        case "tiktok": format = .tiktok
        case "x": format = .x
        case "csv": format = .csv
        default: format = nil
        }
        if let f = req.format {
            guard let given = ImportFormat(name: f) else {
                throw inv.args.error("unknown format '\(f)' (formats: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            format = given
        }
        if let plugin = session.plugins.list(kind: .importer).compactMap({ $0.plugin as? any ContentImporter }).first(where: { $0.formatName == req.kind }) {
            try loadWithPlugin(plugin, req, path: path, rejectsPath: rejectsPath, into: session, at: inv)
            return
        }
        let options = ImportOptions(format: format, mapping: req.mapping, strict: req.strict, rejectsPath: rejectsPath)
        let summary: LoadSummary
        do throws(ImportError) {
            if req.kind == "reports" {
                let (reports, s) = try Importer.loadReports(from: path, options: options)
                summary = s
                session.setDataset(Dataset(name: req.name, kind: .reports, table: ReportTable(reports: reports), source: req.path, rejected: s.rejected))
            } else {
                var store = PostStore()
                summary = try Importer.loadPosts(from: path, into: &store, options: options)
                session.setDataset(Dataset(name: req.name, kind: .posts, table: PostTable(store: store), source: req.path, rejected: summary.rejected))
                session.currentPosts = req.name
            }
        } catch {
            throw ScriptError(DatasetLoader.relative(error.description, path: path, written: req.path), at: inv.location)
        }
        var text = DatasetLoader.relative(summary.description, path: path, written: req.path)
        if summary.kind != req.name { text += " as dataset \(req.name)" }
        session.diagnostics.write(text + "\n")
        for r in summary.firstRejects.prefix(5) {
            session.diagnostics.write("  rejected \(DatasetLoader.relative(r.file, path: path, written: req.path)) line \(r.line): \(r.reason)\n")
        }
        if summary.rejected > 5 { session.diagnostics.write("  … \(summary.rejected - 5) more in \(rejectsPath)\n") }
    }

    /// Loads posts through an importer plugin; its rejects go to the same rejects file as built-in importers'.
    static func loadWithPlugin(
        _ plugin: any ContentImporter, _ req: LoadCommand.Request, path: String, rejectsPath: String,
        into session: Session, at inv: CommandInvocation
    ) throws(ScriptError) {
        let writer = RejectWriter(path: rejectsPath)
        var store = PostStore()
        var rejected = 0
        var firstError: String?
        let start = ContinuousClock.now
        do {
            _ = try plugin.load(path: path, into: &store) { r in
                rejected += 1
                var raw = r.raw
                raw.withUTF8 { bytes in
                    do throws(ImportError) {
                        try writer.reject(file: req.path, line: r.line, reason: r.reason, raw: bytes)
                    } catch {
                        if firstError == nil { firstError = error.description }
                    }
                }
                if req.strict, firstError == nil { firstError = "\(req.path):\(r.line): \(r.reason)" }
            }
        } catch {
            throw ScriptError("\(plugin.manifest.id) could not load \(req.path): \(error)", at: inv.location)
        }
        if let firstError { throw ScriptError(firstError, at: inv.location) }
        let d = start.duration(to: .now)
        session.setDataset(Dataset(name: req.name, kind: .posts, table: PostTable(store: store), source: req.path, rejected: rejected))
        session.currentPosts = req.name
        let secs = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        var text = "loaded \(store.count) posts from \(req.path) with \(plugin.manifest.id) in \(Session.formatSeconds(secs))"
        if rejected > 0 { text += "; \(rejected) rejected → \(rejectsPath)" }
        session.diagnostics.write(text + "\n")
    }

    /// Shows paths as the user wrote them rather than fully resolved.
    static func relative(_ text: String, path: String, written: String) -> String {
        text.replacingOccurrences(path, written)
    }
}
