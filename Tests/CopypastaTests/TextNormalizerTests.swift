import Testing
@testable import Copypasta

/// The byte-level normalisation that copies are compared on.
@Suite struct TextNormalizerTests {
    func normalize(_ s: String) -> (String, Int) {
        var n = TextNormalizer()
        var out: [UInt8] = []
        var text = s
        let words = text.withUTF8 { n.normalize($0, into: &out) }
        return (String(decoding: out, as: UTF8.self), words)
    }

    @Test func foldsCaseAccentsAndWidth() {
        #expect(normalize("SÉRANGAN Ｆａｊａｒ").0 == "serangan fajar")
        #expect(normalize("Dadan–Rina!! 💚💚").0 == "dadan rina")
    }

    @Test func dropsURLsAndMentionsKeepsHashtagWords() {
        let (s, words) = normalize("@kawan_nabire Coblos 01 https://bit.ly/x?y=1 #YoDa01 www.yoda.id")
        #expect(s == "coblos 01 yoda01")
        #expect(words == 3)
    }

    @Test func shrinksRepeatedLetters() {
        #expect(normalize("pilihhhh nomor 1!!!").0 == "pilih nomor 1")
    }

    @Test func ignoresZeroWidthAndCombiningMarks() {
        #expect(normalize("seran\u{200B}gan fa\u{0301}jar").0 == "serangan fajar")
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(normalize("").0 == "")
        #expect(normalize("!!! 🙏🙏 ...").1 == 0)
    }

    @Test func invalidUTF8SeparatesWords() {
        var n = TextNormalizer()
        var out: [UInt8] = []
        let bytes: [UInt8] = [0x61, 0x62, 0xFF, 0x63, 0xC3]
        let words = bytes.withUnsafeBufferPointer { n.normalize($0, into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "ab c")
        #expect(words == 2)
    }
}
