import SimdJSONShim

/// The ids seen during one load, with the line each was first seen on, kept as bytes.
///
/// Used to reject duplicate ids without making a `String` per row: ids go into one byte
/// arena and an open-addressing table keyed by a fast 64-bit hash. A slot packs the high
/// 32 bits of the hash with the id's index, so a probe touches one cache line and the id's
/// bytes are compared only when the hashes agree.
struct IDSet {
    private var arena: [UInt8] = []
    private var ends: [Int] = []
    private var lines: [Int] = []
    /// Slots hold `hash32 << 32 | (index + 1)`; 0 is empty.
    private var table: [UInt64] = Array(repeating: 0, count: 1024)

    /// Number of ids held.
    var count: Int { ends.count }

    /// Reserves room for `n` ids of about `bytesPerID` bytes.
    mutating func reserve(_ n: Int, bytesPerID: Int = 12) {
        arena.reserveCapacity(n * bytesPerID)
        ends.reserveCapacity(n)
        lines.reserveCapacity(n)
        var size = table.count
        while size < n * 2 { size *= 2 }
        if size > table.count { rehash(size) }
    }

    /// Starts loading the table slot for an id's hash into the cache, ahead of ``insert(_:hash:line:)``
    /// (the table is too large for the cache, and a miss costs more than the rest of the lookup).
    @inline(__always)
    func prefetch(_ h: UInt64) {
        table.withUnsafeBufferPointer { t in
            if let base = t.baseAddress { jg_prefetch(base + (Int(truncatingIfNeeded: h) & (t.count - 1))) }
        }
    }

    /// Adds `id` first seen on `line`; when it was already there, returns the line it was first seen on.
    @inline(__always)
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, line: Int) -> Int? {
        insert(id, hash: IDSet.hash(id), line: line)
    }

    /// ``insert(_:line:)`` with the id's hash already computed.
    @inline(__always)
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, hash h: UInt64, line: Int) -> Int? {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        let high = h & 0xFFFF_FFFF_0000_0000
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == high {
                let i = Int(entry & 0xFFFF_FFFF) - 1
                if equals(i, id) { return lines[i] }
            }
            slot = (slot + 1) & mask
        }
        if ends.count >= 0xFFFF_FFF0 { return nil }  // beyond 2^32 ids: stop tracking rather than overflow
        table[slot] = high | UInt64(ends.count + 1)
        arena.append(contentsOf: id)
        ends.append(arena.count)
        lines.append(line)
        if ends.count * 2 > table.count { rehash(table.count * 2) }
        return nil
    }

    @inline(__always)
    private func equals(_ i: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1]
        let end = ends[i]
        guard end - start == id.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            guard let ab = a.baseAddress, let ib = id.baseAddress else { return id.isEmpty }
            return memcmpBytes(ab + start, ib, id.count)
        }
    }

    private mutating func rehash(_ size: Int) {
        var t = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for entry in table where entry != 0 {
            let i = Int(entry & 0xFFFF_FFFF) - 1
            let start = i == 0 ? 0 : ends[i - 1]
            let h = arena.withUnsafeBufferPointer { IDSet.hash(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
            var slot = Int(truncatingIfNeeded: h) & mask
            while t[slot] != 0 { slot = (slot + 1) & mask }
            t[slot] = entry
        }
        table = t
    }

    /// A fast 64-bit hash of bytes (8 at a time, multiply-xorshift mixing).
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(b.count)
        guard let base = b.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = b.count
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return h
    }
}

/// True when `n` bytes at `a` and `b` are equal.
@inline(__always)
func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i + 8 <= n {
        if UnsafeRawPointer(a).loadUnaligned(fromByteOffset: i, as: UInt64.self)
            != UnsafeRawPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
