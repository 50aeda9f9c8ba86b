import Foundation
import JagaCore
import JagaQuery
import JagaTerminal

/// Owns the session and the terminal streams for one run of `jaga`.
final class Host {
    let stdout = StandardStreamSink(error: false)
    let stderr = StandardStreamSink(error: true)
    let session: Session

    init(echo: Bool, pluginPath: [String] = []) {
        session = Session(output: stdout, diagnostics: stderr, registry: BuiltinPlugins.commands)
        session.echo = echo
        session.pluginPath = pluginPath
        BuiltinPlugins.install(in: session)
        BuiltinPlugins.loadSearchPath(extra: pluginPath, into: session)
        session.context.isCancelled = { InterruptFlag.isSet }
        _ = InterruptFlag.install()
    }

    /// Applies `--set name=value` pairs; a value that reads as a number, date-time or duration keeps
    /// that type, anything else is text.
    func applyVariables(_ pairs: [String]) -> Bool {
        for p in pairs {
            guard let eq = p.firstIndex(of: "="), eq != p.startIndex else {
                printError("jaga: --set needs name=value, got '\(p)'")
                return false
            }
            let name = String(p[..<eq]), raw = String(p[p.index(after: eq)...])
            session.context.variables[name] = Host.parseValue(raw)
        }
        return true
    }

    static func parseValue(_ raw: String) -> Value {
        if let e = try? Parser.parseExpression(raw, file: "--set") {
            switch e.kind {
            case .literal(let v): return v
            case .unary("-", let x):
                if case .literal(.int(let i)) = x.kind { return .int(-i) }
                if case .literal(.double(let d)) = x.kind { return .double(-d) }
            default: break
            }
        }
        return .string(raw)
    }

    /// Runs a whole script and returns the exit code.
    func runScript(source: String, file: String, directory: String?) -> Int32 {
        defer { session.out.flushIfNeeded() }
        do {
            try session.execute(source, file: file, directory: directory)
            return ExitStatus.success
        } catch {
            session.out.flushIfNeeded()
            printError(error.description)
            return ExitStatus.forScript(error)
        }
    }

    func printError(_ s: String) {
        stderr.write(s.hasSuffix("\n") ? s : s + "\n")
    }
}

extension OutputSink {
    /// Closes a file sink so everything written reaches the disk.
    func flushIfNeeded() { (self as? FileSink)?.close() }
}

/// Writes to standard output or standard error through the terminal module.
final class StandardStreamSink: OutputSink {
    let error: Bool
    init(error: Bool) { self.error = error }
    func write(_ text: String) {
        _ = error ? JagaTerminalOutput.err(text) : JagaTerminalOutput.out(text)
    }
    var isTerminal: Bool { LineEditor.standardOutputIsTerminal }
}

/// Standard output and error as the terminal module writes them.
enum JagaTerminalOutput {
    static func out(_ s: String) -> Bool { LineEditor.writeStandardOutput(s) }
    static func err(_ s: String) -> Bool { LineEditor.writeStandardError(s) }
}
