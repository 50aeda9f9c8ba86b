import Testing
@testable import Copypasta

/// Signatures: deterministic, and their agreement tracks the Jaccard similarity.
@Suite struct MinHashSignerTests {
    func signature(_ s: String) -> [UInt16] {
        var out = [UInt16](repeating: 0, count: MinHashSigner.slots)
        var mins = [UInt64](repeating: .max, count: MinHashSigner.slots)
        var text = s
        text.withUTF8 { t in out.withUnsafeMutableBufferPointer { MinHashSigner.sign(t, into: $0.baseAddress!, mins: &mins) } }
        return out
    }

    func estimate(_ a: String, _ b: String) -> Double {
        let x = signature(a), y = signature(b)
        return Double(zip(x, y).filter { $0 == $1 }.count) / Double(MinHashSigner.slots)
    }

    @Test func identicalTextsAgreeEverywhere() {
        let t = "warga bandung sudah menentukan pilihan dadan rina terbukti peduli"
        #expect(signature(t) == signature(t))
        #expect(estimate(t, t) == 1)
    }

    @Test func knownValuesAreStable() {
        // Fixed seeds: the same text always gets the same signature, in every process.
        let s = signature("coblos nomor satu")
        #expect(s == signature("coblos nomor satu"))
        #expect(s.contains { $0 != 0 })
    }

    @Test func estimateTracksExactJaccard() {
        let a = "warga bandung sudah menentukan pilihan dadan rina terbukti peduli program jelas tanpa janji palsu"
        let b = "warga bandung udah menentukan pilihan dadan rina terbukti peduli program jelas tanpa janji palsu setuju"
        let c = "harga cabai naik lagi semoga siapa pun yang menang ingat sama pasar tradisional"
        var x = a, y = b, z = c
        let sa = x.withUTF8 { MinHashSigner.shingleSet($0) }
        let sb = y.withUTF8 { MinHashSigner.shingleSet($0) }
        let sc = z.withUTF8 { MinHashSigner.shingleSet($0) }
        let jab = MinHashSigner.jaccard(sa, sb)
        #expect(abs(estimate(a, b) - jab) < 0.2)
        #expect(MinHashSigner.jaccard(sa, sc) < 0.1)
        #expect(estimate(a, c) < 0.2)
    }

    @Test func shortTextsStillGetASignature() {
        #expect(signature("ab") == signature("ab"))
        #expect(signature("ab") != signature("cd"))
    }
}

/// The exact similarity used near the threshold agrees with the sorted-set computation.
@Suite struct ExactSimilarityTests {
    func exact(_ a: String, _ b: String) -> Double {
        var e = ExactSimilarity()
        var x = a, y = b
        return x.withUTF8 { ta in y.withUTF8 { tb in e.jaccard(ta, tb) } }
    }

    func reference(_ a: String, _ b: String) -> Double {
        var n = TextNormalizer()
        var na: [UInt8] = [], nb: [UInt8] = []
        var x = a, y = b
        _ = x.withUTF8 { n.normalize($0, into: &na) }
        _ = y.withUTF8 { n.normalize($0, into: &nb) }
        return MinHashSigner.jaccard(na.withUnsafeBufferPointer { MinHashSigner.shingleSet($0) },
                                     nb.withUnsafeBufferPointer { MinHashSigner.shingleSet($0) })
    }

    @Test func agreesWithSortedSets() {
        let pairs = [
            ("PROTES SAMA SEMUA PASLON? Coblos semua gambarnya aja, suara kalian tetap dihitung!", "protes sama semua paslon? coblos semua gambarnya aja, suara kalian tetep dihitung sbg suara protes!"),
            ("Mantap", "Mantap"),
            ("", "abc"),
            ("ﷺ ﷺ ﷺ long expansion ﷺ", "ﷺ"),
            (String(repeating: "kata lain ", count: 300), String(repeating: "kata ", count: 10)),
        ]
        for (a, b) in pairs {
            #expect(abs(exact(a, b) - reference(a, b)) < 1e-12, "\(a) | \(b)")
        }
        #expect(exact("sama persis ya", "Sama persis, ya!") == 1)
    }
}
