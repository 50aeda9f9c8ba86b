import Foundation
import Testing
@testable import JagaText

@Suite struct SimilarityTests {
    func words(_ s: String) -> [String] { Normalizer.tokens(s).map(\.text) }

    @Test func stableHashIsFixed() {
        // FNV-1a 64 reference values.
        #expect(StableHash.fnv1a("") == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_F739_67E8)
        #expect(StableHash.fnv1a("a", seed: 1) != StableHash.fnv1a("a"))
    }

    @Test func wordShinglesUndoEvasions() {
        let a = Shingles.words(words("Terima 4mpl0p dari paslon yg menang"))
        let b = Shingles.words(words("terima amplop dari paslon yang menang"))
        #expect(a == b)
        #expect(a.count == 4)
        #expect(Shingles.words(["a", "b"], n: 3).count == 1)
        #expect(Shingles.words([], n: 3).isEmpty)
        #expect(Shingles.words(["x", "y", "x", "y"], n: 1).count == 2)
    }

    @Test func characterShingles() {
        #expect(Shingles.characters("abcdef", n: 3).count == 4)
        #expect(Shingles.characters("ab  cd", n: 3) == Shingles.characters("ab cd", n: 3))
        #expect(Shingles.characters("ab", n: 5).count == 1)
        #expect(Shingles.characters("   ", n: 5).isEmpty)
        #expect(Shingles.characters("pilkada ✌️ damai", n: 4).count > 0)
    }

    @Test func minHashIsDeterministicAndEstimatesJaccard() {
        let a = Shingles.words((0..<200).map { "w\($0)" }, n: 1)
        let b = Shingles.words((100..<300).map { "w\($0)" }, n: 1)
        let exact = Shingles.jaccard(a, b)
        #expect(abs(exact - 1.0 / 3.0) < 1e-9)
        let m = MinHash(count: 256, seed: 7)
        let sa = m.signature(a), sb = m.signature(b)
        #expect(sa == MinHash(count: 256, seed: 7).signature(a))
        #expect(abs(MinHash.similarity(sa, sb) - exact) < 0.1)
        #expect(MinHash.similarity(sa, sa) == 1)
        // Fixed across processes and machines: a known value for a known input.
        #expect(MinHash(count: 4, seed: 1).signature([1, 2, 3]) == MinHash(count: 4, seed: 1).signature([3, 2, 1]))
        #expect(MinHash(count: 2, seed: 0).signature([42]) == [StableHash.mix(42 ^ StableHash.mix(0x9E37_79B9_7F4A_7C15)), StableHash.mix(42 ^ StableHash.mix(0x9E37_79B9_7F4A_7C15 &* 2))])
        #expect(m.signature([UInt64]()).allSatisfy { $0 == .max })
    }

    /// Pinned values: a change here breaks stored signatures, so it must be deliberate.
    @Test func valuesArePinnedAcrossRuns() {
        let sh = Shingles.words(["serangan", "fajar", "amplop"], n: 2)
        #expect(sh == [0xA083_F8AE_ABCC_F5FE, 0xDFD1_B8E7_19B0_C634])
        #expect(MinHash(count: 4, seed: 1).signature(sh) == [0x7FD3_FDA3_8E2E_0F34, 0x77B1_ADFF_CA57_0E3C, 0x4825_7518_05CC_F61E, 0xC2EE_A445_3359_ABA7])
        #expect(Shingles.characters("pilkada", n: 5) == [0x2525_C566_2027_E726, 0x128B_937D_A6A5_2674, 0xE82F_F298_050D_4E1C])
    }

    @Test func lshFindsNearDuplicates() {
        let m = MinHash(count: 128)
        let base = "KPU curang di TPS 5 kotak suara dibuka sebelum waktunya tolong sebarkan agar semua tahu"
        let posts = [
            base,
            base + " sekarang",
            "Hari ini cuaca cerah di Bandung dan jalanan ramai menjelang akhir pekan panjang",
            base.replacingOccurrences(of: "tolong", with: "tlg"),
        ]
        var index = LSHIndex<Int>(bands: 16, rows: 8)
        for (i, p) in posts.enumerated() {
            index.insert(i, signature: m.signature(Shingles.words(words(p), n: 2)))
        }
        let pairs = index.candidatePairs().map { "\($0.0)-\($0.1)" }
        #expect(pairs.contains("0-1"))
        #expect(pairs.contains("0-3"))
        #expect(!pairs.contains { $0.contains("2") })
        #expect(index.candidates(for: m.signature(Shingles.words(words(base), n: 2))) == [0, 1, 3])
        #expect(index.count == 4)
    }
}
