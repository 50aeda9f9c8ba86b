/// What one attempt to read a line of input produced.
public enum LineResult: Equatable, Sendable {
    /// A line of input, without its trailing newline.
    case line(String)
    /// Ctrl-C was pressed while reading; the partial line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the input ended.
    case endOfInput
}

/// A source of input lines for the REPL loop: the interactive `LineEditor` or the piped `PlainLineReader`.
public protocol LineReading: AnyObject {
    /// Shows `prompt` (when the reader shows prompts) and reads one line.
    func readLine(prompt: String) -> LineResult

    /// Remembers an entered line for recall; empty lines and repeats of the previous entry are skipped.
    func addHistory(_ line: String)

    /// Writes the history file, if this reader keeps one.
    func saveHistory()
}
