import JagaCore
import SimdJSONShim

/// The parsing half of a JSON Lines post load: reads lines, parses and checks them, and fills
/// ``PostBatch``es (valid posts and rejected lines, in line order).
///
/// Everything that does not depend on earlier rows happens here: JSON parsing, field types,
/// timestamps, unknown fields. Duplicate ids and the store are left to ``PostBatchAppender``,
/// so the two halves can run on two threads with about the same work each.
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
            let limit = options.maxRecordBytes
            try reader.forEachLine { (line: UnsafeBufferPointer<UInt8>, info: LineInfo) throws(ImportError) in
                if batch.isFull {
                    batch.bytesRead = info.offset
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
                for f in doc.fields {
                    if let field = PostField(key: f.keyBytes) {
                        if let reason = record.set(field, f, doc) {
                            batch.reject(line: info.number, reason: reason, raw: line)
                            return
                        }
                    } else if f.kind != JG_NULL.rawValue {
                        guard let name = record.names.name(f.keyBytes) else {
                            batch.reject(line: info.number, reason: NameCache.tooMany(f.keyBytes), raw: line)
                            return
                        }
                        record.extra.append((name, f.value(items: doc)))
                    }
                }
                switch record.check() {
                case .success(let when):
                    batch.add(record, created: when, line: info.number, offset: info.offset, lineLength: line.count)
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
