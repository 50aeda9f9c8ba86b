import JagaText
import JagaCore

/// A compiled expression: reads a row and gives a value.
public typealias RowEval = @Sendable (Int) -> Value

/// Compiles expressions against a table into closures, checking fields and types first.
///
/// Variables and sub-queries are evaluated once, at compile time, so a filter over a
/// million rows runs a closure per row and nothing else.
public struct ExprCompiler {
    public let table: any QueryTable
    public let context: EvalContext

    public init(table: any QueryTable, context: EvalContext) {
        self.table = table
        self.context = context
    }

    func error(_ message: String, _ e: Expr) -> ScriptError {
        ScriptError(message, at: e.location, width: max(1, e.text.count))
    }

    /// Evaluates an expression that reads no fields (a constant).
    public func constant(_ e: Expr) throws(ScriptError) -> Value {
        try compile(e).eval(0)
    }

    /// Compiles `e`; the result knows its static type when it can.
    public func compile(_ e: Expr) throws(ScriptError) -> (eval: RowEval, type: ValueType?, isConstant: Bool) {
        switch e.kind {
        case .literal(let v):
            return ({ _ in v }, ExprCompiler.type(of: v), true)
        case .variable(let name):
            guard let v = context.variables[name] else {
                var msg = "unknown variable $\(name)"
                if let s = Suggest.nearest(name, in: Array(context.variables.keys)) { msg += "; did you mean $\(s)?" }
                if context.variables.isEmpty { msg += " (set one with: set \(name) = value, or jaga run FILE --set \(name)=value)" }
                throw error(msg, e)
            }
            return ({ _ in v }, ExprCompiler.type(of: v), true)
        case .field(let name):
            guard let acc = table.accessor(for: name) else {
                var msg = "unknown field '\(name)'"
                if let s = Suggest.nearest(name, in: table.fieldNames) { msg += "; did you mean '\(s)'?" }
                msg += " (fields: \(table.fieldNames.joined(separator: ", ")))"
                throw error(msg, e)
            }
            return (acc.read, acc.type, false)
        case .subquery(let p):
            let v = try context.subquery(p)
            return ({ _ in v }, ExprCompiler.type(of: v), true)
        case .list(let items):
            var evals: [RowEval] = []
            var allConst = true
            for i in items {
                let c = try compile(i)
                evals.append(c.eval)
                allConst = allConst && c.isConstant
            }
            if allConst {
                let v = Value.list(evals.map { $0(0) })
                return ({ _ in v }, .list, true)
            }
            let ev = evals
            return ({ r in .list(ev.map { $0(r) }) }, .list, false)
        case .unary(let op, let x):
            let c = try compile(x)
            let f = c.eval
            if op == "not" {
                return ({ r in
                    if case .bool(let b) = f(r) { return .bool(!b) }
                    return .null
                }, .bool, c.isConstant)
            }
            guard c.type == nil || c.type == .int || c.type == .double || c.type == .duration else {
                throw error("cannot negate a \(c.type?.rawValue ?? "value")", e)
            }
            return ({ r in
                switch f(r) {
                case .int(let i): .int(-i)
                case .double(let d): .double(-d)
                case .duration(let d): .duration(-d)
                default: .null
                }
            }, c.type, c.isConstant)
        case .binary(let op, let l, let r):
            return try compileBinary(op, l, r, e)
        case .inList(let x, let listExpr, let negated):
            let c = try compile(x)
            let lc = try compile(listExpr)
            let f = c.eval, lf = lc.eval
            if lc.isConstant, case .list(let items) = lf(0) {
                let set = Set(items.filter { if case .string = $0 { true } else if case .int = $0 { true } else { false } })
                let others = items.filter { !set.contains($0) }
                return ({ r in
                    let v = f(r)
                    let hit = set.contains(v) || others.contains { ValueOps.equal(v, $0) } || (ValueOps.number(v).map { n in items.contains { ValueOps.number($0) == n } } ?? false)
                    return .bool(hit != negated)
                }, .bool, c.isConstant)
            }
            return ({ r in
                guard case .list(let items) = lf(r) else { return .bool(negated) }
                let v = f(r)
                return .bool(items.contains { ValueOps.equal(v, $0) } != negated)
            }, .bool, false)
        case .between(let x, let lo, let hi, let negated):
            let c = try compile(x), lc = try compile(lo), hc = try compile(hi)
            try checkComparable(c.type, lc.type, e)
            let f = c.eval, lf = lc.eval, hf = hc.eval
            return ({ r in
                let v = f(r)
                guard let a = ValueOps.compare(v, lf(r)), let b = ValueOps.compare(v, hf(r)) else { return .bool(false) }
                return .bool((a >= 0 && b <= 0) != negated)
            }, .bool, c.isConstant && lc.isConstant && hc.isConstant)
        case .call(let name, let args):
            return try compileCall(name, args, e)
        }
    }

