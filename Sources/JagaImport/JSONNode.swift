import JagaCore

/// A parsed JSON value for bounded documents (API pages), built from the shim's field lists.
///
/// Objects and arrays keep their raw text (borrowed from the page buffer, valid while the
/// page is) so unknown nested fields can be kept as the JSON they came as.
enum JSONNode {
    case null
    case bool(Bool)
    case int(Int64, text: String)
    /// An integer above Int64.max, as its digits.
    case bigInt(String)
    case double(Double)
    case string(String)
    case array([JSONNode], raw: UnsafeBufferPointer<UInt8>?)
    case object([(String, JSONNode)], raw: UnsafeBufferPointer<UInt8>)
    /// A value nested deeper than the tree is built, as raw text.
    case raw(UnsafeBufferPointer<UInt8>)

    /// The field `name` of an object.
    subscript(_ name: String) -> JSONNode? {
        guard case .object(let fields, _) = self else { return nil }
        return fields.first(where: { $0.0 == name })?.1
    }

    /// The fields of an object, else empty.
    var fields: [(String, JSONNode)] {
        if case .object(let f, _) = self { return f }
        return []
    }

    /// The elements of an array, else nil.
    var elements: [JSONNode]? {
        if case .array(let a, _) = self { return a }
        return nil
    }

    /// A string value, else nil.
    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// A string, or an integer's decimal text (ids may come either way).
    var idText: String? {
        switch self {
        case .string(let s): s
        case .int(_, let t): t
        case .bigInt(let t): t
        default: nil
        }
    }

    var isNull: Bool { if case .null = self { true } else { false } }

    /// The kind in words, for reject reasons.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .bigInt: "an integer"
        case .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        case .raw: "a nested value"
        }
    }

    /// The raw JSON text of an object or array (nil for scalars without it).
    var rawText: String? {
        switch self {
        case .object(_, let r), .raw(let r): String(decoding: r, as: UTF8.self)
        case .array(_, let r?): String(decoding: r, as: UTF8.self)
        default: nil
        }
    }

    /// The value as a query ``Value``: scalars as themselves, arrays of scalars as lists,
    /// objects and nested arrays as their JSON text.
    var value: Value {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i, _): return .int(i)
        case .bigInt(let t): return .string(t)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .array(let a, let raw):
            if let raw, a.contains(where: { if case .array = $0 { true } else if case .object = $0 { true } else if case .raw = $0 { true } else { false } }) {
                return .json(String(decoding: raw, as: UTF8.self))
            }
            return .list(a.map(\.value))
        case .object(_, let raw), .raw(let raw): return .json(String(decoding: raw, as: UTF8.self))
        }
    }
}
