/// A set of sentence numbers of one post, as bits (cheaper than `Set<Int>` on every post).
public struct SentenceSet: Sendable, Sequence {
    /// Sentences 0–63 (most posts have no more), without an allocation.
    private var low: UInt64 = 0
    /// Sentences from 64 on, 64 per word.
    private var high: [UInt64] = []

    /// An empty set.
    public init() {}

    /// Adds sentence `s` (not negative).
    mutating func insert(_ s: Int) {
        if s < 64 { low |= 1 << UInt64(s); return }
        let w = (s >> 6) - 1
        if w >= high.count { high.append(contentsOf: repeatElement(0, count: w - high.count + 1)) }
        high[w] |= 1 << UInt64(s & 63)
    }

    /// True when sentence `s` is in the set.
    @inline(__always) public func contains(_ s: Int) -> Bool {
        if s < 64 { return s >= 0 && low & (1 << UInt64(s)) != 0 }
        let w = (s >> 6) - 1
        return w < high.count && high[w] & (1 << UInt64(s & 63)) != 0
    }

    /// The sentences in increasing order.
    public func makeIterator() -> IndexingIterator<[Int]> {
        var out: [Int] = []
        for (w, bits) in ([low] + high).enumerated() {
            var b = bits
            while b != 0 {
                out.append(w * 64 + b.trailingZeroBitCount)
                b &= b - 1
            }
        }
        return out.makeIterator()
    }
}
