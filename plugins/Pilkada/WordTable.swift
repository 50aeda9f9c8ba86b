/// An open-addressing hash table from 64-bit word hashes to small values, read by many threads.
///
/// Word hashes are already well mixed (FNV-1a), so the table probes with them directly
/// instead of hashing again as `Dictionary` does; built once, then only read.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private let mask: Int
    private let empty: Value

    /// A table of `entries`; `empty` fills unused slots (it is never returned).
    init(_ entries: [UInt64: Value], empty: Value) {
        var capacity = 16
        // At most a quarter full: most lookups are misses (words no rule knows), which end at the
        // first empty slot (about 1.4 probes at a quarter, 2.5 at a half).
        while capacity < entries.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value](repeating: empty, count: capacity)
        mask = capacity - 1
        self.empty = empty
        for (k, v) in entries {
            let key = k == 0 ? 1 : k
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = v
        }
    }

    /// The value for hash `k`, or nil.
    @inline(__always) subscript(_ k: UInt64) -> Value? {
        let key = k == 0 ? 1 : k
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
