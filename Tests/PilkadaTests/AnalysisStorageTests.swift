import Testing
@testable import Pilkada
import JagaSDK

/// An analysis built in the arrays a freed one left behind (``AnalysisStorage``) is the same
/// as one built in new arrays: nothing of the earlier post shows through.
@Suite struct AnalysisStorageTests {
    static func item(_ text: String, transcript: String? = nil) -> ContentItem {
        ContentItem(id: "t", text: text, createdAt: Timestamp(seconds: 1_732_000_000, offsetSeconds: 25200), transcript: transcript)
    }

    /// What an analysis found, as text (tokens, hits, masks, ballots, sentences).
    static func summary(_ a: PostAnalysis) -> String {
        let tokens = a.tokens.indices.map { "\(a.text($0))@\(a.tokens[$0].start)-\(a.tokens[$0].end)s\(a.tokens[$0].sentence)c\(a.tokens[$0].cues)" }
        let hits = a.hits.map { "\($0.first)-\($0.last):\($0.cues)" }
        return "\(tokens)|\(hits)|\(a.mask)|\(a.sentenceMasks)|\(a.ballots)|\(Array(a.questions))|\(Array(a.exclamations))|\(a.stance)"
    }

    @Test func reusedArraysHoldOnlyTheNewPost() {
        let long = Self.item(String(repeating: "Ayo coblos nomor 2, dapat amplop 100rb! Bagi sembako di masjid? Pilih Budi. ", count: 20),
                             transcript: "warga sekalian jangan lupa pilih nomor dua")
        let short = Self.item("Apakah benar? Tolak politik uang, jangan golput ✌️")
        // Built while the long post's analysis is alive: new arrays.
        var first: PostAnalysis? = PostAnalysis(long, lexicon: .builtin)
        let fresh = Self.summary(PostAnalysis(short, lexicon: .builtin))
        #expect(first?.tokens.count ?? 0 > 200)
        // The long post's arrays are kept when it goes, and the next analysis fills them.
        first = nil
        let reused = Self.summary(PostAnalysis(short, lexicon: .builtin))
        #expect(reused == fresh)
        // And the other way round: a long post in a short post's arrays.
        let longAgain = Self.summary(PostAnalysis(long, lexicon: .builtin))
        var other: PostAnalysis? = PostAnalysis(long, lexicon: .builtin)
        #expect(other.map(Self.summary) == longAgain)
        other = nil
        #expect(Self.summary(PostAnalysis(long, lexicon: .builtin)) == longAgain)
    }
}
