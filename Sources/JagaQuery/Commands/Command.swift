/// A command of the language (`load`, `show`, `set`, ...): its help text and what it does.
///
/// Add a command by writing a type that conforms and listing it in ``CommandRegistry/builtin``;
/// `help`, completion and "did you mean" pick it up from there.
public protocol Command: Sendable {
    /// The word that starts the command.
    var name: String { get }
    /// Other words that start it (`exit` for `quit`).
    var aliases: [String] { get }
    /// Syntax, e.g. `load posts "FILE" [as NAME] [strict]`.
    var usage: String { get }
    /// One line for the `help` list.
    var summary: String { get }
    /// More lines for `help NAME` (examples).
    var details: String { get }
    /// True when the command may also stand after `|` in a query and gets its rows.
    var acceptsPipedInput: Bool { get }
    /// Runs the command.
    func run(_ invocation: CommandInvocation, in session: Session) throws(ScriptError)
}

extension Command {
    public var aliases: [String] { [] }
    public var details: String { "" }
    public var acceptsPipedInput: Bool { false }
}
