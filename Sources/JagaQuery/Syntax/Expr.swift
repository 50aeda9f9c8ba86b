import JagaCore

/// An expression of the command language, with where it was written.
public indirect enum ExprKind: Sendable {
    case literal(Value)
    case field(String)
    case variable(String)
    case list([Expr])
    case unary(String, Expr)
    case binary(String, Expr, Expr)
    case inList(Expr, Expr, negated: Bool)
    case between(Expr, Expr, Expr, negated: Bool)
    case call(String, [Expr])
    case subquery(Pipeline)
}

/// An expression node: its kind, its location, and the source text it spans.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var location: SourceLocation
    /// The expression as written, for messages such as a failed `assert`.
    public var text: String

    public init(_ kind: ExprKind, at location: SourceLocation, text: String) {
        self.kind = kind
        self.location = location
        self.text = text
    }
}

/// A query: a dataset name followed by `|` operators.
public struct Pipeline: Sendable {
    public var source: String
    public var sourceLocation: SourceLocation
    public var operators: [PipeOperator]
    /// The query as written.
    public var text: String
}

/// A sort key: an expression and its direction.
public struct SortKey: Sendable {
    public var expr: Expr
    public var descending: Bool
}

/// One stage of a query pipeline.
public enum PipeOperatorKind: Sendable {
    case whereFilter(Expr)
    case sort([SortKey])
    case take(Int)
    case count
    case countBy([Expr])
    case project([(String, Expr)])
    case distinct([Expr])
    case top(Int, SortKey)
    /// A command that consumes the rows so far (e.g. `run all`), with its raw argument tokens.
    case command(String, [Token])
}

/// A pipeline stage with its location.
public struct PipeOperator: Sendable {
    public var kind: PipeOperatorKind
    public var location: SourceLocation
}
