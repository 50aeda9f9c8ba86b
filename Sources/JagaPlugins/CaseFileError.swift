/// Why a labelled cases file could not be read, with the file and the line at fault.
public struct CaseFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path as it was given.
    public var file: String
    /// The 1-based line at fault, or nil when the problem is the whole file (unreadable, empty).
    public var line: Int?
    /// One plain sentence saying what is wrong.
    public var reason: String

    public init(file: String, line: Int?, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, or `file: reason` for a problem with the whole file.
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}
