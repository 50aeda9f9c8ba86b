/// One statement of a script: a query or a command with its raw argument tokens.
public enum StatementKind: Sendable {
    case pipeline(Pipeline)
    case command(name: String, args: [Token])
}

/// A statement with its location and source text.
public struct Statement: Sendable {
    public var kind: StatementKind
    public var location: SourceLocation
    /// The statement as written (may span several lines).
    public var text: String
}
