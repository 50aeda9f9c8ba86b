/// A fixed set of field names looked up by UTF-8 bytes without making a `String`.
///
/// Names are packed into two 64-bit words by length, so a lookup is a short byte loop and
/// a few integer compares; names longer than 16 bytes fall back to a byte comparison.
struct KeyTable {
    private struct Entry {
        var index: Int
        var length: Int
        var w0: UInt64
        var w1: UInt64
        var bytes: [UInt8]
    }

    /// All entries, ordered by name length; names of length `n` are `entries[starts[n]..<starts[n + 1]]`
    /// (longer names than 16 bytes all under 17). One flat array, so a lookup retains nothing.
    private let entries: [Entry]
    private let starts: [Int]
    /// The names, by index.
    let names: [String]

    init(_ names: [String]) {
        self.names = names
        var all: [Entry] = []
        for (i, name) in names.enumerated() {
            let b = Array(name.utf8)
            let (w0, w1) = b.withUnsafeBufferPointer { KeyTable.pack($0) }
            all.append(Entry(index: i, length: b.count, w0: w0, w1: w1, bytes: b))
        }
        all.sort { (min($0.length, 17), $0.index) < (min($1.length, 17), $1.index) }
        var starts = Array(repeating: all.count, count: 19)
        for n in stride(from: 17, through: 0, by: -1) {
            starts[n] = all.firstIndex(where: { min($0.length, 17) >= n }) ?? all.count
        }
        entries = all
        self.starts = starts
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
        let bucket = min(n, 17)
        var i = starts[bucket]
        let end = starts[bucket + 1]
        if i == end { return nil }
        if n > 16 {
            while i < end {
                if entries[i].length == n && entries[i].bytes.elementsEqual(key) { return entries[i].index }
                i += 1
            }
            return nil
        }
        let (w0, w1) = KeyTable.pack(key)
        while i < end {
            if entries[i].w0 == w0 && entries[i].w1 == w1 { return entries[i].index }
            i += 1
        }
        return nil
    }
}
