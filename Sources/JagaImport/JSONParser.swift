import JagaCore
import SimdJSONShim

/// A reusable simdjson on-demand parser (through SimdJSONShim) that lists an object's fields.
///
/// Strings and keys come back as borrowed bytes in the parser's buffer, valid until the
/// next parse on the same parser: no `String` is made unless the caller asks for one.
final class JSONParser {
    private let handle: OpaquePointer?
    /// The reason of the last failed parse.
    private(set) var lastError = ""

    /// Bytes that must be readable after every input.
    static let padding = Int(jg_padding())

    init() { handle = jg_parser_new() }

    deinit { jg_parser_free(handle) }

    /// Parses one object; nil on error (see ``lastError``). `capacity` counts readable bytes from `start`.
    @inline(__always)
    func parseObject(_ start: UnsafeRawPointer, count: Int, capacity: Int) -> JSONFields? {
        parse(start, count: count, capacity: capacity, object: true)
    }

    /// Parses one array; its elements come back as fields without keys.
    func parseArray(_ start: UnsafeRawPointer, count: Int, capacity: Int) -> JSONFields? {
        parse(start, count: count, capacity: capacity, object: false)
    }

    @inline(__always)
    private func parse(_ start: UnsafeRawPointer, count: Int, capacity: Int, object: Bool) -> JSONFields? {
        guard let handle else {
            lastError = "out of memory for the JSON parser"
            return nil
        }
        var fields: UnsafePointer<jg_value>?
        var items: UnsafePointer<jg_value>?
        let p = start.assumingMemoryBound(to: CChar.self)
        let n = object
            ? jg_parse_object(handle, p, count, capacity, &fields, &items)
            : jg_parse_array(handle, p, count, capacity, &fields, &items)
        guard n >= 0 else {
            lastError = jg_error(handle).map { String(cString: $0) } ?? "invalid JSON"
            return nil
        }
        return JSONFields(fields: UnsafeBufferPointer(start: fields, count: Int(n)), items: items)
    }

    /// Runs `body` with `bytes` copied into a padded buffer (for small, one-off inputs).
    func withPadded<R>(_ bytes: [UInt8], _ body: (UnsafeRawPointer, Int) -> R) -> R {
        var padded = bytes
        padded.append(contentsOf: repeatElement(0, count: JSONParser.padding))
        return padded.withUnsafeBytes { body($0.baseAddress!, $0.count) }
    }
}

/// The fields (or array elements) of one parsed document, borrowed from the parser.
struct JSONFields {
    let fields: UnsafeBufferPointer<jg_value>
    let items: UnsafePointer<jg_value>?

    /// The elements of a `JG_ARRAY` value.
    @inline(__always)
    func items(of v: jg_value) -> UnsafeBufferPointer<jg_value> {
        guard let items, v.kind == JG_ARRAY.rawValue else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: items + Int(v.items_start), count: Int(v.items_count))
    }
}

extension jg_value {
    /// The value's bytes: unescaped UTF-8 for strings, the text of numbers, raw JSON for `JG_OTHER`.
    @inline(__always)
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(str)?.assumingMemoryBound(to: UInt8.self), count: str == nil ? 0 : len)
    }

    /// The key's unescaped bytes.
    @inline(__always)
    var keyBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(key)?.assumingMemoryBound(to: UInt8.self), count: key == nil ? 0 : Int(key_len))
    }

    /// The key as a String.
    var keyString: String { String(decoding: keyBytes, as: UTF8.self) }

    /// The value's bytes as a String.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// True when the key is `name`.
    func keyEquals(_ name: StaticString) -> Bool {
        let k = keyBytes
        guard k.count == name.utf8CodeUnitCount else { return false }
        let n = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        return k.elementsEqual(n)
    }

    var isNull: Bool { kind == JG_NULL.rawValue }
    var isString: Bool { kind == JG_STRING.rawValue }
    var isInt: Bool { kind == JG_INT.rawValue }

    /// The kind in words, for reject reasons.
    var kindName: String {
        switch kind {
        case JG_NULL.rawValue: "null"
        case JG_BOOL.rawValue: "a boolean"
        case JG_INT.rawValue, JG_UINT.rawValue: "an integer"
        case JG_DOUBLE.rawValue: "a number"
        case JG_STRING.rawValue: "a string"
        case JG_ARRAY.rawValue: "an array"
        default: bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "[") ? "an array" : "an object"
        }
    }

    /// The value as a query ``Value`` (for unknown fields): strings, numbers, booleans, null,
    /// arrays of scalars as lists; objects and nested arrays as their JSON text.
    func value(items: JSONFields) -> Value {
        switch kind {
        case JG_NULL.rawValue: return .null
        case JG_BOOL.rawValue: return .bool(i != 0)
        case JG_INT.rawValue: return .int(i)
        case JG_UINT.rawValue: return .string(string)  // above Int64.max: keep every digit
        case JG_DOUBLE.rawValue: return .double(d)
        case JG_STRING.rawValue: return .string(string)
        case JG_ARRAY.rawValue: return .list(items.items(of: self).map { $0.value(items: items) })
        default: return .json(string)
        }
    }
}
