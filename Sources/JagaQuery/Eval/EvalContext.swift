import JagaCore

/// What an expression may need while it is compiled and run: variables, cancellation, sub-queries.
public final class EvalContext: @unchecked Sendable {
    /// Script variables (`set name = value`, `--set name=value`).
    public var variables: [String: Value] = [:]
    /// Polled by long loops; true once the user pressed Ctrl-C.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Runs a `(dataset | ...)` sub-query and returns its single value.
    public var subquery: (Pipeline) throws(ScriptError) -> Value = { p throws(ScriptError) in
        throw ScriptError("sub-queries are not available here", at: p.sourceLocation)
    }

    public init() {}

    /// Throws the interruption error when the user pressed Ctrl-C.
    @inline(__always) public func checkCancelled() throws(ScriptError) {
        if isCancelled() { throw ScriptError.interrupted }
    }
}

extension ScriptError {
    /// The error a command stops with when the user pressed Ctrl-C.
    public static var interrupted: ScriptError { ScriptError("interrupted") }

    /// True for the Ctrl-C error.
    public var isInterruption: Bool { message == "interrupted" && location == nil }
}
