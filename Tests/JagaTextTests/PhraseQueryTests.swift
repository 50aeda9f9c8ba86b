import Testing
@testable import JagaText

@Suite struct PhraseQueryTests {
    let sf = PhraseQuery("serangan fajar")

    @Test func foldsThePhrase() {
        #expect(sf.tokens == ["serangan", "fajar"])
        #expect(PhraseQuery("Serangan-FAJAR").tokens == ["serangan", "fajar"])
        #expect(PhraseQuery("pemilú").tokens == ["pemilu"])
        #expect(PhraseQuery("pemilú").hasFastPath)
        #expect(!PhraseQuery("東京").hasFastPath)
        #expect(PhraseQuery(" !? ").isEmpty)
    }

    @Test func wholeWordsOnly() {
        let fajar = PhraseQuery("fajar")
        #expect(!fajar.matches("fajarnya datang"))
        #expect(!fajar.matches("sefajar"))
        #expect(fajar.matches("Fajar!"))
        #expect(fajar.matches("(fajar)"))
        #expect(fajar.matches("fajar"))
        #expect(fajar.matches("x,fajar,y"))
        #expect(!fajar.matches("fajar2"))
        #expect(!fajar.matches(""))
    }

    @Test func caseAndSeparators() {
        #expect(sf.matches("SERANGAN FAJAR"))
        #expect(sf.matches("ada Serangan  Fajar lagi"))
        #expect(sf.matches("serangan-fajar"))
        #expect(sf.matches("serangan... fajar"))
        #expect(sf.matches("serangan\nfajar"))
        #expect(sf.matches("serangan_fajar"))
        #expect(!sf.matches("seranganfajar"))
        #expect(!sf.matches("serangan x fajar"))
        #expect(!sf.matches("fajar serangan"))
    }

    @Test func accentsWidthAndNonASCII() {
        #expect(sf.matches("serangán fajar"))
        #expect(sf.matches("ＳＥＲＡＮＧＡＮ ｆａｊａｒ"))
        #expect(sf.matches("𝐬𝐞𝐫𝐚𝐧𝐠𝐚𝐧 𝐟𝐚𝐣𝐚𝐫"))
        #expect(sf.matches("awas serangan 😀 fajar"))
        #expect(sf.matches("“serangan fajar”"))
        #expect(sf.matches("se\u{200B}rangan fajar"))
        #expect(!sf.matches("serangan fajarñ"))
        #expect(!sf.matches("serangan fajarж"))
        #expect(PhraseQuery("pemilú").matches("PEMILU 2024"))
        #expect(PhraseQuery("東京").matches("di 東京 hari ini"))
        #expect(!PhraseQuery("東京").matches("东京"))
    }

    @Test func firstMatchOffsetsAreInTheOriginalText() {
        let text = "Awas SERANGAN,  fajar! lagi"
        let r = sf.firstMatch(in: text)
        #expect(r == 5..<21)
        let accented = "é Serangán ｆａｊａｒ."
        let utf8 = Array(accented.utf8)
        let m = sf.firstMatch(in: accented)
        #expect(m != nil)
        if let m {
            #expect(String(decoding: utf8[m], as: UTF8.self) == "Serangán ｆａｊａｒ")
        }
        #expect(sf.firstMatch(in: "seranganfajar") == nil)
    }

    @Test func caseSensitivePhrases() {
        let q = PhraseQuery("Serangan Fajar", caseSensitive: true)
        #expect(q.matches("awas Serangan  Fajar!"))
        #expect(!q.matches("awas serangan fajar"))
        #expect(!q.matches("awas Serangan Fajarnya"))
        #expect(q.matches("😀 Serangan Fajar"))
        #expect(!q.matches("😀 serangan fajar"))
        #expect(PhraseQuery("Café", caseSensitive: true).matches("di Café 😀"))
        #expect(!PhraseQuery("Café", caseSensitive: true).matches("di Cafe 😀"))
    }
}
