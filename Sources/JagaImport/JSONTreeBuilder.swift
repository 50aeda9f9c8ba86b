import SimdJSONShim

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
