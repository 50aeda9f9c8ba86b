import Testing
@testable import JagaText

@Suite struct SubstringQueryTests {
    @Test func containsIgnoresWordBoundaries() {
        let q = SubstringQuery("fajar")
        #expect(q.matches("FAJARNYA"))
        #expect(q.matches("sefajar"))
        #expect(q.matches("fajár"))
        #expect(q.matches("ｆａｊａｒ"))
        #expect(!q.matches("faj ar"))
        #expect(PhraseQuery("fajar").matches("fajar") && !PhraseQuery("fajar").matches("fajarnya"))
    }

    @Test func separatorsInTheNeedleAreLiteral() {
        let q = SubstringQuery("gan fa")
        #expect(q.matches("serangan fajar"))
        #expect(!q.matches("serangan  fajar"))
        #expect(!q.matches("serangan-fajar"))
    }

    @Test func caseSensitive() {
        let q = SubstringQuery("Fajar", caseSensitive: true)
        #expect(q.matches("xFajar"))
        #expect(!q.matches("fajar"))
        #expect(SubstringQuery("é", caseSensitive: true).matches("café"))
        #expect(!SubstringQuery("é", caseSensitive: true).matches("cafe\u{0301}"))
    }

    @Test func emptyNeedleMatchesEverything() {
        #expect(SubstringQuery("").matches(""))
        #expect(SubstringQuery("\u{200B}").isEmpty)
        #expect(TestArena(["a", "", "b"]).contains(SubstringQuery("")) == [0, 1, 2])
        #expect(SubstringQuery("").firstMatch(in: "abc") == 0..<0)
    }

    @Test func firstMatchOffsets() {
        #expect(SubstringQuery("JAR").firstMatch(in: "fajar") == 2..<5)
        let text = "xx ＦＡＪＡＲ"
        if let m = SubstringQuery("aja").firstMatch(in: text) {
            #expect(String(decoding: Array(text.utf8)[m], as: UTF8.self) == "ＡＪＡ")
        } else {
            Issue.record("no match")
        }
        // A match inside a ligature covers the whole ligature.
        #expect(SubstringQuery("i").firstMatch(in: "ﬁ") == 0..<3)
    }

    @Test func arenaScan() {
        let arena = TestArena(["Fajar", "sefajarnya", "faj", "ar", "fájar 😀", "nothing", "FAJA"])
        #expect(arena.contains(SubstringQuery("fajar")) == [0, 1, 4])
        #expect(arena.contains(SubstringQuery("fajar", caseSensitive: true)) == [1])
        #expect(arena.contains(SubstringQuery("fájar", caseSensitive: true)) == [4])
        #expect(arena.contains(SubstringQuery("😀")) == [4])
        #expect(arena.contains(SubstringQuery("jarfa")) == [])
    }
}
