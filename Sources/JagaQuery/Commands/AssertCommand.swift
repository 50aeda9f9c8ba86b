import JagaCore

/// `assert EXPR`: fails the script (exit code 3) unless the expression is true, showing the values it saw.
public struct AssertCommand: Command {
    public init() {}
    public let name = "assert"
    public let usage = "assert EXPRESSION"
    public let summary = "Fail the script unless the expression is true (exit code 3)"
    public let details = """
        Sub-queries make audits checkable:
          assert (posts | where text has "serangan fajar" | count) >= 3
          assert (reports | where status = "new" | count) = 0
        A failed assert prints the expression and the value of each side.
        """

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let e = try a.expression()
        try a.expectEnd(usage)
        let compiler = ExprCompiler(table: ConstantTable(), context: session.context)
        let v = try compiler.constant(e)
        if ValueOps.truthy(v) { return }
        var seen: [String] = []
        AssertCommand.collect(e, compiler, &seen)
        var msg = e.text
        if !seen.isEmpty { msg += "\n  values: " + seen.joined(separator: ", ") }
        if case .bool = v {} else { msg += "\n  (the expression gave \(v.typeName) \(v.literal), not true)" }
        throw ScriptError(msg, at: e.location, width: e.text.count, isAssertion: true)
    }

    /// Collects `text = value` for the non-literal operands of comparisons in `e`.
    static func collect(_ e: Expr, _ c: ExprCompiler, _ out: inout [String]) {
        switch e.kind {
        case .binary(let op, let l, let r) where op == "and" || op == "or":
            collect(l, c, &out)
            collect(r, c, &out)
        case .unary("not", let x):
            collect(x, c, &out)
        case .binary(_, let l, let r), .inList(let l, let r, _):
            for side in [l, r] { describe(side, c, &out) }
        case .between(let x, let lo, let hi, _):
            for side in [x, lo, hi] { describe(side, c, &out) }
        default:
            describe(e, c, &out)
        }
    }

    static func describe(_ e: Expr, _ c: ExprCompiler, _ out: inout [String]) {
        if case .literal = e.kind { return }
        if let v = try? c.constant(e) { out.append("\(e.text) = \(v.literal)") }
    }
}
