/// A cache of scalar folds in one byte pool, for hot loops.
///
/// Not shared between threads: each thread keeps one (the normaliser's scan) or a loop makes
/// its own, and falls back to the locked `FoldTable` only for scalars it has not seen yet.
/// It starts again when it holds ``limit`` scalars (hostile text can bring many).
struct FoldCache {
    /// Bytes of every cached form; `ScalarFold` ranges index it.
    private(set) var pool: [UInt8] = []
    private var folds: [UInt32: ScalarFold] = [:]

    /// Copies `count` pool bytes from `start` to `destination`.
    @inline(__always) func copy(start: Int32, count: Int32, to destination: UnsafeMutablePointer<UInt8>) {
        guard count > 0 else { return }
        pool.withUnsafeBufferPointer { p in
            if let base = p.baseAddress { destination.update(from: base + Int(start), count: Int(count)) }
        }
    }

    /// `count` pool bytes from `start` as an array.
    func slice(start: Int32, count: Int32) -> [UInt8] {
        Array(pool[Int(start)..<Int(start + count)])
    }

    /// Scalars it holds at most.
    static let limit = 65_536

    /// The fold of scalar value `v` (a valid scalar or U+FFFD).
    @inline(__always) mutating func fold(_ v: UInt32) -> ScalarFold {
        if let f = folds[v] { return f }
        return insert(v)
    }

    private mutating func insert(_ v: UInt32) -> ScalarFold {
        if folds.count >= Self.limit {
            folds.removeAll()
            pool.removeAll()
        }
        let u = Unicode.Scalar(v) ?? "\u{FFFD}"
        let b = FoldTable.shared.bytes(for: u)
        func add(_ bytes: [UInt8]) -> (Int32, Int32) {
            let start = Int32(truncatingIfNeeded: pool.count)
            pool.append(contentsOf: bytes)
            return (start, Int32(truncatingIfNeeded: bytes.count))
        }
        let f = add(b.folded), w = add(b.words), e = add(b.exact)
        let fold = ScalarFold(foldedStart: f.0, foldedCount: f.1, wordsStart: w.0, wordsCount: w.1,
                              exactStart: e.0, exactCount: e.1)
        folds[v] = fold
        return fold
    }
}
