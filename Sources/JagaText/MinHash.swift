/// MinHash signatures: fixed-size sketches of shingle sets whose agreement estimates Jaccard similarity.
///
/// Permutation `i` maps a shingle `x` to `StableHash.mix(x ^ seed_i)`, where the seeds come
/// from `seed` by SplitMix64, so signatures are identical across runs and machines for the
/// same `count` and `seed`. The estimate's standard error is about `sqrt(J(1-J)/count)`
/// (±0.044 at J = 0.5 with 128 hashes).
public struct MinHash: Sendable {
    /// The number of hash functions (signature length).
    public let count: Int
    /// The seed the permutations were derived from.
    public let seed: UInt64
    private let seeds: [UInt64]

    /// Makes `count` permutations derived from `seed`.
    public init(count: Int = 128, seed: UInt64 = 0x4A41_4741) {
        self.count = max(1, count)
        self.seed = seed
        var s = seed
        var seeds: [UInt64] = []
        seeds.reserveCapacity(self.count)
        for _ in 0..<self.count {
            s = s &+ 0x9E37_79B9_7F4A_7C15
            seeds.append(StableHash.mix(s))
        }
        self.seeds = seeds
    }

    /// The signature of a shingle set: per permutation, the smallest permuted value
    /// (`UInt64.max` everywhere for an empty set).
    public func signature(_ shingles: some Sequence<UInt64>) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: count)
        sig.withUnsafeMutableBufferPointer { out in
            seeds.withUnsafeBufferPointer { sd in
                for x in shingles {
                    for i in 0..<out.count {
                        let v = StableHash.mix(x ^ sd[i])
                        if v < out[i] { out[i] = v }
                    }
                }
            }
        }
        return sig
    }

    /// The fraction of positions where two signatures agree: an estimate of their sets' Jaccard similarity.
    public static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let n = min(a.count, b.count)
        guard n > 0 else { return 0 }
        var same = 0
        for i in 0..<n where a[i] == b[i] { same += 1 }
        return Double(same) / Double(n)
    }
}
