/// Counts rejects for one load, keeps the first few, forwards them to a sink, and makes
/// the first one throw in strict mode.
final class RejectLog {
    let sink: RejectSink?
    let strict: Bool
    let keep: Int
    private(set) var count = 0
    private(set) var first: [Reject] = []

    init(sink: RejectSink?, strict: Bool, keep: Int) {
        self.sink = sink
        self.strict = strict
        self.keep = keep
    }

    /// Records a reject; throws ``ImportError/rejected(file:line:reason:)`` when strict.
    func reject(file: String, line: Int, reason: String, raw: UnsafeBufferPointer<UInt8>) throws(ImportError) {
        count += 1
        if first.count < keep {
            first.append(Reject(file: file, line: line, reason: reason, raw: String(decoding: raw, as: UTF8.self)))
        }
        try sink?.reject(file: file, line: line, reason: reason, raw: raw)
        if strict {
            try sink?.finish()
            throw .rejected(file: file, line: line, reason: reason)
        }
    }

    /// Records a reject whose raw text is a Swift string.
    func reject(file: String, line: Int, reason: String, raw: String) throws(ImportError) {
        let bytes = Array(raw.utf8)
        try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(ImportError) in
            try reject(file: file, line: line, reason: reason, raw: b)
        }
    }
}
