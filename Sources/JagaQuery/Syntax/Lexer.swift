import JagaCore

/// Splits command-language source into tokens, tracking line and column of each.
///
/// Comments start with `#` outside strings and run to the end of the line. A
/// date-time literal is written bare (`2024-11-24`, `2024-11-24T00:00+08:00`); one
/// without an offset is read in WIB (UTC+7). Durations are a number and a unit:
/// `30s`, `15m`, `2h`, `3d`.
public struct Lexer {
    /// The offset used for date-time literals written without one: WIB.
    public static let defaultOffset: Int32 = 7 * 3600

    let bytes: [UInt8]
    let file: String
    var pos = 0
    var line = 1
    var lineStart = 0

    public init(source: String, file: String) {
        self.bytes = Array(source.utf8)
        self.file = file
    }

    /// Tokenises the whole source; the last token is `.eof`.
    public static func tokenize(_ source: String, file: String) throws(ScriptError) -> [Token] {
        var lx = Lexer(source: source, file: file)
        var out: [Token] = []
        while true {
            let t = try lx.next()
            out.append(t)
            if case .eof = t.kind { return out }
        }
    }

    func location(_ offset: Int) -> SourceLocation {
        var col = 1
        var i = lineStart
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return SourceLocation(file: file, line: line, column: col)
    }

    func error(_ message: String, at offset: Int, width: Int = 1) -> ScriptError {
        ScriptError(message, at: location(offset), sourceLine: Lexer.line(of: bytes, containing: offset), width: width)
    }

    /// The text of the source line that contains `offset`.
    static func line(of bytes: [UInt8], containing offset: Int) -> String {
        var s = min(offset, bytes.count)
        while s > 0, bytes[s - 1] != 10 { s -= 1 }
        var e = min(offset, bytes.count)
        while e < bytes.count, bytes[e] != 10, bytes[e] != 13 { e += 1 }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    static func isIdentStart(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b >= 0x80 }
    static func isIdentChar(_ b: UInt8) -> Bool { isIdentStart(b) || isDigit(b) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    mutating func next() throws(ScriptError) -> Token {
        // Skip blanks and comments.
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 32 || b == 9 || b == 13 {
                pos += 1
            } else if b == 35, pos == 0 || [32, 9, 10, 13, 59].contains(bytes[pos - 1]) {
                // `#` starts a comment at the start of a line or after a blank (as the REPL's completer reads it).
                while pos < bytes.count, bytes[pos] != 10 { pos += 1 }
            } else if b == 92, pos + 1 < bytes.count, bytes[pos + 1] == 10 || bytes[pos + 1] == 13 {
                // A trailing backslash joins the next line.
                pos += 1
                if bytes[pos] == 13 { pos += 1 }
                if pos < bytes.count, bytes[pos] == 10 { pos += 1 }
                line += 1
                lineStart = pos
            } else {
                break
            }
        }
        let start = pos
        let loc = location(start)
        func tok(_ k: Token.Kind) -> Token { Token(kind: k, location: loc, range: start..<pos) }
        guard pos < bytes.count else { return tok(.eof) }
        let b = bytes[pos]
        if b == 10 {
            pos += 1
            let t = tok(.newline)
            line += 1
            lineStart = pos
            return t
        }
        if b == 34 || b == 39 { return tok(.string(try lexString(quote: b))) }
        if b == 96 {
            pos += 1
            let s = pos
            while pos < bytes.count, bytes[pos] != 96, bytes[pos] != 10 { pos += 1 }
            guard pos < bytes.count, bytes[pos] == 96 else { throw error("unterminated `name`", at: start) }
            let name = String(decoding: bytes[s..<pos], as: UTF8.self)
            pos += 1
            return tok(.quotedIdentifier(name))
        }
        if b == 36 {
            pos += 1
            var braced = false
            if pos < bytes.count, bytes[pos] == 123 { braced = true; pos += 1 }
            let s = pos
            while pos < bytes.count, Lexer.isIdentChar(bytes[pos]) || bytes[pos] == 46 { pos += 1 }
            guard pos > s else { throw error("expected a variable name after '$'", at: start) }
            let name = String(decoding: bytes[s..<pos], as: UTF8.self)
            if braced {
                guard pos < bytes.count, bytes[pos] == 125 else { throw error("expected '}' to close ${\(name)", at: start) }
                pos += 1
            }
            return tok(.variable(name))
        }
        if Lexer.isDigit(b) { return try lexNumber(start: start, loc: loc) }
        if Lexer.isIdentStart(b) {
            while pos < bytes.count, Lexer.isIdentChar(bytes[pos]) || (bytes[pos] == 46 && pos + 1 < bytes.count && Lexer.isIdentStart(bytes[pos + 1])) {
                pos += 1
            }
            return tok(.identifier(String(decoding: bytes[start..<pos], as: UTF8.self)))
        }
        let two = pos + 1 < bytes.count ? String(decoding: bytes[pos...(pos + 1)], as: UTF8.self) : ""
        if ["==", "!=", "<=", ">=", "<>", "=~"].contains(two) {
            pos += 2
            return tok(.symbol(two == "<>" ? "!=" : two))
        }
        if "|=<>()[],.+-*/%;!{}:".utf8.contains(b) {
            pos += 1
            return tok(.symbol(String(UnicodeScalar(b))))
        }
        throw error("unexpected character '\(String(decoding: [b], as: UTF8.self))'", at: start)
    }

    mutating func lexString(quote: UInt8) throws(ScriptError) -> String {
        let start = pos
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let b = bytes[pos]
            if b == quote { pos += 1; return String(decoding: out, as: UTF8.self) }
            if b == 10 { break }
            if b == 92, pos + 1 < bytes.count {
                let e = bytes[pos + 1]
                pos += 2
                switch e {
                case 110: out.append(10)
                case 116: out.append(9)
                case 114: out.append(13)
                case 48: out.append(0)
                case 117:
                    // \u{XXXX}
                    guard pos < bytes.count, bytes[pos] == 123 else { throw error("expected '{' after \\u", at: pos - 2) }
                    let s = pos + 1
                    var e2 = s
                    while e2 < bytes.count, bytes[e2] != 125, e2 - s < 8 { e2 += 1 }
                    guard e2 < bytes.count, bytes[e2] == 125,
                          let v = UInt32(String(decoding: bytes[s..<e2], as: UTF8.self), radix: 16),
                          let scalar = UnicodeScalar(v) else { throw error("invalid \\u{...} escape", at: pos - 2) }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    pos = e2 + 1
                case 92, 34, 39: out.append(e)
                default:
                    // Unknown escapes keep their backslash, so regular expressions read naturally: "\d+".
                    out.append(92)
                    out.append(e)
                }
                continue
            }
            out.append(b)
            pos += 1
        }
        throw error("unterminated string", at: start)
    }

