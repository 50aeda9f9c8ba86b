import JagaCore

/// One lexical token of the command language with where it starts and ends.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public enum Kind: Sendable, Hashable {
        case identifier(String)
        /// A back-quoted name, always a field: `` `field name` ``.
        case quotedIdentifier(String)
        case string(String)
        case int(Int64)
        case double(Double)
        case duration(Int64)
        case datetime(Timestamp)
        case variable(String)
        case symbol(String)
        case newline
        case eof
    }

    public var kind: Kind
    public var location: SourceLocation
    /// UTF-8 offsets of the token in its source.
    public var range: Range<Int>

    /// The identifier's text lower-cased when this is an identifier.
    public var keyword: String? {
        if case .identifier(let s) = kind { return s.lowercased() }
        return nil
    }

    /// True when this is the symbol `s`.
    public func isSymbol(_ s: String) -> Bool {
        if case .symbol(let x) = kind { return x == s }
        return false
    }

    /// How the token reads in an error message.
    public var display: String {
        switch kind {
        case .identifier(let s): "'\(s)'"
        case .quotedIdentifier(let s): "`\(s)`"
        case .string(let s): "\"\(s)\""
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .duration(let d): Value.formatDuration(d)
        case .datetime(let t): t.description
        case .variable(let v): "$" + v
        case .symbol(let s): "'\(s)'"
        case .newline: "end of line"
        case .eof: "end of input"
        }
    }
}
