import JagaCore

/// One use of a command: its argument tokens, where it was written, and any piped-in rows.
public struct CommandInvocation {
    public var name: String
    public var location: SourceLocation
    /// The whole statement as written.
    public var text: String
    public var args: ArgCursor
    /// Rows piped in from a query (`posts | where ... | run all`).
    public var input: QueryResult?
}

/// Reads a command's argument tokens one at a time, with errors that point at the token.
public struct ArgCursor {
    var tokens: [Token]
    var pos = 0
    let source: [UInt8]
    /// Where to point when the arguments run out.
    let endLocation: SourceLocation

    init(tokens: [Token], source: [UInt8], end: SourceLocation) {
        self.tokens = tokens
        self.source = source
        self.endLocation = end
    }

    /// True when every argument was read.
    public var atEnd: Bool { pos >= tokens.count }

    /// The next token without reading it.
    public var peek: Token? { atEnd ? nil : tokens[pos] }

    /// The raw text of the remaining arguments as written.
    public var restText: String {
        guard let f = tokens[safe: pos], let l = tokens.last else { return "" }
        return String(decoding: source[f.range.lowerBound..<l.range.upperBound], as: UTF8.self)
    }

    /// An error pointing at the current token (or the end of the statement).
    public func error(_ message: String) -> ScriptError {
        if let t = peek {
            return ScriptError(message, at: t.location, sourceLine: Lexer.line(of: source, containing: t.range.lowerBound), width: t.range.count)
        }
        return ScriptError(message, at: endLocation)
    }

    /// Reads a bare word.
    public mutating func word(_ what: String) throws(ScriptError) -> String {
        guard let t = peek else { throw error("expected \(what)") }
        switch t.kind {
        case .quotedIdentifier(let s):
            pos += 1
            return s
        case .identifier(var s):
            pos += 1
            // Ids like `pilkada.masa-tenang` lex as `pilkada.masa` `-` `tenang`: written without
            // spaces, the pieces are one word.
            var end = t.range.upperBound
            while pos + 1 < tokens.count, tokens[pos].isSymbol("-"), tokens[pos].range.lowerBound == end,
                  tokens[pos + 1].range.lowerBound == end + 1, let piece = Self.wordPiece(tokens[pos + 1]) {
                s += "-" + piece
                end = tokens[pos + 1].range.upperBound
                pos += 2
            }
            return s
        default: throw error("expected \(what), found \(t.display)")
        }
    }

    /// The text of a token that can continue a hyphenated word (an identifier or a whole number).
    private static func wordPiece(_ t: Token) -> String? {
        switch t.kind {
        case .identifier(let s): s
        case .int(let i) where i >= 0: String(i)
        default: nil
        }
    }

    /// Reads a word when it is the given keyword.
    public mutating func keyword(_ k: String) -> Bool {
        if peek?.keyword == k { pos += 1; return true }
        return false
    }

    /// Reads a symbol when it is the given one.
    public mutating func symbol(_ s: String) -> Bool {
        if peek?.isSymbol(s) == true { pos += 1; return true }
        return false
    }

    /// Reads a quoted string, or a `$variable` holding one.
    public mutating func string(_ what: String, variables: [String: Value] = [:]) throws(ScriptError) -> String {
        guard let t = peek else { throw error("expected \(what) in double quotes") }
        switch t.kind {
        case .string(let s):
            pos += 1
            return s
        case .variable(let v):
            guard let val = variables[v] else { throw error("unknown variable $\(v)") }
            pos += 1
            if case .string(let s) = val { return s }
            return val.description
        default: throw error("expected \(what) in double quotes, found \(t.display)")
        }
    }

    /// Reads an expression from the remaining tokens (up to the end or a `,`).
    public mutating func expression() throws(ScriptError) -> Expr {
        guard let first = peek else { throw error("expected an expression") }
        var toks = Array(tokens[pos...])
        toks.append(Token(kind: .eof, location: endLocation, range: (tokens.last?.range.upperBound ?? 0)..<(tokens.last?.range.upperBound ?? 0)))
        var p = Parser(tokens: toks, source: source, commandNames: [], pipeCommandNames: [])
        _ = first
        let e = try p.expression()
        pos += p.pos
        return e
    }

    /// Fails when arguments are left over.
    public func expectEnd(_ usage: String) throws(ScriptError) {
        if let t = peek { throw error("unexpected \(t.display); usage: \(usage)") }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
