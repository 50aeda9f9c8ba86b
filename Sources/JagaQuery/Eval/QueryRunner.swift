import Dispatch
import JagaCore

/// Runs query pipelines: filters, sorts, groups and projects rows of a ``QueryTable``.
public struct QueryRunner {
    public let context: EvalContext
    /// Rows at or above which row-by-row filters are spread over all cores.
    public var parallelThreshold = 100_000

    public init(context: EvalContext) {
        self.context = context
    }

    /// Runs the operators of a pipeline over `table`.
    public func run(_ ops: [PipeOperator], on table: any QueryTable) throws(ScriptError) -> QueryResult {
        var result = QueryResult(table: table)
        for op in ops { result = try apply(op, to: result) }
        return result
    }

    /// Applies one operator.
    public func apply(_ op: PipeOperator, to input: QueryResult) throws(ScriptError) -> QueryResult {
        try context.checkCancelled()
        var r = input
        // Operators other than where/sort/take work on what was projected so far.
        switch op.kind {
        case .whereFilter(let e):
            r = try materialiseIfProjected(r)
            r.rows = try filter(e, table: r.table, rows: r.rows)
        case .sort(let keys):
            r = try materialiseIfProjected(r)
            r.rows = try sort(r, keys)
        case .take(let n):
            if r.count > n { r.rows = (0..<n).map { Int32(r.row($0)) } }
        case .top(let n, let key):
            r = try materialiseIfProjected(r)
            let sorted = try sort(r, [key])
            r.rows = Array(sorted.prefix(n))
        case .count:
            r = QueryResult(table: ResultTable(columns: ["count"], rows: [[.int(Int64(r.count))]], types: [.int]))
        case .countBy(let keys):
            r = try countBy(r, keys)
        case .project(let cols):
            r = try project(r, cols)
        case .distinct(let keys):
            r = try distinct(r, keys)
        case .command(let name, _):
            throw ScriptError("'\(name)' cannot be used in a query here", at: op.location)
        }
        return r
    }

    /// Turns a result with chosen columns into a table of just those columns, so later stages see them.
    func materialiseIfProjected(_ r: QueryResult) throws(ScriptError) -> QueryResult {
        guard let cols = r.columns else { return r }
        return try materialise(r, columns: cols)
    }

    func materialise(_ r: QueryResult, columns: [String]) throws(ScriptError) -> QueryResult {
        var accs: [FieldAccessor] = []
        for c in columns {
            guard let a = r.table.accessor(for: c) else { throw ScriptError("unknown field '\(c)'") }
            accs.append(a)
        }
        var rows: [[Value]] = []
        rows.reserveCapacity(r.count)
        for i in 0..<r.count {
            if i & 0xFFFF == 0 { try context.checkCancelled() }
            let row = r.row(i)
            rows.append(accs.map { $0.read(row) })
        }
        return QueryResult(table: ResultTable(columns: columns, rows: rows, types: accs.map(\.type)))
    }

    // MARK: where

    /// Rows among `rows` (all when nil) for which `e` is true, in input order.
    public func filter(_ e: Expr, table: any QueryTable, rows: [Int32]?) throws(ScriptError) -> [Int32] {
        switch e.kind {
        case .binary("and", let l, let r):
            let left = try filter(l, table: table, rows: rows)
            return try filter(r, table: table, rows: left)
        case .binary("or", let l, let r):
            let a = try filter(l, table: table, rows: rows)
            let b = try filter(r, table: table, rows: rows)
            return QueryRunner.union(a, b)
        case .unary("not", let x):
            let hit = try filter(x, table: table, rows: rows)
            return QueryRunner.difference(rows ?? (0..<table.rowCount).map { Int32($0) }, hit)
        case .binary(let op, let l, let r) where Parser.stringOps.contains(op):
            if case .field(let f) = l.kind {
                let needle = try ExprCompiler(table: table, context: context).compile(r)
                if needle.isConstant, case .string(let s) = needle.eval(0),
                   let fast = try table.fastFilter(field: f, op: op, needle: s, rows: rows, context: context) {
                    return fast
                }
            }
        default:
            break
        }
        let c = try ExprCompiler(table: table, context: context).compile(e)
        if let t = c.type, t != .bool {
            throw ScriptError("'where' needs a true/false condition, but '\(e.text)' is a \(t.rawValue)", at: e.location, width: e.text.count)
        }
        return try scan(count: rows?.count ?? table.rowCount, rows: rows, c.eval)
    }

