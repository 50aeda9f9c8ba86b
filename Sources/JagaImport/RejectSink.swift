/// Where importers hand rejected records; they never stop a load (unless it is strict).
public protocol RejectSink: AnyObject {
    /// Records one rejected record; `raw` is the record's original bytes, read during the call only.
    func reject(file: String, line: Int, reason: String, raw: UnsafeBufferPointer<UInt8>) throws(ImportError)
    /// Writes out anything buffered; called when a load ends.
    func finish() throws(ImportError)
}
