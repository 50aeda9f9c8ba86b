import CLineEdit
import JagaText

/// An interactive line editor on the terminal: libedit in emacs mode with history and Tab completion.
///
/// Use it when standard input is a terminal (`LineEditor.standardInputIsTerminal`);
/// otherwise use `PlainLineReader`. `makeStandardReader(program:completer:)` picks
/// the right one. Creating an editor sets a UTF-8 `LC_CTYPE` and installs the
/// SIGINT handler behind `InterruptFlag`, so Ctrl-C no longer terminates the
/// process: at the prompt it discards the line (`.interrupted`), during a command
/// it sets the flag that the command polls.
///
/// Keys are libedit's emacs bindings plus Tab (completion), Ctrl-R (incremental
/// history search) and Ctrl-Left/Right (word motion); `~/.editrc` can override them.
/// Not thread-safe: use one editor from one thread.
public final class LineEditor: LineReading {
    private let handle: OpaquePointer
    private let historyPath: String?
    private let completion: CompletionContext?
    private var lastHistoryEntry: String?

    /// Opens the editor on the terminal, or returns nil when libedit cannot (then use `PlainLineReader`).
    ///
    /// - Parameters:
    ///   - program: the name libedit uses to select `~/.editrc` sections.
    ///   - historyPath: the history file to load now and write in `saveHistory()`; nil keeps
    ///     history in memory only. See `HistoryPath.current`.
    ///   - completer: the names Tab completes; nil makes Tab only beep.
    ///   - historySize: how many entries history keeps.
    public init?(program: String, historyPath: String?, completer: (any CompletionSource)?, historySize: Int = 1000) {
        _ = jg_setlocale_ctype()
        InterruptFlag.install()
        guard let handle = jg_el_open(program) else { return nil }
        self.handle = handle
        self.historyPath = historyPath
        _ = jg_el_history_size(handle, Int32(clamping: max(0, historySize)))
        if let historyPath {
            _ = jg_el_history_load(handle, historyPath)
        }
        if let completer {
            let context = CompletionContext(completer: Completer(source: completer))
            completion = context
            jg_el_set_completer(
                handle,
                { context, line, out in
                    guard let context, let line, let out else { return }
                    Unmanaged<CompletionContext>.fromOpaque(context).takeUnretainedValue().complete(line, into: out)
                },
                Unmanaged.passUnretained(context).toOpaque()
            )
        } else {
            completion = nil
        }
    }

    deinit {
        jg_el_close(handle)
    }

    /// Shows `prompt` and reads one edited line.
    ///
    /// A pending Ctrl-C from before the call is forgotten. Ctrl-C while editing
    /// returns `.interrupted` (the flag is cleared, and `^C` and a newline are
    /// written, as libedit writes `^D` for Ctrl-D); Ctrl-D on an empty line, or a terminal error, returns `.endOfInput`.
    /// Bytes of the prompt between a pair of `"\u{01}"` take no width, so colour
    /// sequences can be wrapped in them.
    public func readLine(prompt: String) -> LineResult {
        InterruptFlag.clear()
        jg_el_set_prompt(handle, prompt)
        var count: Int32 = 0
        var status: Int32 = 0
        let bytes = jg_el_gets(handle, &count, &status)
        switch status {
        case Int32(JG_READ_LINE.rawValue):
            guard let bytes, count > 0 else { return .line("") }
            var line = String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
            while let last = line.unicodeScalars.last, last == "\n" || last == "\r" {
                line.unicodeScalars.removeLast()
            }
            return .line(line)
        case Int32(JG_READ_INTERRUPTED.rawValue):
            InterruptFlag.clear()
            Self.writeStandardOutput("^C\n")
            return .interrupted
        default:
            Self.writeStandardOutput("\n")
            return .endOfInput
        }
    }

