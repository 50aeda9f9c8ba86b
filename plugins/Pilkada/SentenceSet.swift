/// A set of sentence numbers of one post, as bits (cheaper than `Set<Int>` on every post).
public struct SentenceSet: Sendable, Sequence {
    private var words: [UInt64] = []

    /// An empty set.
    public init() {}

    /// Adds sentence `s` (not negative).
    mutating func insert(_ s: Int) {
        let w = s >> 6
        if w >= words.count { words.append(contentsOf: repeatElement(0, count: w - words.count + 1)) }
        words[w] |= 1 << UInt64(s & 63)
    }

    /// True when sentence `s` is in the set.
    @inline(__always) public func contains(_ s: Int) -> Bool {
        let w = s >> 6
        return s >= 0 && w < words.count && words[w] & (1 << UInt64(s & 63)) != 0
    }

    /// The sentences in increasing order.
    public func makeIterator() -> IndexingIterator<[Int]> {
        var out: [Int] = []
        for (w, bits) in words.enumerated() {
            var b = bits
            while b != 0 {
                out.append(w * 64 + b.trailingZeroBitCount)
                b &= b - 1
            }
        }
        return out.makeIterator()
    }
}
