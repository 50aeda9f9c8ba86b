#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the REPL keeps its command history: `~/.jaga_history`, or `$JAGA_HISTORY`.
///
/// History is only kept for interactive sessions: when standard input is not a
/// terminal (a piped script) there is no history file, so scripts neither read
/// nor overwrite the user's history. Setting `JAGA_HISTORY` to the empty string
/// turns history files off.
public enum HistoryPath {
    /// Environment variable that overrides the history file location.
    public static let environmentKey = "JAGA_HISTORY"

    /// File name of the default history file in the home directory.
    public static let defaultFileName = ".jaga_history"

    /// The history file for this process, or nil when history is not kept.
    public static var current: String? {
        let environment = ProcessInfo.processInfo.environment
        return resolve(
            environment: environment,
            homeDirectory: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path,
            stdinIsTerminal: LineEditor.standardInputIsTerminal
        )
    }

    /// Resolves the history file from explicit inputs (testable without a terminal).
    ///
    /// - Parameters:
    ///   - environment: the process environment; `JAGA_HISTORY` wins when set
    ///     (a leading `~/` is expanded, an empty value disables history).
    ///   - homeDirectory: the user's home directory, or nil when unknown.
    ///   - stdinIsTerminal: whether standard input is a terminal.
    /// - Returns: the path, or nil when history should not be loaded or saved.
    public static func resolve(
        environment: [String: String],
        homeDirectory: String?,
        stdinIsTerminal: Bool
    ) -> String? {
        guard stdinIsTerminal else { return nil }
        let home = homeDirectory.flatMap { $0.isEmpty ? nil : $0 }
        if let override = environment[environmentKey] {
            if override.isEmpty { return nil }
            if override == "~" { return home }
            if override.hasPrefix("~/") {
                guard let home else { return nil }
                return join(home, String(override.dropFirst(2)))
            }
            return override
        }
        guard let home else { return nil }
        return join(home, defaultFileName)
    }

    /// Joins a directory and a relative name with exactly one slash.
    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
