/// A column of optional strings kept as one UTF-8 byte arena with end offsets.
///
/// Making a Swift `String` per post costs more than parsing it (see notes/measured.md),
/// so text stays as bytes and a `String` is made only when one is asked for.
public struct StringColumn: Sendable {
    /// All values' bytes, back to back.
    public private(set) var bytes: [UInt8] = []
    /// `ends[i]` is one past the last byte of row `i`; row `i` starts at `ends[i-1]` (or 0).
    public private(set) var ends: [Int] = []
    private var nulls = Bitset()

    public init() {}

    /// Number of rows.
    public var count: Int { ends.count }

    /// Reserves room for `rows` rows of about `bytesPerRow` bytes.
    public mutating func reserve(rows: Int, bytesPerRow: Int) {
        ends.reserveCapacity(rows)
        bytes.reserveCapacity(rows * bytesPerRow)
    }

    /// Appends a value from UTF-8 bytes; nil appends a null.
    public mutating func append(_ value: UnsafeBufferPointer<UInt8>?) {
        if let value {
            bytes.append(contentsOf: value)
        } else {
            nulls.set(ends.count)
        }
        ends.append(bytes.count)
    }

    /// Appends a Swift string value; nil appends a null.
    public mutating func append(_ value: String?) {
        guard var v = value else { return append(nil as UnsafeBufferPointer<UInt8>?) }
        v.withUTF8 { append($0) }
    }

    /// The byte range of row `i` in ``bytes``.
    @inline(__always) public func range(_ i: Int) -> Range<Int> {
        (i == 0 ? 0 : ends[i - 1])..<ends[i]
    }

    /// True when row `i` is null.
    @inline(__always) public func isNull(_ i: Int) -> Bool { nulls.contains(i) }

    /// Row `i` as a String, or nil when null.
    public func string(_ i: Int) -> String? {
        if nulls.contains(i) { return nil }
        let r = range(i)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// The UTF-8 bytes `part` of row `i` as a String (an evidence excerpt), or nil when the row
    /// is null or `part` does not fit in it. Makes no String of the whole row.
    public func string(_ i: Int, part: Range<Int>) -> String? {
        if nulls.contains(i) { return nil }
        let r = range(i)
        guard part.lowerBound >= 0, part.upperBound <= r.count else { return nil }
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[(r.lowerBound + part.lowerBound)..<(r.lowerBound + part.upperBound)]), as: UTF8.self)
        }
    }

    /// Row `i`'s length in bytes (0 for null).
    @inline(__always) public func byteCount(_ i: Int) -> Int { range(i).count }

    /// Approximate heap bytes held.
    public var memoryFootprint: Int { bytes.capacity + ends.capacity * 8 + nulls.memoryFootprint }
}

/// A growable set of small non-negative integers (row numbers).
public struct Bitset: Sendable, Hashable {
    private var words: [UInt64] = []

    public init() {}

    /// Adds `i`.
    public mutating func set(_ i: Int) {
        let w = i >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w - words.count + 1)) }
        words[w] |= 1 << UInt64(i & 63)
    }

    /// True when `i` was added.
    @inline(__always) public func contains(_ i: Int) -> Bool {
        let w = i >> 6
        return w < words.count && words[w] & (1 << UInt64(i & 63)) != 0
    }

    /// True when nothing was added.
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    var memoryFootprint: Int { words.capacity * 8 }
}
