import JagaText
import JagaCore

/// Turns tokens into statements, queries and expressions.
///
/// Statements end at a newline or `;`, except that a line ending in `|`, a line
/// starting with `|`, or an open bracket continues the statement. A statement whose
/// first word is a registered command is a command; otherwise it is a query over the
/// dataset it names.
public struct Parser {
    var tokens: [Token]
    var pos = 0
    let source: [UInt8]
    let commandNames: Set<String>
    let pipeCommandNames: Set<String>

    /// Parses a whole script.
    public static func parseScript(
        _ source: String, file: String, commands: Set<String>, pipeCommands: Set<String> = []
    ) throws(ScriptError) -> [Statement] {
        let toks = try Lexer.tokenize(source, file: file)
        var p = Parser(tokens: Parser.joinContinuations(toks), source: Array(source.utf8), commandNames: commands, pipeCommandNames: pipeCommands)
        return try p.statements()
    }

    /// Parses one expression (for `--set` values and tests).
    public static func parseExpression(_ source: String, file: String = "<expr>") throws(ScriptError) -> Expr {
        let toks = try Lexer.tokenize(source, file: file).filter { if case .newline = $0.kind { false } else { true } }
        var p = Parser(tokens: toks, source: Array(source.utf8), commandNames: [], pipeCommandNames: [])
        let e = try p.expression()
        try p.expectEnd()
        return e
    }

