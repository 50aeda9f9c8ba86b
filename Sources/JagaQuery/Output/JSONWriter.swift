import JagaCore

/// Writes values as JSON text with complete string escaping.
public enum JSONWriter {
    /// A JSON string literal for `s`: quotes, backslashes and control characters escaped,
    /// U+2028/U+2029 too so the text is safe inside a `<script>`, and bidi overrides so it
    /// cannot reorder a terminal line.
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
                // Controls, C1 controls and bidi overrides are escaped: still lossless, never live in a terminal.
                if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || (0x202A...0x202E).contains(u.value)
                    || (0x2066...0x2069).contains(u.value) || u.value == 0x200E || u.value == 0x200F {
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
