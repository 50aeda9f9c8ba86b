import Testing
import JagaSDK
@testable import Pilkada

/// The cue lexicon: its size limit, coverage, and the user lexicon file format.
@Suite struct LexiconTests {
    /// Cue sets are 64-bit masks: a 65th cue would silently become 0.
    @Test func cuesFitInAMask() {
        #expect(Cue.allCases.count <= 64)
        #expect(Set(Cue.allCases.map(\.bit)).count == Cue.allCases.count)
    }

    @Test func everyCueHasPhrasesAndAName() {
        let counts = PilkadaLexicon.builtin.counts
        for cue in Cue.allCases {
            #expect((counts[cue] ?? 0) > 0, "cue \(cue.name) has no phrases")
            #expect(Cue.named(cue.name) == cue)
        }
    }

    @Test func userLexiconLinesAreCheckedWithFileAndLine() throws {
        let ok = try PilkadaLexicon.parse("# comment\n\nmoney: duit receh\nexchange:  dapet \n", file: "x.txt")
        #expect(ok[.money] == ["duit receh"])
        #expect(ok[.exchange] == ["dapet"])
        #expect(throws: PluginError.self) { try PilkadaLexicon.parse("mony: duit", file: "x.txt") }
        do {
            _ = try PilkadaLexicon.parse("money: a\nno colon here", file: "x.txt")
            Issue.record("expected an error")
        } catch let e as PluginError {
            #expect(e.message.contains("x.txt:2"))
        }
    }
}
