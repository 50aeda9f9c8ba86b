import JagaCore

/// The appending half of a JSON Lines post load: rejects duplicate ids, appends the rows of each
/// ``PostBatch`` to the store and hands the rejects to the log, in line order.
struct PostBatchAppender {
    let path: String
    /// Ids loaded so far, with their lines.
    var ids = IDSet()
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
            JSONLPostImporter.reserve(&store, &ids, rows: batch.rows.count, lineBytes: batch.lineBytes,
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
            @inline(__always) func count(_ v: Int64) -> Int64? { v == PostBatch.missing ? nil : v }
            var nextReject = 0
            func flushRejects(before line: Int) throws(ImportError) {
                while nextReject < rejects.count, rejects[nextReject].line < line {
                    let r = rejects[nextReject]
                    try log.reject(file: path, line: r.line, reason: r.reason,
                                   raw: bytes(r.raw) ?? UnsafeBufferPointer(start: nil, count: 0))
                    nextReject += 1
                }
            }
            // The id table is larger than the cache: hash the next row's id and start fetching its
            // slot while this row is appended, so the lookup rarely waits for memory.
            var nextHash: UInt64 = rows.first.flatMap { bytes($0.id) }.map(IDSet.hash) ?? 0
            for k in rows.indices {
                let row = rows[k]
                let hash = nextHash
                if k + 1 < rows.count, let nextID = bytes(rows[k + 1].id) {
                    nextHash = IDSet.hash(nextID)
                    ids.prefetch(nextHash)
                }
                if nextReject < rejects.count { try flushRejects(before: row.line) }
                guard let id = bytes(row.id), let text = bytes(row.text) else { continue }
                if let first = ids.insert(id, hash: hash, line: row.line) {
                    let raw = FileSystem.readRange(path, offset: row.offset, count: row.length)
                    try raw.withUnsafeBufferPointer { (r: UnsafeBufferPointer<UInt8>) throws(ImportError) in
                        try log.reject(file: path, line: row.line, reason: PostRecord.duplicate(id, first), raw: r)
                    }
                    continue
                }
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
