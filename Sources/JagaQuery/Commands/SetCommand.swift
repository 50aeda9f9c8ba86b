import JagaCore
import JagaPlugins

/// `set NAME = EXPR`: defines a script variable, used as `$NAME`; `set` alone lists them.
public struct SetCommand: Command {
    public init() {}
    public let name = "set"
    public let usage = "set NAME = VALUE | set PLUGIN.PARAM = VALUE"
    public let summary = "Set a variable ($NAME in expressions) or a plugin parameter; `set` alone lists variables"
    public let details = """
        The value is any expression, including a sub-query:
          set region = "Sulawesi Selatan"
          set n = (posts | where region = $region | count)
        Variables given on the command line (jaga run FILE --set region=Sulsel) are set before the script runs.
        A dotted name sets a plugin parameter, checked against its type and range (describe PLUGIN lists them):
          set jaga.keywords.words = ["serangan fajar", "amplop"]
        """

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        if a.atEnd {
            let rows = session.context.variables.keys.sorted().map { k -> [Value] in
                [.string("$" + k), .string(session.context.variables[k]?.literal ?? "")]
            }
            try session.printResult(QueryResult(table: ResultTable(columns: ["variable", "value"], rows: rows)))
            return
        }
        let nameArgs = a
        let name = try a.word("a variable name")
        guard a.symbol("=") else { throw a.error("expected '=' after the variable name; usage: \(usage)") }
        let e = try a.expression()
        try a.expectEnd(usage)
        let v = try ExprCompiler(table: ConstantTable(), context: session.context).constant(e)
        if let dot = name.lastIndex(of: ".") {
            // `set PLUGIN.PARAM = value` configures a plugin.
            let plugin = String(name[..<dot]), param = String(name[name.index(after: dot)...])
            do throws(RegistryError) {
                try session.plugins.setParameter(plugin, param, v)
            } catch {
                throw nameArgs.error(error.message)
            }
            return
        }
        session.context.variables[name] = v
    }
}

/// `unset NAME`: removes a variable.
public struct UnsetCommand: Command {
    public init() {}
    public let name = "unset"
    public let usage = "unset NAME"
    public let summary = "Remove a variable"

    public func run(_ inv: CommandInvocation, in session: Session) throws(ScriptError) {
        var a = inv.args
        let name = try a.word("a variable name")
        try a.expectEnd(usage)
        guard session.context.variables.removeValue(forKey: name) != nil else { throw inv.args.error("unknown variable $\(name)") }
    }
}

/// A table of one row and no fields, for evaluating constant expressions.
public struct ConstantTable: QueryTable {
    public init() {}
    public var rowCount: Int { 1 }
    public var fieldNames: [String] { [] }
    public func accessor(for field: String) -> FieldAccessor? { nil }
}
