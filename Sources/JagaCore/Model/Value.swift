/// A dynamically typed value as queries see it: a field of a record, a literal, or a result.
///
/// Nested JSON that Jaga does not model (objects inside unknown fields) is kept as its
/// JSON text in ``json(_:)`` so it is never lost and can be exported as it came.
@frozen public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case time(Timestamp)
    /// A length of time in seconds (`2h`, `30m`, `1d`).
    case duration(Int64)
    case list([Value])
    /// JSON text of a nested object kept as it came.
    case json(String)

    /// The name of the value's type, as error messages show it.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .double: "number"
        case .string: "string"
        case .time: "datetime"
        case .duration: "duration"
        case .list: "list"
        case .json: "object"
        }
    }

    /// Plain text of the value, as table output shows it (`null` shows as empty).
    public var description: String {
        switch self {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): Value.format(d)
        case .string(let s): s
        case .time(let t): t.description
        case .duration(let s): Value.formatDuration(s)
        case .list(let l): "[" + l.map { $0.literal }.joined(separator: ", ") + "]"
        case .json(let j): j
        }
    }

    /// The value written as a literal of the command language (strings quoted).
    public var literal: String {
        switch self {
        case .string(let s): "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        case .null: "null"
        default: description
        }
    }

    /// True for null.
    public var isNull: Bool { if case .null = self { true } else { false } }

    /// Formats a double without a trailing `.0` noise beyond 6 significant decimals.
    public static func format(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return String(d) }
        // Foundation-free rounding (JagaCore links no libm wrappers).
        if abs(d) < 1e15, d == Double(Int64(d)) { return String(Int64(d)) }
        guard abs(d) < 9e12 else { return String(d) }
        let scaled = Double(Int64(d * 1_000_000 + (d >= 0 ? 0.5 : -0.5))) / 1_000_000
        return String(scaled)
    }

    /// Formats seconds as the largest exact unit: `2d`, `3h`, `90m`, `45s`.
    public static func formatDuration(_ s: Int64) -> String {
        if s != 0, s % 86400 == 0 { return "\(s / 86400)d" }
        if s != 0, s % 3600 == 0 { return "\(s / 3600)h" }
        if s != 0, s % 60 == 0 { return "\(s / 60)m" }
        return "\(s)s"
    }
}

extension String {
    /// Replaces every occurrence of a substring (Foundation-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, self.contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    /// The first range of `needle` (Foundation-free).
    func range(of needle: String) -> Range<Substring.Index>? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return nil }
        let u = self.utf8
        var i = u.startIndex
        while i != u.endIndex {
            if u[i] == first {
                var j = i
                var k = 0
                while k < n.count, j != u.endIndex, u[j] == n[k] { j = u.index(after: j); k += 1 }
                if k == n.count { return i..<j }
            }
            i = u.index(after: i)
        }
        return nil
    }
}
