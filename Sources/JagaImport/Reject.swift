/// One rejected record as the summary shows it: where it was, why, and its original text.
public struct Reject: Sendable, Hashable, CustomStringConvertible {
    /// The file the record came from.
    public var file: String
    /// The 1-based physical line the record starts on (for API pages: the 1-based position
    /// of the item in the page, or 0 for the page as a whole).
    public var line: Int
    /// Why it was rejected.
    public var reason: String
    /// The record as it was in the input (invalid UTF-8 shown as U+FFFD).
    public var raw: String

    public init(file: String, line: Int, reason: String, raw: String) {
        self.file = file
        self.line = line
        self.reason = reason
        self.raw = raw
    }

    /// `file:line: reason`.
    public var description: String { "\(file):\(line): \(reason)" }
}

/// Where importers hand rejected records; they never stop a load (unless it is strict).
public protocol RejectSink: AnyObject {
    /// Records one rejected record; `raw` is the record's original bytes, read during the call only.
    func reject(file: String, line: Int, reason: String, raw: UnsafeBufferPointer<UInt8>) throws(ImportError)
    /// Writes out anything buffered; called when a load ends.
    func finish() throws(ImportError)
}

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
