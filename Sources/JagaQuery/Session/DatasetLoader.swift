import Foundation
import JagaCore
import JagaImport

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

    /// Shows paths as the user wrote them rather than fully resolved.
    static func relative(_ text: String, path: String, written: String) -> String {
        text.replacingOccurrences(path, written)
    }
}
