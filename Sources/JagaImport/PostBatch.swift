import JagaCore

/// Posts parsed from a run of JSON Lines, copied out of the parser so another thread can append them.
///
/// Filled by ``JSONLBatchParser`` and drained by ``PostBatchAppender``; a batch is a value that
/// moves between the two threads through ``BatchChannel`` and comes back to be refilled, so
/// after warm-up it allocates nothing but the strings of unknown fields and reject reasons.
/// (A value, not a class: a class's stored arrays pay a dynamic exclusivity check per access.)
struct PostBatch: Sendable {
    /// Bytes in ``arena``; `start < 0` means absent.
    struct Span: Sendable {
        var start: Int32
        var count: Int32
        static let absent = Span(start: -1, count: 0)
    }

    /// One valid post.
    struct Row: Sendable {
        var line: Int
        /// Where the line is in the file, to read it again if the row is rejected later (duplicate id).
        var offset: Int
        var length: Int
        var created: Timestamp
        var id: Span, text: Span
        var author: Span, platform: Span, url: Span, region: Span, transcript: Span, replyTo: Span, lang: Span
        var likes: Int64, shares: Int64, comments: Int64, views: Int64
        var tagStart: Int32, tagCount: Int32
        var extraStart: Int32, extraCount: Int32
    }

    /// One rejected line.
    struct Rejected: Sendable {
        var line: Int
        var reason: String
        var raw: Span
    }

    /// Marks an absent count in a row; the appender turns it back into nil.
    static let missing = Int64.min

    var arena: [UInt8] = []
    var rows: [Row] = []
    var tags: [Span] = []
    var extras: [(String, Value)] = []
    var rejects: [Rejected] = []
    var blankLines = 0
    /// Bytes of the lines of the valid rows, and of their texts (to size the store).
    var lineBytes = 0
    var textBytes = 0
    /// Bytes read from the file when the batch was handed over.
    var bytesRead = 0
    var fileSize = 0
    /// An error that ended reading after this batch's rows.
    var error: ImportError?
    var isLast = false
    let maxRows: Int
    let maxBytes: Int

    /// An empty placeholder with no storage.
    init() {
        maxRows = 0
        maxBytes = 0
    }

    init(maxRows: Int, maxBytes: Int = 2 << 20) {
        self.maxRows = maxRows
        self.maxBytes = maxBytes
        arena.reserveCapacity(maxBytes + (64 << 10))
        rows.reserveCapacity(maxRows)
    }

    /// True when the batch should be handed over.
    @inline(__always)
    var isFull: Bool { rows.count + rejects.count >= maxRows || arena.count >= maxBytes }

    /// Empties the batch, keeping its storage (and dropping storage grown by a huge line).
    mutating func reset() {
        if arena.capacity > 4 * maxBytes { arena = []; arena.reserveCapacity(maxBytes + (64 << 10)) }
        arena.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        extras.removeAll(keepingCapacity: true)
        rejects.removeAll(keepingCapacity: true)
        blankLines = 0
        lineBytes = 0
        textBytes = 0
        error = nil
        isLast = false
    }

    /// Copies bytes into the arena.
    @inline(__always)
    mutating func copy(_ b: UnsafeBufferPointer<UInt8>?) -> Span {
        guard let b else { return .absent }
        let start = arena.count
        arena.append(contentsOf: b)
        return Span(start: Int32(truncatingIfNeeded: start), count: Int32(truncatingIfNeeded: b.count))
    }

    /// Adds a checked record.
    @inline(__always)
    mutating func add(_ r: PostRecord, created: Timestamp, line: Int, offset: Int, lineLength: Int) {
        let tagStart = Int32(tags.count)
        for t in r.tags { tags.append(copy(t)) }
        let extraStart = Int32(extras.count)
        extras.append(contentsOf: r.extra)
        rows.append(Row(
            line: line, offset: offset, length: lineLength, created: created, id: copy(r.id), text: copy(r.text),
            author: copy(r.author), platform: copy(r.platform), url: copy(r.url), region: copy(r.region),
            transcript: copy(r.transcript), replyTo: copy(r.replyTo), lang: copy(r.lang),
            likes: r.likes ?? PostBatch.missing, shares: r.shares ?? PostBatch.missing,
            comments: r.comments ?? PostBatch.missing, views: r.views ?? PostBatch.missing,
            tagStart: tagStart, tagCount: Int32(tags.count) - tagStart,
            extraStart: extraStart, extraCount: Int32(extras.count) - extraStart))
        lineBytes += lineLength + 1
        textBytes += r.text?.count ?? 0
    }

    /// Adds a rejected line (its bytes are copied).
    mutating func reject(line: Int, reason: String, raw: UnsafeBufferPointer<UInt8>) {
        rejects.append(Rejected(line: line, reason: reason, raw: copy(raw)))
    }
}
