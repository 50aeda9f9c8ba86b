import Testing
@testable import JagaText

@Suite struct NormalizerTests {
    func texts(_ s: String) -> [String] { Normalizer.tokens(s).map(\.text) }

    /// The original bytes a token came from.
    func source(_ s: String, _ t: NormalToken) -> String {
        String(decoding: Array(s.utf8)[t.range], as: UTF8.self)
    }

    @Test func foldsCaseAccentsAndWidth() {
        #expect(texts("ＰＩＬＫＡＤＡ Pilkáda") == ["pilkada", "pilkada"])
        #expect(texts("se\u{200B}rangan FAJAR") == ["serangan", "fajar"])
    }

    @Test func decodesDigitsForLettersOnlyIntoKnownWords() {
        #expect(texts("ada 4mpl0p buat p1lk4d4") == ["ada", "amplop", "buat", "pilkada"])
        #expect(texts("s3r4ng4n f4j4r") == ["serangan", "fajar"])
        #expect(texts("k0d3x9") == ["k", "0", "d", "3", "x", "9"])
    }

    @Test func keepsNumbers() {
        #expect(texts("pilih nomor 2") == ["pilih", "nomor", "2"])
        #expect(texts("nomor urut 02") == ["nomor", "urut", "02"])
        #expect(texts("Rp200rb") == ["rp", "200", "ribu"])
        #expect(texts("dapat 1.000.000 rupiah") == ["dapat", "1.000.000", "rupiah"])
        #expect(texts("2024") == ["2024"])
        let k = Normalizer.tokens("pilih 2️⃣")
        #expect(k.map(\.text) == ["pilih", "2"])
        #expect(k.last?.kind == .number)
        #expect(texts("bagi2 duit") == ["bagi", "bagi", "uang"])
    }

    @Test func collapsesStretchedLetters() {
        #expect(texts("pilihhhh") == ["pilih"])
        #expect(texts("mantaaaap") == ["mantap"])
        #expect(texts("tinggiiii") == ["tinggi"])
        #expect(texts("saat tinggi maaf") == ["saat", "tinggi", "maaf"])
        #expect(texts("gakkkk") == ["tidak"])
        #expect(texts("pilihh") == ["pilih"])
    }

    @Test func rejoinsSpacedAndDottedLetters() {
        #expect(texts("s e r a n g a n") == ["serangan"])
        #expect(texts("S.E.R.A.N.G.A.N F.A.J.A.R") == ["serangan", "fajar"])
        #expect(texts("s e r a n g a n  f a j a r") == ["serangan", "fajar"])
        #expect(texts("s e r a n g a n f a j a r") == ["serangan", "fajar"])
        #expect(texts("terima amp.lop") == ["terima", "amplop"])
        #expect(texts("a-m-p-l-o-p") == ["amplop"])
        #expect(texts("bagi-bagi") == ["bagi", "bagi"])
        #expect(texts("1 2 3") == ["1", "2", "3"])
    }

    @Test func splitsHashtags() {
        let t = Normalizer.tokens("#TolakPolitikUang")
        #expect(t.map(\.text) == ["tolak", "politik", "uang"])
        #expect(t.allSatisfy { $0.kind == .hashtagPart })
        #expect(texts("#tolakpolitikuang") == ["tolak", "politik", "uang"])
        #expect(texts("#02Menang") == ["02", "menang"])
        #expect(texts("#KawalPilkada2024") == ["kawal", "pilkada", "2024"])
        #expect(texts("#pilkada") == ["pilkada"])
        #expect(texts("#xyzqwv") == ["xyzqwv"])
    }

    @Test func keepsEmoji() {
        let t = Normalizer.tokens("pilih ✌️ 👍🏽 🇮🇩 ok")
        #expect(t.map(\.text) == ["pilih", "✌", "👍", "🇮🇩", "oke"])
        #expect(t[1].kind == .emoji)
        #expect(texts("👨‍👩‍👧") == ["👨‍👩‍👧"])
    }

    @Test func expandsSlang() {
        #expect(texts("yg gak dtg utk nyoblos") == ["yang", "tidak", "dtg", "untuk", "mencoblos"])
        #expect(texts("gpp") == ["tidak", "apa", "apa"])
        #expect(texts("ora teu gue tra") == ["tidak", "tidak", "saya", "tidak"])
        let plain = Normalizer(expandSlang: false)
        #expect(plain.tokens("yg gak").map(\.text) == ["yg", "gak"])
    }

    @Test func leavesAmbiguousWordsAlone() {
        #expect(texts("jan lupa no 2") == ["jan", "lupa", "no", "2"])
    }

    @Test func rangesPointAtTheOriginal() {
        let s = "Ayo 4mpl0p!! s e r a n g a n #TolakPolitikUang ✌️ pilihhh Ｐｉｌｋａｄａ"
        let t = Normalizer.tokens(s)
        let pairs = t.map { "\($0.text)=\(source(s, $0))" }
        #expect(pairs == [
            "ayo=Ayo", "amplop=4mpl0p", "serangan=s e r a n g a n", "tolak=Tolak", "politik=Politik",
            "uang=Uang", "✌=✌️", "pilih=pilihhh", "pilkada=Ｐｉｌｋａｄａ",
        ])
        let r = "Rp200rb"
        #expect(Normalizer.tokens(r).map { source(r, $0) } == ["Rp", "200", "rb"])
    }

    @Test func readsUTF8Buffers() {
        let bytes: [UInt8] = Array("yg 4mpl0p".utf8) + [0xFF] + Array("ok".utf8)
        let t = bytes.withUnsafeBufferPointer { Normalizer.standard.tokens(utf8: $0) }
        #expect(t.map(\.text) == ["yang", "amplop", "oke"])
        #expect(t[2].range == 10..<12)
    }

    @Test func userVocabularyEnablesDecoding() {
        let n = Normalizer(vocabulary: ["kotakkosong"])
        #expect(n.tokens("k0t4kk0s0ng").map(\.text) == ["kotakkosong"])
    }
}

@Suite struct NormalizerEdgeTests {
    @Test func survivesOddInput() {
        let odd = ["", "#", "##", "#️⃣", "a", "‍", "\u{FE0F}", "🇮", "🇮🇩🇮🇩", "e\u{0301}\u{0301}", "1.000.", ".....",
                   "a.b", "a b", "s e r a n g a n ✌️", "#ＴｏｌａｋＰｏｌｉｔｉｋ", "ßßß", "łłł", "ⓐⓜⓟⓛⓞⓟ", String(repeating: "a", count: 500),
                   "#" + String(repeating: "ab", count: 100), "x\u{0}y", "pilihhhhhhhhhh", "4 m p l 0 p"]
        for s in odd {
            let t = Normalizer.tokens(s)
            let n = s.utf8.count
            #expect(t.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= n && !$0.text.isEmpty }, "\(s)")
        }
        #expect(Normalizer.tokens("4 m p l 0 p").map(\.text) == ["amplop"])
        #expect(Normalizer.tokens("ⓐⓜⓟⓛⓞⓟ").map(\.text) == ["amplop"])
        #expect(Normalizer.tokens("undangan C6").map(\.text) == ["undangan", "c6"])
    }
}
