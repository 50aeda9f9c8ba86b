import JagaCore
import SimdJSONShim

/// The parsing half of a JSON Lines post load: reads lines, parses and checks them, and fills
/// ``PostBatch``es (valid posts and rejected lines, in line order).
///
/// Everything but the store happens here, in line order: JSON parsing, field types, timestamps,
/// unknown fields and duplicate ids. ``PostBatchAppender`` only appends, so the two halves can
/// run on two threads.
final class JSONLBatchParser: @unchecked Sendable {
    let path: String
    let options: ImportOptions
    let chunkBytes: Int

    init(path: String, options: ImportOptions, chunkBytes: Int) {
        self.path = path
        self.options = options
        self.chunkBytes = chunkBytes
    }

    /// Parses the whole file into batches, starting with `first`.
    ///
    /// `emit` takes a filled batch and gives back an empty one (nil stops the parse); the last
    /// batch, marked ``PostBatch/isLast``, goes to `finish`. An I/O error is put on the last batch.
    func run(
        first: PostBatch,
        emit: (consuming PostBatch) throws(ImportError) -> PostBatch?,
        finish: (consuming PostBatch) throws(ImportError) -> Void
    ) throws(ImportError) {
        var batch = first
        var stopped = false
        do {
            var reader = try LineReader(path: path, chunkBytes: chunkBytes, maxLineBytes: options.maxRecordBytes)
            let fileSize = reader.fileSize
            batch.fileSize = fileSize
            let parser = JSONParser()
            var record = PostRecord()
            var reservedIDs = false
            let limit = options.maxRecordBytes
            try reader.forEachLine { (line: UnsafeBufferPointer<UInt8>, info: LineInfo) throws(ImportError) in
                if batch.isFull {
                    batch.bytesRead = info.offset
                    if !reservedIDs {
                        reservedIDs = true
                        let expected = info.offset > 0 ? Int(Double(fileSize) / Double(info.offset) * Double(record.ids.count) * 1.02) : 0
                        record.ids.reserve(min(expected, 500_000_000))
                    }
                    let full = batch
                    batch = PostBatch()  // empty, no storage: the filled one moves on
                    guard let next = try emit(full) else {
                        stopped = true
                        throw ImportError.io(file: path, reason: "stopped")
                    }
                    batch = next
                    batch.fileSize = fileSize
                }
                if let total = info.overlong {
                    batch.reject(line: info.number,
                                 reason: "line is \(total)+ bytes, longer than the \(limit) byte limit (raw cut to the limit)",
                                 raw: line)
                    return
                }
                if JSONLPostImporter.isBlank(line) {
                    batch.blankLines += 1
                    return
                }
                guard let base = line.baseAddress,
                      let doc = parser.parseObject(base, count: line.count, capacity: info.capacity) else {
                    batch.reject(line: info.number, reason: parser.lastError, raw: line)
                    return
                }
                record.reset()
                var idHash: UInt64 = 0
                for f in doc.fields {
                    if let k = PostField.table.index(f.keyBytes), let field = PostField(rawValue: k) {
                        if let reason = record.set(field, f, doc) {
                            batch.reject(line: info.number, reason: reason, raw: line)
                            return
                        }
                        if field == .id, let id = record.id {
                            // Start fetching the id's table slot now; the other fields hide the cache miss.
                            idHash = IDSet.hash(id)
                            record.ids.prefetch(idHash)
                        }
                    } else if f.kind != JG_NULL.rawValue {
                        record.extra.append((record.names.name(f.keyBytes), f.value(items: doc)))
                    }
                }
                switch record.check() {
                case .success(let when):
                    if let id = record.id, let first = record.ids.insert(id, hash: idHash, line: info.number) {
                        batch.reject(line: info.number, reason: PostRecord.duplicate(id, first), raw: line)
                    } else {
                        batch.add(record, created: when, line: info.number, lineLength: line.count)
                    }
                case .failure(let r):
                    batch.reject(line: info.number, reason: r.reason, raw: line)
                }
            }
            batch.bytesRead = reader.bytesRead
        } catch {
            if stopped { return }
            batch.error = error
        }
        batch.isLast = true
        try finish(batch)
    }
}

/// The appending half of a JSON Lines post load: appends the rows of each ``PostBatch`` to the
/// store and hands its rejects to the log, in line order.
struct PostBatchAppender {
    let path: String
    var loaded = 0
    var blankLines = 0
    var bytesRead = 0
    private var tagBuffer: [UnsafeBufferPointer<UInt8>] = []
    private var extraBuffer: [(String, Value)] = []
    private var reserved = false

    init(path: String) { self.path = path }

    /// Appends a batch's rows to `store` and logs its rejects; throws the batch's error after its rows.
    mutating func append(_ batch: borrowing PostBatch, into store: inout PostStore, log: RejectLog) throws(ImportError) {
        if !reserved, batch.rows.count >= 1024 || batch.isLast {
            reserved = true
            JSONLPostImporter.reserve(&store, rows: batch.rows.count, lineBytes: batch.lineBytes,
                                      textBytes: batch.textBytes, fileSize: batch.fileSize)
        }
        let rows = batch.rows
        let rejects = batch.rejects
        let tags = batch.tags
        let extras = batch.extras
        try batch.arena.withUnsafeBufferPointer { (arena: UnsafeBufferPointer<UInt8>) throws(ImportError) in
            @inline(__always) func bytes(_ s: PostBatch.Span) -> UnsafeBufferPointer<UInt8>? {
                s.start < 0 ? nil : UnsafeBufferPointer(rebasing: arena[Int(s.start)..<Int(s.start) + Int(s.count)])
            }
            @inline(__always) func count(_ v: Int64) -> Int64? { v == PostStore.missing ? nil : v }
            var nextReject = 0
            func flushRejects(before line: Int) throws(ImportError) {
                while nextReject < rejects.count, rejects[nextReject].line < line {
                    let r = rejects[nextReject]
                    try log.reject(file: path, line: r.line, reason: r.reason,
                                   raw: bytes(r.raw) ?? UnsafeBufferPointer(start: nil, count: 0))
                    nextReject += 1
                }
            }
            for row in rows {
                if nextReject < rejects.count { try flushRejects(before: row.line) }
                guard let id = bytes(row.id), let text = bytes(row.text) else { continue }
                var p = RawPost(id: id, text: text, createdAt: row.created)
                p.author = bytes(row.author); p.platform = bytes(row.platform); p.url = bytes(row.url)
                p.region = bytes(row.region); p.transcript = bytes(row.transcript); p.replyTo = bytes(row.replyTo)
                p.lang = bytes(row.lang)
                p.likes = count(row.likes); p.shares = count(row.shares); p.comments = count(row.comments); p.views = count(row.views)
                tagBuffer.removeAll(keepingCapacity: true)
                if row.tagCount > 0 {
                    for k in Int(row.tagStart)..<Int(row.tagStart + row.tagCount) {
                        if let t = bytes(tags[k]) { tagBuffer.append(t) }
                    }
                }
                extraBuffer.removeAll(keepingCapacity: true)
                if row.extraCount > 0 {
                    extraBuffer.append(contentsOf: extras[Int(row.extraStart)..<Int(row.extraStart + row.extraCount)])
                }
                store.append(p, hashtags: tagBuffer, extra: extraBuffer)
                loaded += 1
            }
            try flushRejects(before: Int.max)
        }
        blankLines += batch.blankLines
        bytesRead = max(bytesRead, batch.bytesRead)
        if let error = batch.error { throw error }
    }
}
