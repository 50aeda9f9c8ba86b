/// Where command output goes: a terminal, a file, or a string in a test.
public protocol OutputSink: AnyObject {
    /// Writes text as is (callers add newlines).
    func write(_ text: String)
    /// True when the sink is an interactive terminal (progress bars, colours).
    var isTerminal: Bool { get }
}

extension OutputSink {
    public var isTerminal: Bool { false }
}

/// Collects output in memory; used by tests and by sub-commands that capture output.
public final class StringSink: OutputSink {
    public private(set) var text = ""
    public init() {}
    public func write(_ text: String) { self.text += text }
}
