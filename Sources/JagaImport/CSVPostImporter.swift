import JagaCore

/// Loads posts from a CSV file with a header row into a ``PostStore``.
///
/// Columns are matched to canonical fields by name, or by the user's mapping
/// (`["caption": "text", "posted": "created_at"]`). Other columns are kept as unknown string
/// fields (an empty cell is null; CSV has no types, so numbers stay strings), except the
/// engagement counts, which must be integers ≥ 0. A record with the wrong number of fields,
/// bad quoting, invalid UTF-8, a missing or empty id/created_at, or a bad value is rejected
/// with the physical line it starts on.
public struct CSVPostImporter {
    public var options: ImportOptions

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Loads `path` into `store`, handing rejects to `rejects`.
    public func load(path: String, into store: inout PostStore, rejects: RejectSink?) throws(ImportError) -> LoadSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = LoadSummary(kind: "posts", source: path, format: .csv)
        let log = RejectLog(sink: rejects, strict: options.strict, keep: options.keepRejects)
        var reader = try CSVReader(path: path, delimiter: options.csvDelimiter, maxRecordBytes: options.maxRecordBytes)
        var columns: CSVColumns?
        var record = PostRecord()
        var loaded = 0
        let mapping = options.mapping
        try reader.forEachRecord { (r: CSVRecord) throws(ImportError) in
            if let error = r.error {
                try log.reject(file: path, line: r.line, reason: error, raw: r.raw)
                return
            }
            guard let cols = columns else {
                columns = try CSVColumns(header: r, fields: PostField.names,
                                         required: ["id", "text", "created_at"], mapping: mapping, file: path)
                return
            }
            guard r.count == cols.targets.count else {
                try log.reject(file: path, line: r.line, reason: "expected \(cols.targets.count) fields, found \(r.count)", raw: r.raw)
                return
            }
            record.reset()
            var reason: String?
            for (i, target) in cols.targets.enumerated() {
                let cell = r.field(i)
                switch target {
                case .extra(let name):
                    if !cell.isEmpty { record.extra.append((name, .string(String(decoding: cell, as: UTF8.self)))) }
                case .field(let k):
                    guard let field = PostField(rawValue: k) else { continue }
                    if let why = CSVPostImporter.set(field, cell, &record) {
                        reason = why
                    }
                }
                if reason != nil { break }
            }
            if reason == nil { reason = record.commit(line: r.line, into: &store) }
            if let reason {
                try log.reject(file: path, line: r.line, reason: reason, raw: r.raw)
                return
            }
            loaded += 1
        }
        try rejects?.finish()
        summary.files = 1
        summary.loaded = loaded
        summary.blankLines = reader.blankLines
        summary.bytesRead = reader.bytesRead
        summary.rejected = log.count
        summary.firstRejects = log.first
        summary.seconds = (clock.now - started).seconds
        return summary
    }

    /// Sets a canonical field from a cell; returns a reject reason for a bad value.
    static func set(_ field: PostField, _ cell: UnsafeBufferPointer<UInt8>, _ record: inout PostRecord) -> String? {
        switch field {
        case .id:
            let v = CSVCell.trimmed(cell)
            if !v.isEmpty { record.id = v }
        case .text: record.text = cell
        case .createdAt:
            let v = CSVCell.trimmed(cell)
            if !v.isEmpty { record.createdAt = v }
        case .likes, .shares, .comments, .views:
            let v = CSVCell.trimmed(cell)
            if v.isEmpty { return nil }
            guard let n = CSVCell.count(v) else {
                return "\(field.name) must be an integer ≥ 0, not \(PostRecord.show(v))"
            }
            record.setCount(field, n)
        case .hashtags:
            CSVCell.forEachTag(cell) { record.addTag($0) }
        case .author, .platform, .url, .region, .transcript, .replyTo, .lang:
            let v = field == .transcript ? cell : CSVCell.trimmed(cell)
            if v.isEmpty { return nil }
            switch field {
            case .author: record.author = v
            case .platform: record.platform = v
            case .url: record.url = v
            case .region: record.region = v
            case .transcript: record.transcript = v
            case .replyTo: record.replyTo = v
            default: record.lang = v
            }
        }
        return nil
    }
}
