import Testing
@testable import JagaText

@Suite struct StopwordsTests {
    @Test func indonesianList() {
        #expect(Stopwords.all.count == 758)
        for w in ["yang", "dan", "di", "ke", "dari", "tidak"] { #expect(Stopwords.contains(w), "\(w)") }
        for w in ["pilkada", "amplop", "kpu"] { #expect(!Stopwords.contains(w), "\(w)") }
    }
}
