import JagaCore

/// Writes values as JSON text with complete string escaping.
public enum JSONWriter {
    /// A JSON string literal for `s`: quotes, backslashes and control characters escaped,
    /// and U+2028/U+2029 too so the text is safe inside a `<script>`.
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// The JSON form of a value (times as RFC 3339 strings, durations as `2h` strings).
    public static func value(_ v: Value) -> String {
        switch v {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): d.isFinite ? Value.format(d) : "null"
        case .string(let s): string(s)
        case .time(let t): string(t.description)
        case .duration(let d): string(Value.formatDuration(d))
        case .list(let l): "[" + l.map(value).joined(separator: ",") + "]"
        case .json(let j): j
        }
    }

    /// A JSON object of named values, keys in the given order.
    public static func object(_ pairs: [(String, Value)]) -> String {
        "{" + pairs.map { string($0.0) + ":" + value($0.1) }.joined(separator: ",") + "}"
    }
}
