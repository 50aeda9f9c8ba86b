/// Shared row logic for scans over a text arena: row slices, and merging the
/// vectorised ASCII path with the per-row Unicode path.
enum ArenaScan {
    /// The bytes of row `r`, with offsets clamped to the arena (never traps on bad `ends`).
    @inline(__always)
    static func row(_ r: Int, arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>) -> UnsafeBufferPointer<UInt8> {
        let n = arena.count
        let end = min(max(ends[r], 0), n)
        let start = r == 0 ? 0 : min(max(ends[r - 1], 0), end)
        return UnsafeBufferPointer(rebasing: arena[start..<end])
    }

    /// `rows` limited to valid row indices (and to what an `Int32` result can name).
    static func clamp(_ rows: Range<Int>, ends: UnsafeBufferPointer<Int>) -> Range<Int> {
        let upper = min(ends.count, Int(Int32.max))
        let lo = min(max(rows.lowerBound, 0), upper)
        let hi = min(max(rows.upperBound, lo), upper)
        return lo..<hi
    }

    /// True when every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
        }
        while i < n {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Rows of `rows` that match: rows not flagged `nonASCII` come from the
    /// vectorised `fast` scan (none when `fast` is nil), flagged rows from `slow`.
    ///
    /// Works in blocks of rows so that the flagged rows of a block are still in
    /// cache from the vectorised pass when `slow` reads them again.
    static func run(arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, rows: Range<Int>,
                    nonASCII: (Int) -> Bool, fast: ByteScanner?,
                    slow: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Int32] {
        let rows = clamp(rows, ends: ends)
        guard !rows.isEmpty else { return [] }
        var result: [Int32] = []
        var fastHits: [Int32] = []
        var scratch = [Int32](repeating: 0, count: blockRows)
        var blockStart = rows.lowerBound
        while blockStart < rows.upperBound {
            let block = blockStart..<min(blockStart + blockRows, rows.upperBound)
            fastHits.removeAll(keepingCapacity: true)
            fast?.scanRows(arena: arena, ends: ends, rows: block, into: &fastHits, buffer: &scratch)
            var k = 0
            for r in block {
                if nonASCII(r) {
                    if slow(row(r, arena: arena, ends: ends)) { result.append(Int32(truncatingIfNeeded: r)) }
                } else {
                    while k < fastHits.count && Int(fastHits[k]) < r { k += 1 }
                    if k < fastHits.count && Int(fastHits[k]) == r { result.append(fastHits[k]) }
                }
            }
            blockStart = block.upperBound
        }
        return result
    }

    /// Rows per block in `run`: about 256 KiB of typical posts, comfortably within L2.
    static let blockRows = 1024

    /// The rows among `candidates` (any order; invalid indices are skipped) for which `test` holds, in the given order.
    static func filter(_ candidates: [Int32], arena: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>,
                       test: (Int, UnsafeBufferPointer<UInt8>) -> Bool) -> [Int32] {
        var result: [Int32] = []
        for c in candidates {
            let r = Int(c)
            guard r >= 0 && r < ends.count else { continue }
            if test(r, row(r, arena: arena, ends: ends)) { result.append(c) }
        }
        return result
    }
}
