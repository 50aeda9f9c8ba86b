import Testing
@testable import JagaText

@Suite struct PhraseScannerTests {
    let sf = PhraseQuery("serangan fajar")

    @Test func hitsAtTheArenaEdges() {
        let arena = TestArena(["serangan fajar", "tidak ada", "", "awas SERANGAN FAJAR"])
        #expect(arena.has(sf) == [0, 3])
        #expect(arena.has(sf, rows: 1..<4) == [3])
        #expect(arena.has(sf, rows: 0..<1) == [0])
        #expect(arena.has(sf, rows: 1..<3) == [])
    }

    @Test func hitsNeverSpanRows() {
        let arena = TestArena(["ada serangan", "fajar datang", "serangan", " fajar"])
        #expect(arena.has(sf) == [])
        #expect(arena.has(PhraseQuery("fajar")) == [1, 3])
        // A row ending in a word must not spoil the boundary of the next row's start.
        let glued = TestArena(["xx", "fajar", "fajarnya", "nya fajar"])
        #expect(glued.has(PhraseQuery("fajar")) == [1, 3])
        #expect(glued.has(PhraseQuery("xx")) == [0])
    }

    @Test func emptyRowsAndEmptyArena() {
        #expect(TestArena([]).has(sf) == [])
        #expect(TestArena(["", "", ""]).has(sf) == [])
        #expect(TestArena(["", "serangan fajar", ""]).has(sf) == [1])
        #expect(TestArena(["serangan fajar"]).has(PhraseQuery("")) == [])
    }

    @Test func oneHitPerRow() {
        let arena = TestArena(["serangan fajar serangan fajar serangan fajar", "x", "Serangan Fajar"])
        #expect(arena.has(sf) == [0, 2])
    }

    @Test func nonASCIIRowsTakeTheUnicodePath() {
        let rows = ["serangán fajar", "serangan fajar 😀", "serangan fajarñ", "plain serangan fajar", "ＳＥＲＡＮＧＡＮ fajar", "東京"]
        let arena = TestArena(rows)
        #expect(arena.nonASCII == [0, 1, 2, 4, 5])
        #expect(arena.has(sf) == [0, 1, 3, 4])
        #expect(arena.has(PhraseQuery("pemilú")) == [])
        #expect(arena.has(PhraseQuery("東京")) == [5])
        #expect(arena.has(sf, candidates: [4, 2, 0, 99, -1]) == [4, 0])
    }

    @Test func longRowsExerciseTheVectorLoop() {
        let filler = String(repeating: "sesuatu yang panjang sekali ", count: 40)
        let rows = [filler + "serangan fajar", "SERANGAN FAJAR " + filler, filler, filler + "serangan", "fajar " + filler]
        let arena = TestArena(rows)
        #expect(arena.has(sf) == [0, 1])
        #expect(arena.has(sf, forceSlow: true) == [0, 1])
    }

    @Test func manyHitsAcrossBlocksAndOutputChunks() {
        // More hits than the C side's output chunk (4096) and than a block of rows (1024).
        var rows: [String] = []
        for i in 0..<12_000 { rows.append(i % 3 == 0 ? "x" : (i % 7 == 0 ? "Fajár" : "Fajar!")) }
        let arena = TestArena(rows)
        let expected = rows.indices.filter { $0 % 3 != 0 }.map { Int32($0) }
        #expect(arena.has(PhraseQuery("fajar")) == expected)
        #expect(arena.has(PhraseQuery("fajar"), rows: 1000..<9000) == expected.filter { (1000..<9000).contains($0) })
        #expect(arena.contains(SubstringQuery("jar")) == expected)
        #expect(arena.contains(SubstringQuery("ajar", caseSensitive: true)) == expected.filter { $0 % 7 != 0 })
    }

    @Test func caseSensitiveAndNonASCIIPhrasesOverAnArena() {
        let arena = TestArena(["Café Fajar", "café fajar", "CAFÉ", "cafe\u{301}", "Ｃafé"])
        #expect(arena.has(PhraseQuery("Café", caseSensitive: true)) == [0])
        #expect(arena.has(PhraseQuery("café")) == [0, 1, 2, 3, 4])
        #expect(arena.has(PhraseQuery("Fajar", caseSensitive: true)) == [0])
        #expect(TestArena(["cafe fajar", "Cafe"]).has(PhraseQuery("café")) == [0, 1])
    }

    @Test func toleratesBrokenOffsets() throws {
        var arena = TestArena(["serangan fajar", "x"])
        arena.ends = [14, 999, 5, -3]
        // Offsets out of order give unspecified rows, but never a crash or an out-of-bounds read.
        _ = arena.has(sf)
        _ = arena.has(sf, forceSlow: true)
        _ = arena.matches(try RegexPattern("x"))
        let q = SubstringQuery("x")
        _ = arena.contains(q)
        _ = arena.has(PhraseQuery("x"), rows: -5..<100)
    }

    @Test func invalidUTF8Rows() {
        let arena = TestArena(rawRows: [
            Array("serangan fajar".utf8) + [0xFF],
            [0xC3] + Array("serangan fajar".utf8),
            Array("serangan".utf8) + [0xE2, 0x82] + Array("fajar".utf8),
            [0xF0, 0x9F, 0x98],
        ])
        #expect(arena.has(sf) == [0, 1, 2])
    }
}
