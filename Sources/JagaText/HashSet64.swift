/// A read-only open-addressing set of 64-bit hashes (already well mixed, so no second hash).
///
/// Used to answer "is this word possibly in the table?" before building a `String` key.
struct HashSet64: Sendable {
    private var keys: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let list = Array(hashes)
        var capacity = 16
        // At most a quarter full: most lookups are misses, which end at the first empty slot.
        while capacity < list.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for h in list {
            let k = h == 0 ? 1 : h
            var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
            keys[slot] = k
        }
    }

    @inline(__always) func contains(_ h: UInt64) -> Bool {
        let k = h == 0 ? 1 : h
        var slot = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            let found = keys[slot]
            if found == k { return true }
            if found == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// 64-bit FNV-1a of bytes.
    @inline(__always) static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