    /// Adds `line` to history, skipping empty and whitespace-only lines and a repeat of the last entry.
    public func addHistory(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        guard line != lastHistoryEntry else { return }
        if jg_el_history_enter(handle, line) == 0 {
            lastHistoryEntry = line
        }
    }

    /// Number of entries in history (loaded and added).
    public var historyCount: Int {
        Int(jg_el_history_count(handle))
    }

    /// Writes history to the history file (mode 0600 when created); does nothing without one.
    ///
    /// Failures are ignored: losing history must not stop the session.
    public func saveHistory() {
        guard let historyPath else { return }
        _ = jg_el_history_save(handle, historyPath)
    }

    // MARK: - The terminal edge

    /// The reader for this process: a `LineEditor` with `HistoryPath.current` when standard
    /// input is a terminal, else a `PlainLineReader`.
    public static func makeStandardReader(program: String, completer: (any CompletionSource)?) -> any LineReading {
        if standardInputIsTerminal,
            let editor = LineEditor(program: program, historyPath: HistoryPath.current, completer: completer)
        {
            return editor
        }
        return PlainLineReader()
    }

    /// True when standard input is a terminal.
    public static var standardInputIsTerminal: Bool {
        jg_isatty_stdin() != 0
    }

    /// True when standard output is a terminal.
    public static var standardOutputIsTerminal: Bool {
        jg_isatty_stdout() != 0
    }

    /// Width of the terminal on standard output in columns, or 80 when unknown.
    public static var terminalColumns: Int {
        Int(jg_terminal_columns())
    }

    /// Writes text to standard output (through C's `stdout`, in order with `print`) and flushes.
    @discardableResult
    public static func writeStandardOutput(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { jg_write_stdout($0.baseAddress, $0.count) == 0 }
    }

    /// Writes text to standard error and flushes.
    @discardableResult
    public static func writeStandardError(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { jg_write_stderr($0.baseAddress, $0.count) == 0 }
    }
}

/// Reads lines from a non-terminal standard input (a pipe or file) without editing or history.
///
/// Prompts are not shown unless `showsPrompt` is set, so piped output stays clean.
/// If the caller installed `InterruptFlag`, a Ctrl-C that interrupts the read
/// returns `.interrupted` and reading can continue.
public final class PlainLineReader: LineReading {
    /// Whether `readLine(prompt:)` writes the prompt to standard output.
    public let showsPrompt: Bool

    /// Creates a reader on standard input.
    public init(showsPrompt: Bool = false) {
        self.showsPrompt = showsPrompt
    }

    /// Reads the next line (without its line ending).
    public func readLine(prompt: String) -> LineResult {
        if showsPrompt {
            LineEditor.writeStandardOutput(prompt)
        }
        if let line = Swift.readLine(strippingNewline: true) {
            return .line(line)
        }
        if InterruptFlag.isSet {
            InterruptFlag.clear()
            jg_clearerr_stdin()
            return .interrupted
        }
        return .endOfInput
    }

    /// Does nothing: piped input keeps no history.
    public func addHistory(_ line: String) {}

    /// Does nothing: piped input keeps no history.
    public func saveHistory() {}
}

/// Carries the completer through libedit's C callback (as `EL_CLIENTDATA`-style context).
private final class CompletionContext {
    let completer: Completer

    init(completer: Completer) {
        self.completer = completer
    }

    /// Answers one Tab press: the replacement for the partial word and the candidates to list.
    func complete(_ line: UnsafePointer<CChar>, into out: OpaquePointer) {
        // Offsets must match the C buffer byte for byte, so invalid UTF-8 completes nothing.
        guard let text = String(validatingCString: line) else { return }
        let answer = completer.complete(line: text)
        guard let replacement = answer.replacement else { return }
        jg_completion_set_replacement(out, Int32(clamping: answer.replaceStart), replacement)
        for candidate in answer.candidates {
            jg_completion_add_candidate(out, TerminalSanitizer.sanitize(candidate))
        }
    }
}
