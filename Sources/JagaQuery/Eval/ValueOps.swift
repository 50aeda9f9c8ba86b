import JagaCore

/// Comparison and arithmetic on dynamic values, with SQL-like null handling.
public enum ValueOps {
    /// Orders two values of compatible types; nil when they cannot be compared.
    public static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .double(let y)): return cmp(Double(x), y)
        case (.double(let x), .int(let y)): return cmp(x, Double(y))
        case (.double(let x), .double(let y)): return cmp(x, y)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.time(let x), .time(let y)): return x.seconds < y.seconds ? -1 : (x.seconds > y.seconds ? 1 : 0)
        case (.time(let x), .string(let s)):
            guard let y = Timestamp(rfc3339: s, defaultOffset: Lexer.defaultOffset) else { return nil }
            return compare(.time(x), .time(y))
        case (.string, .time): return compare(b, a).map { -$0 }
        case (.duration(let x), .duration(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.string(let x), .int), (.string(let x), .double):
            // Severity names order as severities.
            if let s = Severity(name: x), case .int(let y) = b { return cmp(Double(s.rawValue), Double(y)) }
            return nil
        default: return nil
        }
    }

    static func cmp(_ x: Double, _ y: Double) -> Int { x < y ? -1 : (x > y ? 1 : 0) }

    /// Equality as `=` sees it: numbers by value, strings exactly, null equal only to null.
    public static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.list(let l), _) where !isList(b): return l.contains { equal($0, b) }
        default: return compare(a, b) == 0 || a == b
        }
    }

    static func isList(_ v: Value) -> Bool { if case .list = v { true } else { false } }

    /// A total order for sorting: nulls last, then by type, then by value.
    public static func sortOrder(_ a: Value, _ b: Value) -> Int {
        switch (a.isNull, b.isNull) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        default: break
        }
        if let c = compare(a, b) { return c }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        let da = a.description, db = b.description
        return da < db ? -1 : (da > db ? 1 : 0)
    }

    static func rank(_ v: Value) -> Int {
        switch v {
        case .null: 9
        case .bool: 0
        case .int, .double: 1
        case .string: 2
        case .time: 3
        case .duration: 4
        case .list: 5
        case .json: 6
        }
    }

    /// Truthiness for `where`: only `true` passes.
    @inline(__always) public static func truthy(_ v: Value) -> Bool {
        if case .bool(true) = v { return true }
        return false
    }

    /// `+ - * / %` on numbers, times and durations; nil when the types don't fit.
    public static func arithmetic(_ op: String, _ a: Value, _ b: Value) -> Value? {
        switch (op, a, b) {
        case (_, .null, _), (_, _, .null): return .null
        case ("+", .int(let x), .int(let y)): return .int(x &+ y)
        case ("-", .int(let x), .int(let y)): return .int(x &- y)
        case ("*", .int(let x), .int(let y)): return .int(x &* y)
        case ("/", .int(let x), .int(let y)): return y == 0 ? .null : .double(Double(x) / Double(y))
        case ("%", .int(let x), .int(let y)): return y == 0 ? .null : .int(x % y)
        case ("+", .time(let t), .duration(let d)), ("+", .duration(let d), .time(let t)):
            return .time(Timestamp(seconds: t.seconds + d, offsetSeconds: t.offsetSeconds))
        case ("-", .time(let t), .duration(let d)): return .time(Timestamp(seconds: t.seconds - d, offsetSeconds: t.offsetSeconds))
        case ("-", .time(let x), .time(let y)): return .duration(x.seconds - y.seconds)
        case ("+", .duration(let x), .duration(let y)): return .duration(x + y)
        case ("-", .duration(let x), .duration(let y)): return .duration(x - y)
        case ("*", .duration(let x), .int(let y)): return .duration(x * y)
        case ("+", .string(let x), .string(let y)): return .string(x + y)
        default:
            guard let x = number(a), let y = number(b) else { return nil }
            switch op {
            case "+": return .double(x + y)
            case "-": return .double(x - y)
            case "*": return .double(x * y)
            case "/": return y == 0 ? .null : .double(x / y)
            case "%": return y == 0 ? .null : .double(x.truncatingRemainder(dividingBy: y))
            default: return nil
            }
        }
    }

    /// The value as a Double when it is a number.
    public static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }
}
