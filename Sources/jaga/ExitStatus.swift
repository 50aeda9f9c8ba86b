import ArgumentParser
import JagaQuery

/// The one place that maps outcomes to exit codes (documented in the README).
enum ExitStatus {
    static let success: Int32 = 0
    /// A runtime or script error.
    static let failure: Int32 = 1
    /// Bad command-line usage.
    static let usage: Int32 = 2
    /// An `assert` failed.
    static let assertionFailed: Int32 = 3
    /// Ctrl-C stopped the script.
    static let interrupted: Int32 = 130

    /// The exit code for an error a script stopped with.
    static func forScript(_ e: ScriptError) -> Int32 {
        if e.isInterruption { return interrupted }
        return e.isAssertion ? assertionFailed : failure
    }

    /// Prints ArgumentParser's message for a command-line error and returns its exit code (2 for usage).
    static func forUsage(_ error: any Error) -> Int32 {
        let code = Jaga.exitCode(for: error)
        let message = Jaga.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { _ = JagaTerminalOutput.out(message + "\n") }
            return success
        }
        _ = JagaTerminalOutput.err(message + "\n")
        return usage
    }
}
