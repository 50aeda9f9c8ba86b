/// A stretch of a post's original text that supports a finding, by UTF-8 byte offsets.
public struct EvidenceSpan: Sendable, Hashable {
    /// The field the span points into: `text` or `transcript`.
    public var field: String
    /// First byte of the span in the field's UTF-8 text.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    public init(field: String = "text", start: Int, end: Int) {
        self.field = field
        self.start = start
        self.end = end
    }

    /// The spanned text of `source`, or nil when the span does not fit it.
    public func excerpt(of source: String) -> String? {
        var s = source
        return s.withUTF8 { u in
            guard start >= 0, end <= u.count, start <= end else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self)
        }
    }
}
