/// Token and character n-gram shingles, hashed with `StableHash` so they are the same in every run.
///
/// Use them with `MinHash` and `LSHIndex` to find near-duplicate posts, or compare two sets
/// exactly with `jaccard`. Tokens are usually `Normalizer` tokens' texts, so `4mpl0p` and
/// `amplop` give the same shingles.
public enum Shingles {
    /// Hashes of each run of `n` consecutive tokens (a text shorter than `n` gives one
    /// shingle of all its tokens; no tokens give none). Duplicates are removed; order is
    /// first occurrence.
    public static func words(_ tokens: [String], n: Int = 3, seed: UInt64 = 0) -> [UInt64] {
        guard !tokens.isEmpty else { return [] }
        let size = max(1, min(n, tokens.count))
        var seen = Set<UInt64>()
        var out: [UInt64] = []
        out.reserveCapacity(tokens.count)
        for start in 0...(tokens.count - size) {
            var h = StableHash.offsetBasis ^ seed
            for k in start..<(start + size) {
                for b in tokens[k].utf8 { h = (h ^ UInt64(b)) &* StableHash.prime }
                h = (h ^ 0x1F) &* StableHash.prime
            }
            if seen.insert(h).inserted { out.append(h) }
        }
        return out
    }

    /// Hashes of each run of `n` consecutive Unicode scalars of `text` (whitespace runs count
    /// as one space; a text shorter than `n` gives one shingle). Duplicates are removed.
    public static func characters(_ text: String, n: Int = 5, seed: UInt64 = 0) -> [UInt64] {
        // Scalar start offsets of the squeezed text.
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var lastSpace = true
        for u in text.unicodeScalars {
            let space = u == " " || u == "\n" || u == "\t" || u == "\r"
            if space {
                if lastSpace { continue }
                lastSpace = true
                starts.append(bytes.count)
                bytes.append(0x20)
                continue
            }
            lastSpace = false
            starts.append(bytes.count)
            UTF8.encode(u) { bytes.append($0) }
        }
        if lastSpace, let last = starts.last, bytes.count - last == 1, bytes.last == 0x20 {
            starts.removeLast()
            bytes.removeLast()
        }
        guard !starts.isEmpty else { return [] }
        let size = max(1, min(n, starts.count))
        var seen = Set<UInt64>()
        var out: [UInt64] = []
        out.reserveCapacity(starts.count)
        for k in 0...(starts.count - size) {
            let end = k + size < starts.count ? starts[k + size] : bytes.count
            let h = StableHash.fnv1a(bytes[starts[k]..<end], seed: seed)
            if seen.insert(h).inserted { out.append(h) }
        }
        return out
    }

    /// The exact Jaccard similarity of two shingle sets (1 when both are empty).
    public static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let sa = Set(a), sb = Set(b)
        let union = sa.union(sb).count
        guard union > 0 else { return 1 }
        return Double(sa.intersection(sb).count) / Double(union)
    }
}
