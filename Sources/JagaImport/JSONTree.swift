import JagaCore
import SimdJSONShim

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

/// Builds ``JSONNode`` trees with one reusable parser per nesting level.
final class JSONTreeBuilder {
    private var parsers: [JSONParser] = []
    /// Levels built as trees; deeper values stay raw text.
    let maxDepth: Int

    init(maxDepth: Int = 24) { self.maxDepth = maxDepth }

    /// Parses the document at `start` (with `capacity` readable bytes) as a tree; a reason on error.
    func parse(_ start: UnsafeRawPointer, count: Int, capacity: Int) -> Result<JSONNode, ParseFailure> {
        let limit = start + capacity
        guard let first = firstByte(start, count) else { return .failure(ParseFailure(reason: "invalid JSON: empty document")) }
        let node = first == UInt8(ascii: "[")
            ? container(start, count, limit, depth: 0, object: false)
            : container(start, count, limit, depth: 0, object: true)
        return node
    }

    struct ParseFailure: Error {
        var reason: String
    }

    private func parser(_ depth: Int) -> JSONParser {
        while parsers.count <= depth { parsers.append(JSONParser()) }
        return parsers[depth]
    }

    private func firstByte(_ p: UnsafeRawPointer, _ n: Int) -> UInt8? {
        let b = p.assumingMemoryBound(to: UInt8.self)
        var i = 0
        while i < n {
            let c = b[i]
            if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 { return c }
            i += 1
        }
        return nil
    }

    private func container(_ start: UnsafeRawPointer, _ count: Int, _ limit: UnsafeRawPointer, depth: Int, object: Bool) -> Result<JSONNode, ParseFailure> {
        let p = parser(depth)
        let raw = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
        let parsed = object
            ? p.parseObject(start, count: count, capacity: limit - start)
            : p.parseArray(start, count: count, capacity: limit - start)
        guard let doc = parsed else { return .failure(ParseFailure(reason: p.lastError)) }
        if object {
            var fields: [(String, JSONNode)] = []
            fields.reserveCapacity(doc.fields.count)
            for f in doc.fields { fields.append((f.keyString, node(f, doc, limit, depth))) }
            return .success(.object(fields, raw: raw))
        }
        return .success(.array(doc.fields.map { node($0, doc, limit, depth) }, raw: raw))
    }

    private func node(_ v: jg_value, _ doc: JSONFields, _ limit: UnsafeRawPointer, _ depth: Int) -> JSONNode {
        switch v.kind {
        case JG_NULL.rawValue: return .null
        case JG_BOOL.rawValue: return .bool(v.i != 0)
        case JG_INT.rawValue: return .int(v.i, text: v.string)
        case JG_UINT.rawValue: return .bigInt(v.string)
        case JG_DOUBLE.rawValue: return .double(v.d)
        case JG_STRING.rawValue: return .string(v.string)
        case JG_ARRAY.rawValue: return .array(doc.items(of: v).map { node($0, doc, limit, depth) }, raw: nil)
        default:
            let raw = v.bytes
            guard depth + 1 < maxDepth, let base = raw.baseAddress, let first = firstByte(UnsafeRawPointer(base), raw.count) else {
                return .raw(raw)
            }
            switch container(UnsafeRawPointer(base), raw.count, limit, depth: depth + 1, object: first == UInt8(ascii: "{")) {
            case .success(let n): return n
            case .failure: return .raw(raw)
            }
        }
    }
}
