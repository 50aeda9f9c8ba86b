import JagaCore
import SimdJSONShim

/// Loads reports from JSON Lines or CSV into `[Report]`, rejecting bad records like the post importers.
///
/// A record is rejected when it is not valid JSON / well-formed CSV, lacks `id` or `content_id`,
/// has a `reported_at` that is not RFC 3339 with an offset, a `status` other than `new`,
/// `triaged`, `escalated`, `actioned` or `dismissed` (any case), a wrongly typed field, or an
/// id already loaded. Unknown fields are kept in ``Report/extra``.
public struct ReportImporter {
    public var options: ImportOptions

    /// The canonical report fields.
    public static let fields = [
        "id", "content_id", "reported_at", "reporter", "category", "description", "status", "assignee", "notes",
    ]
    static let table = KeyTable(fields)

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Loads `path` (JSON Lines or CSV), handing rejects to `rejects`.
    public func load(path: String, format: ImportFormat, rejects: RejectSink?) throws(ImportError) -> (reports: [Report], summary: LoadSummary) {
        let clock = ContinuousClock()
        let started = clock.now
        var summary = LoadSummary(kind: "reports", source: path, format: format)
        let log = RejectLog(sink: rejects, strict: options.strict, keep: options.keepRejects)
        var reports: [Report] = []
        switch format {
        case .jsonl: try loadJSONL(path, log, &reports, &summary)
        case .csv: try loadCSV(path, log, &reports, &summary)
        default: throw .unknownFormat(file: path, reason: "reports are read from JSON Lines or CSV, not \(format)")
        }
        try rejects?.finish()
        summary.files = 1
        summary.loaded = reports.count
        summary.rejected = log.count
        summary.firstRejects = log.first
        summary.seconds = (clock.now - started).seconds
        return (reports, summary)
    }

    private func loadJSONL(_ path: String, _ log: RejectLog, _ reports: inout [Report], _ summary: inout LoadSummary) throws(ImportError) {
        var reader = try LineReader(path: path, maxLineBytes: options.maxRecordBytes)
        let parser = JSONParser()
        var builder = ReportBuilder()
        var names = NameCache()
        try reader.forEachLine { (line: UnsafeBufferPointer<UInt8>, info: LineInfo) throws(ImportError) in
            if let total = info.overlong {
                try log.reject(file: path, line: info.number,
                               reason: "line is \(total)+ bytes, longer than the \(options.maxRecordBytes) byte limit (raw cut to the limit)", raw: line)
                return
            }
            if JSONLPostImporter.isBlank(line) {
                summary.blankLines += 1
                return
            }
            guard let base = line.baseAddress, let doc = parser.parseObject(base, count: line.count, capacity: info.capacity) else {
                try log.reject(file: path, line: info.number, reason: parser.lastError, raw: line)
                return
            }
            builder.reset()
            var reason: String?
            for f in doc.fields {
                if let k = ReportImporter.table.index(f.keyBytes) {
                    let name = ReportImporter.fields[k]
                    var text: String?
                    switch f.kind {
                    case JG_NULL.rawValue: text = nil
                    case JG_STRING.rawValue: text = f.string
                    case JG_INT.rawValue where k <= 1, JG_UINT.rawValue where k <= 1: text = f.string  // integer ids keep their digits
                    default:
                        text = nil
                        reason = "\(name) must be a string, not \(f.kindName)"
                    }
                    if reason == nil { reason = builder.set(k, text) }
                } else if f.kind != JG_NULL.rawValue {
                    if let name = names.name(f.keyBytes) {
                        builder.extra[name] = f.value(items: doc)
                    } else {
                        reason = NameCache.tooMany(f.keyBytes)
                    }
                }
                if reason != nil { break }
            }
            if reason == nil { reason = builder.commit(line: info.number, into: &reports) }
            if let reason { try log.reject(file: path, line: info.number, reason: reason, raw: line) }
        }
        summary.bytesRead = reader.bytesRead
    }

    private func loadCSV(_ path: String, _ log: RejectLog, _ reports: inout [Report], _ summary: inout LoadSummary) throws(ImportError) {
        var reader = try CSVReader(path: path, delimiter: options.csvDelimiter, maxRecordBytes: options.maxRecordBytes)
        var columns: CSVColumns?
        var builder = ReportBuilder()
        let mapping = options.mapping
        try reader.forEachRecord { (r: CSVRecord) throws(ImportError) in
            if let error = r.error {
                try log.reject(file: path, line: r.line, reason: error, raw: r.raw)
                return
            }
            guard let cols = columns else {
                columns = try CSVColumns(header: r, fields: ReportImporter.fields, required: ["id", "content_id"],
                                         mapping: mapping, file: path)
                return
            }
            guard r.count == cols.targets.count else {
                try log.reject(file: path, line: r.line, reason: "expected \(cols.targets.count) fields, found \(r.count)", raw: r.raw)
                return
            }
            builder.reset()
            var reason: String?
            for (i, target) in cols.targets.enumerated() {
                let cell = r.string(i)
                switch target {
                case .extra(let name):
                    if !cell.isEmpty { builder.extra[name] = .string(cell) }
                case .field(let k):
                    let keepSpaces = k == 5 || k == 8  // description, notes
                    let v = keepSpaces ? cell : CSVColumns.trim(cell)
                    reason = builder.set(k, v.isEmpty ? nil : v)
                }
                if reason != nil { break }
            }
            if reason == nil { reason = builder.commit(line: r.line, into: &reports) }
            if let reason { try log.reject(file: path, line: r.line, reason: reason, raw: r.raw) }
        }
        summary.bytesRead = reader.bytesRead
        summary.blankLines = reader.blankLines
    }
}
