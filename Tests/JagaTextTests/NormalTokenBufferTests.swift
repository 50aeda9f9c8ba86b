import Testing
@testable import JagaText

/// The token buffer holds the same tokens as ``Normalizer/tokens(utf8:)``, one text after
/// another, each with the FNV-1a hash of its normal form.
@Suite struct NormalTokenBufferTests {
    static let texts = ["Ayo coblos no 2!! yg lain gak usah #TolakPolitikUang", "4mpl0p 100rb s e r a n g a n  f a j a r ✌️ 1.000.000",
                        "pilihhhh #MenangkanDaengRustam bagi2 amp.lop Pilkáda ＰＩＬＫＡＤＡ", ""]

    @Test func sameTokensAsTheStringAPI() {
        let n = Normalizer()
        var buffer = NormalTokenBuffer()
        var expected: [NormalToken] = []
        for t in Self.texts {
            var copy = t
            copy.withUTF8 { n.tokens(utf8: $0, into: &buffer) }
            expected += n.tokens(t)
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.normalTokens == expected)
        for i in 0..<buffer.count {
            #expect(buffer.tokens[i].hash == NormalTokenBuffer.hash(buffer.text(i).utf8), "\(buffer.text(i))")
            #expect(Array(buffer.textBytes(i)) == Array(buffer.text(i).utf8))
        }
        // Slang expands, folded words stay as they are, evasions are undone.
        #expect(expected.map(\.text).contains("yang") && expected.map(\.text).contains("tidak"))
        #expect(expected.map(\.text).contains("amplop") && expected.map(\.text).contains("pilkada"))
    }

    @Test func removeAllStartsAgain() {
        var buffer = NormalTokenBuffer()
        var text = "coblos nomor dua"
        text.withUTF8 { Normalizer.standard.tokens(utf8: $0, into: &buffer) }
        #expect(buffer.count == 3)
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.bytes.isEmpty)
        text.withUTF8 { Normalizer.standard.tokens(utf8: $0, into: &buffer) }
        #expect(buffer.normalTokens == Normalizer.standard.tokens(text))
    }
}