    /// Evaluates a predicate over rows, in parallel chunks for large inputs, keeping input order.
    func scan(count n: Int, rows: [Int32]?, _ pred: @escaping RowEval) throws(ScriptError) -> [Int32] {
        let cancelled = context.isCancelled
        if n < parallelThreshold {
            var out: [Int32] = []
            for i in 0..<n {
                if i & 0xFFFF == 0, cancelled() { throw ScriptError.interrupted }
                let row = rows.map { Int($0[i]) } ?? i
                if ValueOps.truthy(pred(row)) { out.append(Int32(row)) }
            }
            return out
        }
        let chunks = 64
        let size = (n + chunks - 1) / chunks
        let parts = ChunkResults(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = c * size, hi = min(n, lo + size)
            guard lo < hi, !cancelled() else { return }
            var out: [Int32] = []
            for i in lo..<hi {
                let row = rows.map { Int($0[i]) } ?? i
                if ValueOps.truthy(pred(row)) { out.append(Int32(row)) }
            }
            parts.set(c, out)
        }
        try context.checkCancelled()
        return parts.joined()
    }

    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        // Inputs are subsequences of one ordered row list; merge by membership order.
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        // Both lists are in input order, which for base tables is ascending; fall back to a set merge.
        if a == a.sorted(), b == b.sorted() {
            while i < a.count || j < b.count {
                if j >= b.count || (i < a.count && a[i] < b[j]) { out.append(a[i]); i += 1 }
                else if i >= a.count || b[j] < a[i] { out.append(b[j]); j += 1 }
                else { out.append(a[i]); i += 1; j += 1 }
            }
            return out
        }
        let inA = Set(a)
        out = a
        for x in b where !inA.contains(x) { out.append(x) }
        return out
    }

    static func difference(_ all: [Int32], _ remove: [Int32]) -> [Int32] {
        let r = Set(remove)
        return all.filter { !r.contains($0) }
    }

    // MARK: sort, group, project

    func sort(_ r: QueryResult, _ keys: [SortKey]) throws(ScriptError) -> [Int32] {
        let compiler = ExprCompiler(table: r.table, context: context)
        var evals: [RowEval] = []
        for k in keys { evals.append(try compiler.compile(k.expr).eval) }
        let n = r.count
        var keyed: [(row: Int32, keys: [Value], pos: Int)] = []
        keyed.reserveCapacity(n)
        for i in 0..<n {
            if i & 0xFFFF == 0 { try context.checkCancelled() }
            let row = r.row(i)
            keyed.append((Int32(row), evals.map { $0(row) }, i))
        }
        let desc = keys.map(\.descending)
        keyed.sort { a, b in
            for k in 0..<desc.count {
                var c = ValueOps.sortOrder(a.keys[k], b.keys[k])
                // Nulls stay last whatever the direction.
                if desc[k], !a.keys[k].isNull, !b.keys[k].isNull { c = -c }
                if c != 0 { return c < 0 }
            }
            return a.pos < b.pos
        }
        return keyed.map(\.row)
    }

    func countBy(_ input: QueryResult, _ keys: [Expr]) throws(ScriptError) -> QueryResult {
        let r = try materialiseIfProjected(input)
        let compiler = ExprCompiler(table: r.table, context: context)
        var evals: [RowEval] = []
        var types: [ValueType?] = []
        for k in keys {
            let c = try compiler.compile(k)
            evals.append(c.eval)
            types.append(c.type)
        }
        var counts: [[Value]: Int64] = [:]
        for i in 0..<r.count {
            if i & 0xFFFF == 0 { try context.checkCancelled() }
            let row = r.row(i)
            counts[evals.map { $0(row) }, default: 0] += 1
        }
        let rows = counts.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            for k in 0..<a.key.count {
                let c = ValueOps.sortOrder(a.key[k], b.key[k])
                if c != 0 { return c < 0 }
            }
            return false
        }.map { $0.key + [.int($0.value)] }
        return QueryResult(table: ResultTable(columns: keys.map { QueryRunner.columnName($0) } + ["count"], rows: rows, types: types + [.int]))
    }

    func distinct(_ input: QueryResult, _ keys: [Expr]) throws(ScriptError) -> QueryResult {
        let r = try materialiseIfProjected(input)
        let compiler = ExprCompiler(table: r.table, context: context)
        var evals: [RowEval] = []
        var types: [ValueType?] = []
        for k in keys {
            let c = try compiler.compile(k)
            evals.append(c.eval)
            types.append(c.type)
        }
        var seen = Set<[Value]>()
        for i in 0..<r.count {
            if i & 0xFFFF == 0 { try context.checkCancelled() }
            let row = r.row(i)
            seen.insert(evals.map { $0(row) })
        }
        let rows = seen.sorted { a, b in
            for k in 0..<a.count {
                let c = ValueOps.sortOrder(a[k], b[k])
                if c != 0 { return c < 0 }
            }
            return false
        }
        return QueryResult(table: ResultTable(columns: keys.map { QueryRunner.columnName($0) }, rows: rows, types: types))
    }

    func project(_ input: QueryResult, _ cols: [(String, Expr)]) throws(ScriptError) -> QueryResult {
        let r = try materialiseIfProjected(input)
        // Plain field lists keep the source table (cheap); expressions materialise.
        let plain = cols.allSatisfy { name, e in
            if case .field(let f) = e.kind { return f == name && r.table.accessor(for: f) != nil }
            return false
        }
        if plain {
            return QueryResult(table: r.table, rows: r.rows, columns: cols.map(\.0))
        }
        let compiler = ExprCompiler(table: r.table, context: context)
        var evals: [RowEval] = []
        var types: [ValueType?] = []
        for (_, e) in cols {
            let c = try compiler.compile(e)
            evals.append(c.eval)
            types.append(c.type)
        }
        var rows: [[Value]] = []
        rows.reserveCapacity(r.count)
        for i in 0..<r.count {
            if i & 0xFFFF == 0 { try context.checkCancelled() }
            let row = r.row(i)
            rows.append(evals.map { $0(row) })
        }
        return QueryResult(table: ResultTable(columns: cols.map(\.0), rows: rows, types: types))
    }

    /// The column name a key expression gets: the field name, or the expression text.
    static func columnName(_ e: Expr) -> String {
        if case .field(let f) = e.kind { return f }
        return e.text
    }
}

/// Per-chunk results written by parallel workers, each to its own slot.
final class ChunkResults: @unchecked Sendable {
    private var parts: [[Int32]]
    private let lock = SemaphoreLock()

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ i: Int, _ v: [Int32]) { lock.locked { parts[i] = v } }

    func joined() -> [Int32] { lock.locked { Array(parts.joined()) } }
}

/// A tiny mutex over a Dispatch semaphore.
final class SemaphoreLock: @unchecked Sendable {
    private let m = DispatchSemaphore(value: 1)
    func locked<R>(_ body: () -> R) -> R {
        m.wait()
        defer { m.signal() }
        return body()
    }
}
