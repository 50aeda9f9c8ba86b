/// Deterministic 64-bit hashes for shingles and signatures: the same bytes give the same
/// value in every process and on every machine (unlike Swift's randomly seeded `Hasher`).
///
/// `fnv1a` is FNV-1a 64 with the seed mixed into the offset basis; `mix` is the SplitMix64
/// finaliser, a bijection on `UInt64` used to derive MinHash permutations.
public enum StableHash {
    /// The FNV-1a 64-bit offset basis.
    public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The FNV-1a 64-bit prime.
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a 64 of `bytes`, started from the offset basis xor `seed`.
    @inlinable
    public static func fnv1a(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var h = offsetBasis ^ seed
        for b in bytes {
            h ^= UInt64(b)
            h = h &* prime
        }
        return h
    }

    /// FNV-1a 64 of the UTF-8 of `s`.
    @inlinable
    public static func fnv1a(_ s: String, seed: UInt64 = 0) -> UInt64 {
        fnv1a(s.utf8, seed: seed)
    }

    /// The SplitMix64 finaliser of `x`: a well-mixed bijection of 64-bit values.
    @inlinable
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
