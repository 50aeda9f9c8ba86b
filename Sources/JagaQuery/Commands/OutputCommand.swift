import Foundation

/// `output "FILE"` sends results to a file; `output` alone sends them back to the screen.
public struct OutputCommand: Command {
    public init() {}
    public let name = "output"
    public let usage = "output [\"FILE\"]"
    public let summary = "Write results to a file; `output` alone writes to the screen again"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        if let f = session.out as? FileSink { f.close() }
        if a.atEnd {
            session.out = session.standardOutput
            return
        }
        let path = try a.string("a file path", variables: session.context.variables)
        try a.expectEnd(usage)
        let full = session.resolvePath(path)
        guard let sink = FileSink(path: full) else { throw inv.args.error("cannot write to '\(path)'") }
        session.out = sink
    }
}

/// An output sink that writes to a file, truncating it first.
public final class FileSink: OutputSink {
    private var handle: FileHandle?
    public let path: String

    /// Opens (creates or truncates) `path`; nil when it cannot be written.
    public init?(path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else { return nil }
        self.path = path
        self.handle = h
    }

    public func write(_ text: String) { handle?.write(Data(text.utf8)) }

    /// Flushes and closes the file.
    public func close() {
        try? handle?.close()
        handle = nil
    }

    deinit { close() }
}
