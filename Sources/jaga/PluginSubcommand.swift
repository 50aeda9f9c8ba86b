import ArgumentParser
import Foundation
import JagaPlugins

/// `jaga plugin …`: working with plugin packages from the shell (`jaga plugin new NAME`).
struct PluginSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin",
        abstract: "Create plugin packages (load and test them at the jaga prompt).",
        subcommands: [New.self]
    )

    /// `jaga plugin new NAME [--dir PATH]`: writes a plugin package that builds against this checkout.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Create a plugin package with a working detector, tests and labelled cases.",
            discussion: """
                The package depends on the Jaga checkout this jaga was built from (override with
                JAGA_SDK_PATH=/path/to/jaga). Build it with `swift build` in the new folder, then
                load it at the prompt with plugin load ".build/debug/libNAME.so".
                """
        )

        @Argument(help: "The plugin's name: ASCII letters and digits, starting with a letter (e.g. PantauUang).")
        var name: String

        @Option(help: ArgumentHelp("The folder to create (default: ./NAME); it must not exist or be empty.", valueName: "path"))
        var dir: String?

        func validate() throws {
            if let problem = PluginScaffold.nameProblem(name) { throw ValidationError(problem) }
        }

        mutating func run() throws {
            let directory = dir ?? name
            let sdk: String
            switch PluginSubcommand.sdkPackagePath(environment: ProcessInfo.processInfo.environment) {
            case .success(let path): sdk = path
            case .failure(let problem): PluginSubcommand.fail(problem.message)
            }
            let written: [String]
            do {
                written = try PluginScaffold.create(name: name, directory: directory, sdkPackagePath: sdk)
            } catch {
                PluginSubcommand.fail("\(error)")
            }
            let id = "local." + name.lowercased()
            var text = "Created plugin \(name) (\(id)) against the Jaga SDK in \(sdk):\n"
            for file in written { text += "  \(file)\n" }
            let jaga = PluginSubcommand.executablePath().map(shellQuoted) ?? "jaga"
            text += """

                Next steps (in \(directory); see its README.md):
                  cd \(shellQuoted(directory)) && swift build
                  \(jaga) -c 'plugin load ".build/debug/lib\(name).so"; plugin test \(id) --cases "cases.jsonl"'
                  swift test

                """
            FileHandle.standardOutput.write(Data(text.utf8))
        }

        /// `s` quoted for a POSIX shell when it needs it.
        func shellQuoted(_ s: String) -> String {
            let plain = s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-".unicodeScalars.contains($0) }
            return plain && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }

    /// Why the SDK checkout was not found.
    struct SDKPathProblem: Error {
        var message: String
    }

    /// The Jaga checkout to build plugins against: `JAGA_SDK_PATH`, else the first folder above
    /// the running executable's real path whose `Package.swift` declares `name: "Jaga"`.
    static func sdkPackagePath(environment: [String: String]) -> Result<String, SDKPathProblem> {
        if let override = environment["JAGA_SDK_PATH"], !override.isEmpty {
            let url = URL(fileURLWithPath: override).standardizedFileURL
            guard isJagaCheckout(url) else {
                return .failure(SDKPathProblem(message: "JAGA_SDK_PATH=\(override) is not a Jaga checkout (no Package.swift with name: \"Jaga\")"))
            }
            return .success(url.path)
        }
        guard let executable = executablePath() else {
            return .failure(SDKPathProblem(message: "cannot tell where this jaga binary is; set JAGA_SDK_PATH to the Jaga checkout"))
        }
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            if isJagaCheckout(folder) { return .success(folder.path) }
            folder = folder.deletingLastPathComponent()
        }
        return .failure(SDKPathProblem(message: "this jaga (\(executable)) was not built inside a Jaga checkout; set JAGA_SDK_PATH to the checkout the plugin should build against"))
    }

    /// True when `folder/Package.swift` declares the Jaga package.
    static func isJagaCheckout(_ folder: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("Package.swift").path) else { return false }
        return String(decoding: data, as: UTF8.self).contains("name: \"Jaga\"")
    }

    /// The running executable with links resolved (`/proc/self/exe` on Linux).
    static func executablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// Prints `message` as a runtime error and exits with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("jaga plugin: \(message)\n".utf8))
        Foundation.exit(ExitStatus.failure)
    }
}
