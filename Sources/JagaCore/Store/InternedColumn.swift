/// A column of optional strings with few distinct values (author, platform, region), stored as codes.
public struct InternedColumn: Sendable {
    /// The distinct values, in first-seen order.
    public private(set) var values: [String] = []
    /// Per row, an index into ``values``, or -1 for null.
    public private(set) var codes: [Int32] = []
    private var index: [String: Int32] = [:]

    public init() {}

    /// Number of rows.
    public var count: Int { codes.count }

    /// Appends a value; nil appends a null. Returns the code.
    @discardableResult
    public mutating func append(_ value: String?) -> Int32 {
        let code = value.map { intern($0) } ?? -1
        codes.append(code)
        return code
    }

    /// Appends a value given as UTF-8 bytes.
    @discardableResult
    public mutating func append(_ value: UnsafeBufferPointer<UInt8>?) -> Int32 {
        append(value.map { String(decoding: $0, as: UTF8.self) })
    }

    /// The code of a value, adding it when new.
    public mutating func intern(_ value: String) -> Int32 {
        if let c = index[value] { return c }
        let c = Int32(values.count)
        values.append(value)
        index[value] = c
        return c
    }

    /// The code of a value when present.
    public func code(of value: String) -> Int32? { index[value] }

    /// Row `i`'s value.
    @inline(__always) public func string(_ i: Int) -> String? {
        let c = codes[i]
        return c < 0 ? nil : values[Int(c)]
    }

    /// Reserves room for `rows` rows.
    public mutating func reserve(rows: Int) { codes.reserveCapacity(rows) }

    /// Approximate heap bytes held.
    public var memoryFootprint: Int { codes.capacity * 4 + values.reduce(0) { $0 + $1.utf8.count + 16 } * 2 }
}
