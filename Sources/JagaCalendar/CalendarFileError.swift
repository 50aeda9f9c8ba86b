/// Why a calendar file could not be read, pointing at the file, line, column and key.
public struct CalendarFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as it was given.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The key path, e.g. `periods[2].from`; empty for the file as a whole.
    public var path: String
    /// What is wrong, in one sentence.
    public var message: String

    /// Makes an error from its fields.
    public init(file: String, line: Int? = nil, column: Int? = nil, path: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line:col: periods[2].from: message`.
    public var description: String {
        var where_ = file
        if let line { where_ += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return "\(where_): " + (path.isEmpty ? "" : "\(path): ") + message
    }
}
