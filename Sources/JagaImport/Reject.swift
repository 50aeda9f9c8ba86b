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
