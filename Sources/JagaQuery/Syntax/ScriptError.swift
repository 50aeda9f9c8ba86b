/// An error in a script or a command, with where it happened and a caret under the spot.
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in one sentence.
    public var message: String
    public var location: SourceLocation?
    /// The source line the error points into, for the caret display.
    public var sourceLine: String?
    /// How many characters the caret underline spans.
    public var width: Int
    /// Whether this is a failed `assert` (exit code 3) rather than an error (exit code 1).
    public var isAssertion: Bool

    public init(_ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil, width: Int = 1, isAssertion: Bool = false) {
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.width = max(1, width)
        self.isAssertion = isAssertion
    }

    /// `file:line:col: error: message`, the source line, and a caret line.
    public var description: String {
        var s = ""
        if let location { s += "\(location): " }
        s += (isAssertion ? "assertion failed: " : "error: ") + message
        if let sourceLine, let location {
            s += "\n  " + sourceLine + "\n  " + String(repeating: " ", count: max(0, location.column - 1))
                + String(repeating: "^", count: width)
        }
        return s
    }
}