    func checkComparable(_ a: ValueType?, _ b: ValueType?, _ e: Expr) throws(ScriptError) {
        guard let a, let b, a != b else { return }
        let numeric: Set<ValueType> = [.int, .double]
        if numeric.contains(a), numeric.contains(b) { return }
        if (a == .time && b == .string) || (a == .string && b == .time) { return }
        if (a == .severity && (b == .string || b == .int)) || (b == .severity && (a == .string || a == .int)) { return }
        if a == .list || b == .list { return }
        throw error("cannot compare \(a.rawValue) with \(b.rawValue) in '\(e.text)'", e)
    }

    func compileBinary(_ op: String, _ l: Expr, _ r: Expr, _ e: Expr) throws(ScriptError) -> (eval: RowEval, type: ValueType?, isConstant: Bool) {
        switch op {
        case "and", "or":
            let lc = try compile(l), rc = try compile(r)
            let lf = lc.eval, rf = rc.eval
            let isAnd = op == "and"
            return ({ row in
                let a = ValueOps.truthy(lf(row))
                if isAnd ? !a : a { return .bool(a) }
                return .bool(ValueOps.truthy(rf(row)))
            }, .bool, lc.isConstant && rc.isConstant)
        case "=", "!=", "<", "<=", ">", ">=":
            if op == "=" || op == "!=", case .field(let fname) = l.kind, let special = table as? SpecialEquality {
                let rc = try compile(r)
                if rc.isConstant, let pred = try special.equalityPredicate(field: fname, value: rc.eval(0), expr: r) {
                    let neg = op == "!="
                    return ({ row in .bool(pred(row) != neg) }, .bool, false)
                }
            }
            let (lc, rc) = try compileSeverityAware(l, r)
            try checkComparable(lc.type, rc.type, e)
            let lf = lc.eval, rf = rc.eval
            let test: @Sendable (Int) -> Bool = switch op {
            case "=": { $0 == 0 }
            case "!=": { $0 != 0 }
            case "<": { $0 < 0 }
            case "<=": { $0 <= 0 }
            case ">": { $0 > 0 }
            default: { $0 >= 0 }
            }
            let isEq = op == "=" || op == "!="
            let (lff, rff) = (lf, rf)
            return ({ row in
                let a = lff(row), b = rff(row)
                if isEq { return .bool(ValueOps.equal(a, b) == (op == "=")) }
                guard let c = ValueOps.compare(a, b) else { return .bool(false) }
                return .bool(test(c))
            }, .bool, lc.isConstant && rc.isConstant)
        case "has", "contains", "matches", "startswith", "endswith", "has_cs", "contains_cs":
            let lc = try compile(l), rc = try compile(r)
            guard rc.isConstant else { throw error("the right side of '\(op)' must be a constant text", r) }
            let needleValue = rc.eval(0)
            let needles: [String]
            switch needleValue {
            case .string(let s): needles = [s]
            case .list(let items): needles = items.map { if case .string(let s) = $0 { s } else { $0.description } }
            default: throw error("the right side of '\(op)' must be text, found \(needleValue.typeName)", r)
            }
            var matchers: [TextMatcher] = []
            for n in needles {
                do throws(TextMatcher.Invalid) {
                    matchers.append(try TextMatcher(op: op, needle: n))
                } catch {
                    throw self.error(error.message, r)
                }
            }
            let lf = lc.eval
            let ms = matchers
            return ({ row in
                let v = lf(row)
                let matchers = ms
                switch v {
                case .string(let s): return .bool(matchers.contains { $0.matches(s) })
                case .list(let items):
                    return .bool(items.contains { item in
                        if case .string(let s) = item { return matchers.contains { $0.matches(s) } }
                        return false
                    })
                case .null: return .bool(false)
                default: return .bool(matchers.contains { $0.matches(v.description) })
                }
            }, .bool, lc.isConstant)
        default:
            let lc = try compile(l), rc = try compile(r)
            let lf = lc.eval, rf = rc.eval
            if lc.isConstant, rc.isConstant, ValueOps.arithmetic(op, lf(0), rf(0)) == nil {
                throw error("cannot apply '\(op)' to \(lf(0).typeName) and \(rf(0).typeName)", e)
            }
            let type: ValueType? = switch (lc.type, rc.type) {
            case (.time, .duration), (.duration, .time): .time
            case (.time, .time): .duration
            case (.int, .int): op == "/" ? .double : .int
            case (.duration, .duration): .duration
            default: nil
            }
            return ({ row in ValueOps.arithmetic(op, lf(row), rf(row)) ?? .null }, type, lc.isConstant && rc.isConstant)
        }
    }

