import Testing
@testable import JagaText

/// The scan's piece memory (the thread's, kept from one text to the next) grows past its first
/// guess, and each thread's fold cache starts again when full, without changing a token.
@Suite struct NormalizerRunTests {
    /// More pieces than a quarter of the bytes (the first guess): two-letter words with one space.
    @Test func manyPiecesAreAllKept() {
        let text = String(repeating: "ab ", count: 600) + "kaka xy"
        let tokens = Normalizer().tokens(text)
        #expect(tokens.count == 602)
        #expect(tokens.prefix(600).allSatisfy { $0.text == "ab" })
        #expect(tokens[599].range == 1797..<1799)
        #expect(tokens.last?.text == "xy")
    }

    /// A text longer than the thread keeps room for, then a short one: both read in full (the
    /// long text's memory is given up, the short one's is the thread's again).
    @Test func longTextThenShortOnOneThread() {
        let n = Normalizer()
        let long = String(repeating: "ab ", count: 20_000)
        #expect(n.tokens(long).count == 20_000)
        #expect(n.tokens("Ayo coblos no 2!!").map(\.text) == n.tokens("Ayo coblos no 2!!").map(\.text))
        #expect(n.tokens("pilih nomor dua").map(\.text) == ["pilih", "nomor", "dua"])
    }

    /// A cache that has started again folds every scalar as the shared table does.
    @Test func foldCacheStartsAgainWhenFull() {
        var cache = FoldCache()
        let first: UInt32 = 0x4E00
        func check(_ v: UInt32) {
            let f = cache.fold(v)
            let expected = FoldTable.shared.bytes(for: Unicode.Scalar(v)!).words
            #expect(cache.slice(start: f.wordsStart, count: f.wordsCount) == expected, "U+\(String(v, radix: 16))")
        }
        check(0xE9)   // é
        for v in first..<(first + UInt32(FoldCache.limit) + 10) where Unicode.Scalar(v) != nil { _ = cache.fold(v) }
        check(0xE9)
        check(first + 5)
        check(0x41)
    }
}