    /// Drops newlines that do not end a statement: inside brackets, after `|`, before `|`.
    static func joinContinuations(_ toks: [Token]) -> [Token] {
        var out: [Token] = []
        var depth = 0
        for (i, t) in toks.enumerated() {
            switch t.kind {
            case .symbol("("), .symbol("["), .symbol("{"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"): depth = max(0, depth - 1)
            case .newline:
                if depth > 0 { continue }
                if let last = out.last, last.isSymbol("|") { continue }
                var j = i + 1
                while j < toks.count, case .newline = toks[j].kind { j += 1 }
                if j < toks.count, toks[j].isSymbol("|") { continue }
            default: break
            }
            out.append(t)
        }
        return out
    }

    var peek: Token { tokens[min(pos, tokens.count - 1)] }
    func peek(_ k: Int) -> Token { tokens[min(pos + k, tokens.count - 1)] }
    mutating func advance() -> Token {
        let t = peek
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func error(_ message: String, at t: Token) -> ScriptError {
        ScriptError(message, at: t.location, sourceLine: Lexer.line(of: source, containing: t.range.lowerBound), width: max(1, t.range.count))
    }

    func text(_ from: Token, _ to: Token) -> String {
        let s = from.range.lowerBound, e = max(s, to.range.upperBound)
        guard e <= source.count else { return "" }
        return String(decoding: source[s..<e], as: UTF8.self).trimmingSpaces()
    }

    var atStatementEnd: Bool {
        switch peek.kind {
        case .newline, .eof: true
        case .symbol(";"): true
        default: false
        }
    }

    func atEnd(_ t: Token) -> Bool {
        switch t.kind {
        case .newline, .eof, .symbol(";"): true
        default: false
        }
    }

    mutating func expectEnd() throws(ScriptError) {
        guard atStatementEnd else { throw error("unexpected \(peek.display)", at: peek) }
    }

    mutating func statements() throws(ScriptError) -> [Statement] {
        var out: [Statement] = []
        while true {
            while case .newline = peek.kind { _ = advance() }
            while peek.isSymbol(";") { _ = advance() }
            if case .eof = peek.kind { return out }
            if case .newline = peek.kind { continue }
            out.append(try statement())
            guard atStatementEnd else { throw error("unexpected \(peek.display); expected end of statement", at: peek) }
        }
    }

    mutating func statement() throws(ScriptError) -> Statement {
        let first = peek
        guard case .identifier(let word) = first.kind else {
            throw error("expected a command or a dataset name, found \(first.display)", at: first)
        }
        let lower = word.lowercased()
        let next = peek(1)
        if commandNames.contains(lower), !next.isSymbol("|") {
            _ = advance()
            var args: [Token] = []
            while !atStatementEnd { args.append(advance()) }
            let last = args.last ?? first
            return Statement(kind: .command(name: lower, args: args), location: first.location, text: text(first, last))
        }
        if !next.isSymbol("|"), !(atEnd(next)) {
            var msg = "unknown command '\(word)'"
            if let s = Suggest.nearest(lower, in: Array(commandNames)) { msg += "; did you mean '\(s)'?" }
            msg += " (help lists commands; a query starts with a dataset name and '|')"
            throw error(msg, at: first)
        }
        let p = try pipeline()
        return Statement(kind: .pipeline(p), location: first.location, text: p.text)
    }

    mutating func pipeline() throws(ScriptError) -> Pipeline {
        let first = advance()
        guard case .identifier(let name) = first.kind else { throw error("expected a dataset name", at: first) }
        var ops: [PipeOperator] = []
        var last = first
        while peek.isSymbol("|") {
            _ = advance()
            let opTok = peek
            ops.append(try pipeOperator())
            last = tokens[max(0, pos - 1)]
            _ = opTok
        }
        return Pipeline(source: name, sourceLocation: first.location, operators: ops, text: text(first, last))
    }

    mutating func pipeOperator() throws(ScriptError) -> PipeOperator {
        let t = advance()
        guard let kw = t.keyword else { throw error("expected a query operator after '|', found \(t.display)", at: t) }
        let loc = t.location
        switch kw {
        case "where", "filter":
            return PipeOperator(kind: .whereFilter(try expression()), location: loc)
        case "sort", "order":
            try expectKeyword("by")
            var keys: [SortKey] = []
            repeat { keys.append(try sortKey()) } while consumeSymbol(",")
            return PipeOperator(kind: .sort(keys), location: loc)
        case "take", "limit", "head":
            return PipeOperator(kind: .take(try intArgument()), location: loc)
        case "top":
            let n = try intArgument()
            try expectKeyword("by")
            return PipeOperator(kind: .top(n, try sortKey(defaultDescending: true)), location: loc)
        case "count":
            if peek.keyword == "by" {
                _ = advance()
                var keys: [Expr] = []
                repeat { keys.append(try expression()) } while consumeSymbol(",")
                return PipeOperator(kind: .countBy(keys), location: loc)
            }
            return PipeOperator(kind: .count, location: loc)
        case "project", "select":
            var cols: [(String, Expr)] = []
            repeat {
                if case .identifier(let n) = peek.kind, peek(1).isSymbol("="), !peek(1).isSymbol("==") {
                    _ = advance(); _ = advance()
                    cols.append((n, try expression()))
                } else {
                    let e = try expression()
                    cols.append((e.text, e))
                }
            } while consumeSymbol(",")
            return PipeOperator(kind: .project(cols), location: loc)
        case "distinct":
            var keys: [Expr] = []
            repeat { keys.append(try expression()) } while consumeSymbol(",")
            return PipeOperator(kind: .distinct(keys), location: loc)
        default:
            if pipeCommandNames.contains(kw) {
                var args: [Token] = []
                while !atStatementEnd, !peek.isSymbol("|") { args.append(advance()) }
                return PipeOperator(kind: .command(kw, args), location: loc)
            }
            let known = ["where", "sort by", "take", "top", "count", "count by", "project", "distinct"] + pipeCommandNames.sorted()
            var msg = "unknown query operator '\(kw)'"
            if let s = Suggest.nearest(kw, in: known.map { String($0.split(separator: " ").first ?? Substring($0)) }) { msg += "; did you mean '\(s)'?" }
            msg += " (operators: \(known.joined(separator: ", ")))"
            throw error(msg, at: t)
        }
    }

    mutating func sortKey(defaultDescending: Bool = false) throws(ScriptError) -> SortKey {
        let e = try expression()
        var desc = defaultDescending
        if let k = peek.keyword, k == "asc" || k == "desc" {
            _ = advance()
            desc = k == "desc"
        }
        return SortKey(expr: e, descending: desc)
    }

    mutating func intArgument() throws(ScriptError) -> Int {
        let t = advance()
        switch t.kind {
        case .int(let i) where i >= 0 && i <= Int64(Int32.max): return Int(i)
        default: throw error("expected a non-negative whole number, found \(t.display)", at: t)
        }
    }

    mutating func expectKeyword(_ k: String) throws(ScriptError) {
        let t = advance()
        guard t.keyword == k else { throw error("expected '\(k)', found \(t.display)", at: t) }
    }

    mutating func consumeSymbol(_ s: String) -> Bool {
        if peek.isSymbol(s) { _ = advance(); return true }
        return false
    }

    // MARK: Expressions

    /// Parses an expression (lowest precedence: `or`).
    public mutating func expression() throws(ScriptError) -> Expr { try orExpr() }

    mutating func node(_ k: ExprKind, from start: Token) -> Expr {
        Expr(k, at: start.location, text: text(start, tokens[max(0, pos - 1)]))
    }

    mutating func orExpr() throws(ScriptError) -> Expr {
        let start = peek
        var l = try andExpr()
        while peek.keyword == "or" || peek.isSymbol("||") {
            _ = advance()
            let r = try andExpr()
            l = node(.binary("or", l, r), from: start)
        }
        return l
    }

    mutating func andExpr() throws(ScriptError) -> Expr {
        let start = peek
        var l = try notExpr()
        while peek.keyword == "and" {
            _ = advance()
            let r = try notExpr()
            l = node(.binary("and", l, r), from: start)
        }
        return l
    }

    mutating func notExpr() throws(ScriptError) -> Expr {
        let start = peek
        if peek.keyword == "not" {
            _ = advance()
            let e = try notExpr()
            return node(.unary("not", e), from: start)
        }
        return try comparison()
    }

    static let stringOps: Set<String> = ["has", "contains", "matches", "startswith", "endswith", "has_cs", "contains_cs"]

    mutating func comparison() throws(ScriptError) -> Expr {
        let start = peek
        let l = try additive()
        if case .symbol(let s) = peek.kind, ["=", "==", "!=", "<", "<=", ">", ">=", "=~"].contains(s) {
            _ = advance()
            let r = try additive()
            let op = s == "==" ? "=" : (s == "=~" ? "matches" : s)
            return node(.binary(op, l, r), from: start)
        }
        var negated = false
        if peek.isSymbol("!"), let k = peek(1).keyword, Parser.stringOps.contains(k) || k == "in" {
            _ = advance()
            negated = true
        } else if peek.keyword == "not", let k = peek(1).keyword, Parser.stringOps.contains(k) || k == "in" || k == "between" {
            _ = advance()
            negated = true
        }
        if let k = peek.keyword {
            if Parser.stringOps.contains(k) {
                _ = advance()
                let r = try additive()
                let e = node(.binary(k, l, r), from: start)
                return negated ? node(.unary("not", e), from: start) : e
            }
            if k == "in" {
                _ = advance()
                let r = try additive()
                return node(.inList(l, r, negated: negated), from: start)
            }
            if k == "between" {
                _ = advance()
                let lo = try additive()
                try expectKeyword("and")
                let hi = try additive()
                return node(.between(l, lo, hi, negated: negated), from: start)
            }
        }
        if negated { throw error("expected an operator after 'not'", at: peek) }
        return l
    }

    mutating func additive() throws(ScriptError) -> Expr {
        let start = peek
        var l = try multiplicative()
        while peek.isSymbol("+") || peek.isSymbol("-") {
            let op = advance()
            let r = try multiplicative()
            if case .symbol(let s) = op.kind { l = node(.binary(s, l, r), from: start) }
        }
        return l
    }

    mutating func multiplicative() throws(ScriptError) -> Expr {
        let start = peek
        var l = try unary()
        while peek.isSymbol("*") || peek.isSymbol("/") || peek.isSymbol("%") {
            let op = advance()
            let r = try unary()
            if case .symbol(let s) = op.kind { l = node(.binary(s, l, r), from: start) }
        }
        return l
    }

    mutating func unary() throws(ScriptError) -> Expr {
        let start = peek
        if peek.isSymbol("-") {
            _ = advance()
            let e = try unary()
            return node(.unary("-", e), from: start)
        }
        if peek.isSymbol("!") {
            _ = advance()
            let e = try unary()
            return node(.unary("not", e), from: start)
        }
        return try primary()
    }

    mutating func primary() throws(ScriptError) -> Expr {
        let t = advance()
        switch t.kind {
        case .string(let s): return node(.literal(.string(s)), from: t)
        case .int(let i): return node(.literal(.int(i)), from: t)
        case .double(let d): return node(.literal(.double(d)), from: t)
        case .duration(let d): return node(.literal(.duration(d)), from: t)
        case .datetime(let ts): return node(.literal(.time(ts)), from: t)
        case .variable(let v): return node(.variable(v), from: t)
        case .quotedIdentifier(let f): return node(.field(f), from: t)
        case .identifier(let name):
            switch name.lowercased() {
            case "true": return node(.literal(.bool(true)), from: t)
            case "false": return node(.literal(.bool(false)), from: t)
            case "null": return node(.literal(.null), from: t)
            default: break
            }
            if peek.isSymbol("(") {
                _ = advance()
                var args: [Expr] = []
                if !peek.isSymbol(")") {
                    repeat { args.append(try expression()) } while consumeSymbol(",")
                }
                try expectSymbol(")", opening: t)
                return node(.call(name.lowercased(), args), from: t)
            }
            return node(.field(name), from: t)
        case .symbol("("):
            if case .identifier = peek.kind, peek(1).isSymbol("|") {
                let p = try pipeline()
                try expectSymbol(")", opening: t)
                return node(.subquery(p), from: t)
            }
            let e = try expression()
            try expectSymbol(")", opening: t)
            return Expr(e.kind, at: e.location, text: text(t, tokens[max(0, pos - 1)]))
        case .symbol("["):
            var items: [Expr] = []
            if !peek.isSymbol("]") {
                repeat { items.append(try expression()) } while consumeSymbol(",")
            }
            try expectSymbol("]", opening: t)
            return node(.list(items), from: t)
        default:
            throw error("expected a value, a field or '(', found \(t.display)", at: t)
        }
    }

    mutating func expectSymbol(_ s: String, opening: Token) throws(ScriptError) {
        let t = advance()
        guard t.isSymbol(s) else {
            throw error("expected '\(s)' to close the \(opening.display) at column \(opening.location.column), found \(t.display)", at: t)
        }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
