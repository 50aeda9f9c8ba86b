import JagaCore

/// The entry points the command interpreter calls: load posts or reports from a path.
public enum Importer {
    /// Loads posts from a file or folder into `store`.
    ///
    /// The format comes from `options.format` or is told from the path. Rejects go to
    /// `options.rejectsPath` (created on the first reject) and the summary keeps the first few.
    public static func loadPosts(
        from path: String, into store: inout PostStore, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> LoadSummary {
        let format: ImportFormat
        if let given = options.format { format = given } else { format = try ImportFormat.detect(path: path) }
        let writer = RejectWriter(path: options.rejectsPath, keep: options.keepRejects)
        var summary: LoadSummary
        switch format {
        case .jsonl:
            summary = try JSONLPostImporter(options: options).load(path: path, into: &store, rejects: writer)
        case .csv:
            summary = try CSVPostImporter(options: options).load(path: path, into: &store, rejects: writer)
        case .tiktok:
            summary = try TikTokImporter(options: options).load(path: path, into: &store, rejects: writer)
        case .x:
            summary = try XImporter(options: options).load(path: path, into: &store, rejects: writer)
        }
        summary.rejectsPath = writer.wroteFile ? writer.path : nil
        return summary
    }

    /// Loads reports from a JSON Lines or CSV file.
    public static func loadReports(
        from path: String, options: ImportOptions = ImportOptions()
    ) throws(ImportError) -> (reports: [Report], summary: LoadSummary) {
        let format: ImportFormat
        if let given = options.format { format = given } else { format = try ImportFormat.detect(path: path) }
        let writer = RejectWriter(path: options.rejectsPath, keep: options.keepRejects)
        var result = try ReportImporter(options: options).load(path: path, format: format, rejects: writer)
        result.summary.rejectsPath = writer.wroteFile ? writer.path : nil
        return result
    }
}