    /// Compiles both sides of a comparison; when one side is a severity, severity names on
    /// either side (`high`, `"high"`) compare by rank, so `severity >= high` means high or critical.
    func compileSeverityAware(_ l: Expr, _ r: Expr) throws(ScriptError) -> (
        (eval: RowEval, type: ValueType?, isConstant: Bool), (eval: RowEval, type: ValueType?, isConstant: Bool)
    ) {
        func word(_ e: Expr) -> Severity? {
            if case .field(let w) = e.kind, table.accessor(for: w) == nil { return Severity(name: w) }
            return nil
        }
        func rank(_ f: @escaping RowEval) -> RowEval {
            { row in
                let v = f(row)
                if case .string(let s) = v, let sev = Severity(name: s) { return .int(Int64(sev.rawValue)) }
                return v
            }
        }
        var lc: (eval: RowEval, type: ValueType?, isConstant: Bool)
        var rc: (eval: RowEval, type: ValueType?, isConstant: Bool)
        if let w = word(l) { lc = ({ _ in .string(w.description) }, .string, true) } else { lc = try compile(l) }
        if let w = word(r) { rc = ({ _ in .string(w.description) }, .string, true) } else { rc = try compile(r) }
        if lc.type == .severity || rc.type == .severity {
            lc = (rank(lc.eval), .int, lc.isConstant)
            rc = (rank(rc.eval), .int, rc.isConstant)
        }
        return (lc, rc)
    }

    func compileCall(_ name: String, _ args: [Expr], _ e: Expr) throws(ScriptError) -> (eval: RowEval, type: ValueType?, isConstant: Bool) {
        func arity(_ n: Int) throws(ScriptError) {
            guard args.count == n else { throw error("\(name)() takes \(n) argument\(n == 1 ? "" : "s"), got \(args.count)", e) }
        }
        var cs: [(eval: RowEval, type: ValueType?, isConstant: Bool)] = []
        for a in args { cs.append(try compile(a)) }
        let isConst = cs.allSatisfy(\.isConstant)
        switch name {
        case "len", "length":
            try arity(1)
            let f = cs[0].eval
            return ({ r in
                switch f(r) {
                case .string(let s): .int(Int64(s.count))
                case .list(let l): .int(Int64(l.count))
                case .null: .null
                case let v: .int(Int64(v.description.count))
                }
            }, .int, isConst)
        case "lower", "tolower", "upper", "toupper":
            try arity(1)
            let f = cs[0].eval
            let up = name.contains("upper")
            return ({ r in
                if case .string(let s) = f(r) { return .string(up ? s.uppercased() : s.lowercased()) }
                return .null
            }, .string, isConst)
        case "isnull", "isempty":
            try arity(1)
            let f = cs[0].eval
            let empty = name == "isempty"
            return ({ r in
                let v = f(r)
                if empty, case .string(let s) = v { return .bool(s.isEmpty) }
                return .bool(v.isNull)
            }, .bool, isConst)
        case "date", "hour":
            try arity(1)
            let f = cs[0].eval
            let isDate = name == "date"
            return ({ r in
                guard case .time(let t) = f(r) else { return .null }
                let c = t.civil
                return isDate ? .string(c.dateString) : .int(Int64(c.hour))
            }, isDate ? .string : .int, isConst)
        case "datetime", "todatetime":
            try arity(1)
            let f = cs[0].eval
            if isConst, case .string(let s) = f(0), Timestamp(rfc3339: s, defaultOffset: Lexer.defaultOffset) == nil {
                throw error("invalid date-time '\(s)'", e)
            }
            return ({ r in
                switch f(r) {
                case .time(let t): .time(t)
                case .string(let s): Timestamp(rfc3339: s, defaultOffset: Lexer.defaultOffset).map { .time($0) } ?? .null
                default: .null
                }
            }, .time, isConst)
        default:
            let known = ["len", "lower", "upper", "isnull", "isempty", "date", "hour", "datetime"]
            var msg = "unknown function \(name)()"
            if let s = Suggest.nearest(name, in: known) { msg += "; did you mean \(s)()?" }
            msg += " (functions: \(known.joined(separator: ", ")))"
            throw error(msg, e)
        }
    }

    /// The static type of a value.
    static func type(of v: Value) -> ValueType? {
        switch v {
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .string: .string
        case .time: .time
        case .duration: .duration
        case .list: .list
        case .null, .json: nil
        }
    }
}

/// A table that understands `field = value` better than exact equality (regions resolve loosely).
public protocol SpecialEquality {
    /// A row predicate for `field = value`, or nil to use plain equality.
    func equalityPredicate(field: String, value: Value, expr: Expr) throws(ScriptError) -> (@Sendable (Int) -> Bool)?
}
