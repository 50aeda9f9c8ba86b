/// A problem in a slang table file, with the line it is on.
public struct SlangTableError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path of the file, or an empty string for text parsed directly.
    public var path: String
    /// The 1-based line number.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Makes an error.
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`.
    public var description: String { "\(path.isEmpty ? "<text>" : path):\(line): \(message)" }
}
