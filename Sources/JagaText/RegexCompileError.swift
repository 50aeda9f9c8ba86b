/// Why a regular expression did not compile: PCRE2's message and where it stopped.
public struct RegexCompileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The pattern as given.
    public let pattern: String
    /// Byte offset in the pattern's UTF-8 where PCRE2 detected the error.
    public let offset: Int
    /// PCRE2's error code.
    public let code: Int32
    /// PCRE2's message, e.g. "missing closing parenthesis".
    public let message: String

    /// Offset in characters (grapheme clusters), for pointing at the pattern on screen.
    public var characterOffset: Int {
        let utf8 = pattern.utf8
        let clamped = min(max(offset, 0), utf8.count)
        let index = utf8.index(utf8.startIndex, offsetBy: clamped)
        return pattern.distance(from: pattern.startIndex, to: index.samePosition(in: pattern) ?? pattern.endIndex)
    }

    public var description: String {
        "invalid regular expression at offset \(offset): \(message)"
    }
}
