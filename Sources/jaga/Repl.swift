import Foundation
import JagaQuery
import JagaTerminal

/// The interactive prompt: read (with history, completion and continuation lines), run, print.
struct Repl {
    let host: Host

    func run() -> Int32 {
        let source = SessionCompletionSource(session: host.session)
        let reader = LineEditor.makeStandardReader(program: "jaga", completer: source)
        host.stdout.write("Jaga \(JagaVersion.current) — election-integrity workbench. Type help, or quit.\n")
        var pending = ""
        var lineNumber = 0
        while !host.session.shouldQuit {
            let prompt = pending.isEmpty ? "jaga> " : "  ...> "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if pending.isEmpty {
                    host.stdout.write("\n")
                    reader.saveHistory()
                    return ExitStatus.success
                }
                pending = ""
                host.stdout.write("\n")
            case .interrupted:
                InterruptFlag.clear()
                // The line editor already echoed ^C and a newline.
                pending = ""
            case .line(let line):
                pending += pending.isEmpty ? line : "\n" + line
                if ContinuationDetector.needsContinuation(pending) { continue }
                let text = pending
                pending = ""
                if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                reader.addHistory(text)
                lineNumber += 1
                InterruptFlag.clear()
                do {
                    try host.session.execute(text, file: "<prompt>")
                } catch {
                    host.session.out.flushIfNeeded()
                    if error.isInterruption {
                        host.printError("interrupted")
                    } else {
                        host.printError(error.description)
                    }
                }
                InterruptFlag.clear()
            }
        }
        reader.saveHistory()
        return ExitStatus.success
    }
}

/// Tells the completer what the session knows: commands, datasets, fields, plugins.
final class SessionCompletionSource: CompletionSource {
    let session: Session
    init(session: Session) { self.session = session }
    var commandNames: [String] { session.registry.commands.map(\.name).sorted() }
    var datasetNames: [String] { session.sortedDatasets.map(\.name) }
    var fieldNames: [String] {
        var seen = Set<String>()
        return session.sortedDatasets.flatMap { $0.table.fieldNames }.filter { seen.insert($0).inserted }
    }
    var pluginNames: [String] { session.plugins.ids }
}
