/// Decides whether the input typed so far is unfinished and the REPL should ask for another line.
///
/// The input is every line typed for the current command joined with `"\n"`.
/// It is unfinished when it ends in `|` (ignoring trailing whitespace and a
/// trailing `# comment`), leaves a `(`, `[` or `{` open, leaves a `"` string open
/// (a backslash escapes the next character inside strings), or ends in `\`.
///
/// A `#` outside a string starts a comment when it begins the input or follows
/// whitespace. A closing bracket that does not match makes the input "finished",
/// so the parser reports the error instead of the REPL waiting forever.
public enum ContinuationDetector {
    /// Why the input is unfinished.
    public enum Pending: Equatable, Sendable {
        /// The input ends with a pipe and the next command is still to come.
        case pipe
        /// A bracket is open; the payload is the innermost unclosed one: `(`, `[` or `{`.
        case bracket(Character)
        /// A double-quoted string is open.
        case string
        /// The input ends with a backslash, which asks for a continuation line.
        case backslash
    }

    /// True when `text` needs a continuation line.
    public static func needsContinuation(_ text: String) -> Bool {
        pending(text) != nil
    }

    /// Why `text` needs a continuation line, or nil when it is complete.
    ///
    /// An open string wins over an open bracket, which wins over a trailing
    /// backslash or pipe.
    public static func pending(_ text: String) -> Pending? {
        var stack: [UInt8] = []
        var inString = false
        var escaped = false
        var inComment = false
        var mismatched = false
        var lastSignificant: UInt8?
        var previous: UInt8 = 0x0A

        for byte in text.utf8 {
            defer { previous = byte }
            if inComment {
                if byte == 0x0A { inComment = false }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                lastSignificant = byte
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "#") where isSpace(previous):
                inComment = true
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(byte)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let open = stack.last, open == opener(of: byte) {
                    stack.removeLast()
                } else {
                    mismatched = true
                }
            default:
                break
            }
            if !isSpace(byte) { lastSignificant = byte }
        }

        if inString { return .string }
        if mismatched { return nil }
        if let open = stack.last { return .bracket(Character(Unicode.Scalar(open))) }
        if endsWithBackslash(text) { return .backslash }
        if lastSignificant == UInt8(ascii: "|") { return .pipe }
        return nil
    }

    /// True when the text ends in a backslash outside a comment, ignoring trailing spaces and tabs.
    private static func endsWithBackslash(_ text: String) -> Bool {
        guard let last = text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        guard last == UInt8(ascii: "\\") else { return false }
        // A backslash inside a trailing comment does not continue the line.
        let lastLine = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).last ?? []
        var previous: UInt8 = 0x0A
        var inString = false
        var escaped = false
        for byte in lastLine {
            defer { previous = byte }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true }
            if byte == UInt8(ascii: "#"), isSpace(previous) { return false }
        }
        return true
    }

    /// The opening bracket that a closing one matches.
    private static func opener(of closer: UInt8) -> UInt8 {
        switch closer {
        case UInt8(ascii: ")"): return UInt8(ascii: "(")
        case UInt8(ascii: "]"): return UInt8(ascii: "[")
        default: return UInt8(ascii: "{")
        }
    }

    /// ASCII whitespace, including newline.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
