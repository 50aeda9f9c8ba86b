import JagaSDK

/// Computes the exact Jaccard similarity of two posts' 5-gram sets, reusing its buffers.
///
/// Both texts are normalised again (``TextNormalizer``); the first text's shingle hashes go
/// into an open-addressing table (at most half full, cleared by bumping a generation number),
/// then the second text's distinct hashes are looked up. One instance per thread.
struct ExactSimilarity {
    private var normalizer = TextNormalizer()
    /// The first text, normalised (the normaliser's buffer then holds the second).
    private var first: [UInt8] = []
    private var keys: [UInt64] = []
    /// Per slot: generation number × 4 + state (1 = first text only, 2 = both, 3 = second text only).
    private var marks: [UInt32] = []
    private var generation: UInt32 = 0

    init() {}

    /// The Jaccard similarity of the shingle sets of store rows `a` and `b`.
    mutating func jaccard(_ posts: PostStore, _ a: Int, _ b: Int) -> Double {
        posts.text.bytes.withUnsafeBufferPointer { arena in
            let ta = UnsafeBufferPointer(rebasing: arena[posts.text.range(a)])
            let tb = UnsafeBufferPointer(rebasing: arena[posts.text.range(b)])
            return jaccard(ta, tb)
        }
    }

    /// The Jaccard similarity of the shingle sets of two raw texts.
    mutating func jaccard(_ ta: UnsafeBufferPointer<UInt8>, _ tb: UnsafeBufferPointer<UInt8>) -> Double {
        _ = normalizer.normalize(ta)
        first.removeAll(keepingCapacity: true)
        first.append(contentsOf: normalizer.normalized)
        _ = normalizer.normalize(tb)
        // At most one shingle per normalised byte: keep the table at most half full.
        let needed = 2 * (first.count + normalizer.normalized.count) + 16
        var capacity = max(64, marks.count)
        while capacity < needed { capacity *= 2 }
        if capacity != marks.count {
            keys = [UInt64](repeating: 0, count: capacity)
            marks = [UInt32](repeating: 0, count: capacity)
            generation = 0
        }
        generation &+= 1
        if generation >= UInt32.max / 4 {
            for i in marks.indices { marks[i] = 0 }
            generation = 1
        }
        let g = generation << 2
        let mask = capacity - 1
        var countA = 0, countB = 0, common = 0
        keys.withUnsafeMutableBufferPointer { k in
            marks.withUnsafeMutableBufferPointer { m in
                first.withUnsafeBufferPointer { text in
                    MinHashSigner.forEachShingle(text) { h in
                        var i = Int(truncatingIfNeeded: h) & mask
                        while m[i] & ~3 == g {
                            if k[i] == h { return }
                            i = (i + 1) & mask
                        }
                        k[i] = h
                        m[i] = g | 1
                        countA += 1
                    }
                }
            }
        }
        let textB = normalizer.normalized
        keys.withUnsafeMutableBufferPointer { k in
            marks.withUnsafeMutableBufferPointer { m in
                do {
                    MinHashSigner.forEachShingle(textB) { h in
                        var i = Int(truncatingIfNeeded: h) & mask
                        while m[i] & ~3 == g {
                            if k[i] == h {
                                if m[i] & 3 == 1 {
                                    m[i] = g | 2
                                    common += 1
                                    countB += 1
                                }
                                return
                            }
                            i = (i + 1) & mask
                        }
                        k[i] = h
                        m[i] = g | 3
                        countB += 1
                    }
                }
            }
        }
        let union = countA + countB - common
        return union == 0 ? 1 : Double(common) / Double(union)
    }
}
