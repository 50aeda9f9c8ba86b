import ArgumentParser
import Foundation
import JagaQuery
import JagaTerminal

/// The `jaga` command line: the REPL, `jaga run FILE`, and `jaga -c "COMMANDS"`.
@main
struct JagaMain {
    static func main() {
        let code: Int32
        do {
            var command = try Jaga.parseAsRoot()
            if var run = command as? RunScript {
                code = run.execute()
            } else if var root = command as? Jaga {
                code = root.execute()
            } else {
                try command.run()
                code = 0
            }
        } catch {
            code = ExitStatus.forUsage(error)
        }
        exit(code)
    }
}

/// Root command: with no subcommand, the REPL (or the commands of `-c`, or a script on standard input).
struct Jaga: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jaga",
        abstract: "A moderation workbench for election integrity (Pilkada 2024).",
        discussion: """
            With no arguments, jaga opens an interactive prompt. When standard input is not a
            terminal, it runs the commands it reads as a script: jaga < audit.jaga
            Exit codes: 0 success, 1 runtime or script error, 2 usage, 3 an assert failed, 130 interrupted.
            """,
        version: JagaVersion.current,
        subcommands: [RunScript.self, PluginSubcommand.self]
    )

    @Option(name: .customShort("c"), help: "Run these commands and exit.")
    var commands: String?

    // `--set` and `--echo` belong to `jaga run`: declared here too, ArgumentParser would give
    // them to this parent command and the subcommand would never see them.

    @Option(name: .customLong("plugin-path"), help: ArgumentHelp("Also load plugin libraries (*.so) from this folder.", valueName: "dir"))
    var pluginPath: [String] = []

    mutating func execute() -> Int32 {
        let host = Host(echo: false, pluginPath: pluginPath)
        if let commands {
            return host.runScript(source: commands, file: "<-c>", directory: nil)
        }
        if !LineEditor.standardInputIsTerminal {
            var data = Data()
            while let chunk = try? FileHandle.standardInput.readToEnd(), !chunk.isEmpty { data.append(chunk) }
            return host.runScript(source: String(decoding: data, as: UTF8.self), file: "<stdin>", directory: nil)
        }
        return Repl(host: host).run()
    }
}

/// `jaga run FILE`: runs a script; stops at the first error.
struct RunScript: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a script file (the same commands as the prompt).",
        discussion: "Relative paths in the script are read from the script's own folder."
    )

    @Argument(help: "The script to run, e.g. scripts/audits/sample.jaga.")
    var file: String

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a variable before running: --set name=value.", valueName: "name=value"))
    var variables: [String] = []

    @Flag(help: "Print each statement before running it.")
    var echo = false

    @Option(name: .customLong("plugin-path"), help: ArgumentHelp("Also load plugin libraries (*.so) from this folder.", valueName: "dir"))
    var pluginPath: [String] = []

    mutating func execute() -> Int32 {
        let host = Host(echo: echo, pluginPath: pluginPath)
        guard host.applyVariables(variables) else { return ExitStatus.usage }
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            host.printError("jaga: cannot read script '\(file)'")
            return ExitStatus.failure
        }
        return host.runScript(source: String(decoding: data, as: UTF8.self), file: file, directory: url.deletingLastPathComponent().path)
    }
}
