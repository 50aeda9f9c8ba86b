import JagaCore

/// Reads saved API response pages (a file, or a folder of `*.json` files in name order) as trees,
/// and the bookkeeping TikTok and X imports share: rejects, duplicate ids, counts.
struct PageReader {
    let options: ImportOptions
    let log: RejectLog
    private let builder = JSONTreeBuilder()
    /// First place each post id was seen: file name and 1-based item position.
    private var seen: [String: (String, Int)] = [:]
    var summary: LoadSummary

    init(options: ImportOptions, log: RejectLog, kind: String, source: String, format: ImportFormat) {
        self.options = options
        self.log = log
        summary = LoadSummary(kind: kind, source: source, format: format)
    }

    /// The page files under `path`.
    static func files(_ path: String) throws(ImportError) -> [String] {
        if FileSystem.isDirectory(path) {
            let files = try FileSystem.listFiles(in: path, extension: "json")
            if files.isEmpty { throw .io(file: path, reason: "folder has no .json files") }
            return files
        }
        return [path]
    }

    /// Calls `body` with each page's tree; unreadable or invalid pages are rejected as a whole (line 0).
    mutating func forEachPage(_ path: String, _ body: (inout PageReader, String, JSONNode) throws(ImportError) -> Void) throws(ImportError) {
        for file in try PageReader.files(path) {
            summary.files += 1
            let page: PaddedFile
            do {
                page = try PaddedFile(path: file, maxBytes: max(options.maxRecordBytes, 256 << 20))
            } catch {
                if !FileSystem.isDirectory(path) { throw error }
                try reject(file, 0, "cannot read page: \(error.reason)", raw: "")
                continue
            }
            summary.bytesRead += page.count
            let json = page.json
            switch builder.parse(json.start, count: json.count, capacity: json.capacity) {
            case .failure(let f):
                try log.reject(file: file, line: 0, reason: "page is not valid JSON: \(f.reason)",
                               raw: UnsafeBufferPointer(rebasing: page.bytes.prefix(options.maxRecordBytes)))
            case .success(let tree):
                guard case .object = tree else {
                    try reject(file, 0, "page is not a JSON object (found \(tree.kindName))", raw: tree.rawText ?? "")
                    continue
                }
                try body(&self, file, tree)
            }
        }
    }

    /// Rejects a page or an item.
    func reject(_ file: String, _ line: Int, _ reason: String, raw: String) throws(ImportError) {
        try log.reject(file: file, line: line, reason: reason, raw: raw)
    }

    /// Checks an id is new in this load; the reason to reject it otherwise.
    mutating func claim(_ id: String, file: String, position: Int) -> String? {
        if let (f, p) = seen[id] {
            return "duplicate id \(id) (first seen in \(FileSystem.lastComponent(f)), item \(p))"
        }
        seen[id] = (file, position)
        return nil
    }

    /// A count field: absent or null is nil; an integer ≥ 0 is itself; anything else is a reason.
    static func count(_ node: JSONNode?, _ name: String) -> Result<Int64?, RecordReject> {
        switch node {
        case nil, .null?: return .success(nil)
        case .int(let v, _)?:
            return v >= 0 ? .success(v) : .failure(RecordReject("\(name) must be an integer ≥ 0, not \(v)"))
        case let n?: return .failure(RecordReject("\(name) must be an integer ≥ 0, not \(n.kindName)"))
        }
    }

    /// An optional string field: absent or null is nil; anything but a string is a reason.
    static func string(_ node: JSONNode?, _ name: String) -> Result<String?, RecordReject> {
        switch node {
        case nil, .null?: return .success(nil)
        case .string(let s)?: return .success(s)
        case let n?: return .failure(RecordReject("\(name) must be a string, not \(n.kindName)"))
        }
    }

    /// Unknown field names seen in this load (capped like the other importers).
    private var extraNames: Set<String> = []

    /// Appends a finished item found at `position` in `file`, counting it; the reason instead when
    /// its id was already loaded or it brings one unknown field too many.
    mutating func append(_ item: ContentItem, file: String, position: Int, to store: inout PostStore) -> String? {
        let new = Set(item.extra.map(\.0)).subtracting(extraNames)
        if extraNames.count + new.count > NameCache.limit, let name = new.first {
            return "more than \(NameCache.limit) distinct unknown fields in one load (\"\(name)\" not kept)"
        }
        if let dup = claim(item.id, file: file, position: position) { return dup }
        extraNames.formUnion(new)
        store.append(item)
        summary.loaded += 1
        return nil
    }

    /// Converts and appends each record of a page; a record that fails is rejected with its 1-based position.
    mutating func appendAll(
        _ records: [JSONNode], file: String, to store: inout PostStore,
        _ convert: (JSONNode) throws(RecordReject) -> ContentItem
    ) throws(ImportError) {
        for (k, record) in records.enumerated() {
            let position = k + 1
            do throws(RecordReject) {
                let item = try convert(record)
                if let why = append(item, file: file, position: position, to: &store) { throw RecordReject(why) }
            } catch {
                try reject(file, position, error.reason, raw: record.rawText ?? String(describing: record.value))
            }
        }
    }

    /// The load summary once every page is read: rejects flushed, counts and time filled in.
    func finish(rejects: RejectSink?, started: ContinuousClock.Instant) throws(ImportError) -> LoadSummary {
        try rejects?.finish()
        var summary = self.summary
        summary.rejected = log.count
        summary.firstRejects = log.first
        summary.seconds = (ContinuousClock.now - started).seconds
        return summary
    }
}
