import JagaText

/// `mode table|csv|json|jsonl|markdown|line`: how results are written.
public struct ModeCommand: Command {
    public init() {}
    public let name = "mode"
    public let usage = "mode table|csv|json|jsonl|markdown|line"
    public let summary = "Choose how results are written; `mode` alone shows the current one"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        if a.atEnd {
            session.out.write("mode \(session.mode.rawValue)\n")
            return
        }
        let w = try a.word("a mode")
        try a.expectEnd(usage)
        guard let m = OutputMode(rawValue: w.lowercased()) else {
            var msg = "unknown mode '\(w)'"
            if let s = Suggest.nearest(w, in: OutputMode.allCases.map(\.rawValue)) { msg += "; did you mean '\(s)'?" }
            throw inv.args.error(msg + " (modes: \(OutputMode.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        session.mode = m
    }
}

/// `timer on|off`: prints how long each statement took.
public struct TimerCommand: Command {
    public init() {}
    public let name = "timer"
    public let usage = "timer on|off"
    public let summary = "Show the run time of each statement"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let w = try a.word("on or off").lowercased()
        try a.expectEnd(usage)
        guard w == "on" || w == "off" else { throw inv.args.error("expected on or off") }
        session.timer = w == "on"
    }
}

/// `quit` / `exit`: ends the session.
public struct QuitCommand: Command {
    public init() {}
    public let name = "quit"
    public let aliases = ["exit"]
    public let usage = "quit"
    public let summary = "Leave Jaga (Ctrl-D does the same)"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        try inv.args.expectEnd(usage)
        session.shouldQuit = true
    }
}