    mutating func lexNumber(start: Int, loc: SourceLocation) throws(ScriptError) -> Token {
        // Date-time literal: dddd-dd-dd...
        if start + 10 <= bytes.count, bytes[start + 4] == 45, bytes[start + 7] == 45,
           (0..<4).allSatisfy({ Lexer.isDigit(bytes[start + $0]) }) {
            var e = start + 10
            if e < bytes.count, bytes[e] == 84 || bytes[e] == 116 {
                e += 1
                while e < bytes.count, Lexer.isDigit(bytes[e]) || bytes[e] == 58 || bytes[e] == 46 { e += 1 }
                if e < bytes.count, bytes[e] == 90 || bytes[e] == 122 {
                    e += 1
                } else if e < bytes.count, bytes[e] == 43 || bytes[e] == 45, e + 1 < bytes.count, Lexer.isDigit(bytes[e + 1]) {
                    e += 1
                    while e < bytes.count, Lexer.isDigit(bytes[e]) || bytes[e] == 58 { e += 1 }
                }
            }
            var text = Array(bytes[start..<e])
            let ts = text.withUnsafeMutableBufferPointer { Timestamp.parse(UnsafeBufferPointer($0), defaultOffset: Lexer.defaultOffset) }
            pos = e
            guard let ts else {
                throw error("invalid date-time literal '\(String(decoding: text, as: UTF8.self))' (use 2024-11-24 or 2024-11-24T07:00:00+08:00)", at: start, width: e - start)
            }
            text.removeAll()
            return Token(kind: .datetime(ts), location: loc, range: start..<pos)
        }
        var e = start
        var digits: [UInt8] = []
        var isDouble = false
        while e < bytes.count, Lexer.isDigit(bytes[e]) || bytes[e] == 95 {
            if bytes[e] != 95 { digits.append(bytes[e]) }
            e += 1
        }
        if e + 1 < bytes.count, bytes[e] == 46, Lexer.isDigit(bytes[e + 1]) {
            isDouble = true
            digits.append(46)
            e += 1
            while e < bytes.count, Lexer.isDigit(bytes[e]) { digits.append(bytes[e]); e += 1 }
        }
        let text = String(decoding: digits, as: UTF8.self)
        // Duration suffix.
        var u = e
        while u < bytes.count, Lexer.isIdentStart(bytes[u]), bytes[u] < 0x80 { u += 1 }
        if u > e {
            let unit = String(decoding: bytes[e..<u], as: UTF8.self)
            let mult: Int64? = switch unit {
            case "s", "sec": 1
            case "m", "min": 60
            case "h": 3600
            case "d": 86400
            case "w": 604800
            default: nil
            }
            guard let mult, !isDouble, let n = Int64(text) else {
                throw error("invalid number or duration '\(String(decoding: bytes[start..<u], as: UTF8.self))' (durations: 30s, 15m, 2h, 3d, 1w)", at: start, width: u - start)
            }
            pos = u
            return Token(kind: .duration(n * mult), location: loc, range: start..<pos)
        }
        pos = e
        if isDouble {
            guard let d = Double(text) else { throw error("invalid number", at: start) }
            return Token(kind: .double(d), location: loc, range: start..<pos)
        }
        guard let i = Int64(text) else { throw error("number too large", at: start, width: e - start) }
        return Token(kind: .int(i), location: loc, range: start..<pos)
    }
}
