/// A fixed set of field names looked up by UTF-8 bytes without making a `String`.
///
/// Names are packed into two 64-bit words by length, so a lookup is a short byte loop and
/// a few integer compares; names longer than 16 bytes fall back to a byte comparison.
struct KeyTable {
    private struct Entry {
        var index: Int
        var w0: UInt64
        var w1: UInt64
        var bytes: [UInt8]
    }

    /// Entries bucketed by name length (longer names all in the last bucket).
    private var buckets: [[Entry]] = Array(repeating: [], count: 18)
    /// The names, by index.
    let names: [String]

    init(_ names: [String]) {
        self.names = names
        for (i, name) in names.enumerated() {
            let b = Array(name.utf8)
            let (w0, w1) = b.withUnsafeBufferPointer { KeyTable.pack($0) }
            buckets[min(b.count, 17)].append(Entry(index: i, w0: w0, w1: w1, bytes: b))
        }
    }

    @inline(__always)
    private static func pack(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var w0: UInt64 = 0
        var w1: UInt64 = 0
        let n = min(b.count, 16)
        var i = 0
        while i < n {
            if i < 8 { w0 |= UInt64(b[i]) << UInt64(8 * i) } else { w1 |= UInt64(b[i]) << UInt64(8 * (i - 8)) }
            i += 1
        }
        return (w0, w1)
    }

    /// The index of the name spelled by `key`, or nil.
    @inline(__always)
    func index(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = key.count
        if n > 16 {
            for e in buckets[17] where e.bytes.count == n && e.bytes.elementsEqual(key) { return e.index }
            return nil
        }
        let bucket = buckets[n]
        if bucket.isEmpty { return nil }
        let (w0, w1) = KeyTable.pack(key)
        for e in bucket where e.w0 == w0 && e.w1 == w1 { return e.index }
        return nil
    }
}

/// Strings for the names of unknown fields, made once per distinct name instead of once per row.
struct NameCache {
    private var entries: [([UInt8], String)] = []

    /// The name spelled by `key` as a String.
    mutating func name(_ key: UnsafeBufferPointer<UInt8>) -> String {
        for e in entries where e.0.count == key.count && e.0.elementsEqual(key) { return e.1 }
        let s = String(decoding: key, as: UTF8.self)
        if entries.count < 512 { entries.append((Array(key), s)) }
        return s
    }
}
