import Testing
@testable import JagaText

@Suite struct StanceCuesTests {
    func label(_ s: String) -> Stance.Label { StanceCues.analyse(s).label }

    @Test func debunksRefute() {
        #expect(label("[HOAKS] Video KPU curang di Sirekap. Faktanya, video itu editan lama.") == .refutes)
        #expect(label("Cek fakta: klaim surat suara sudah dicoblos tidak benar") == .refutes)
        #expect(label("Klarifikasi KPU: kabar kotak suara dibawa kabur adalah disinformasi") == .refutes)
        #expect(label("Info itu hoax gaes, jangan percaya") == .refutes)
        #expect(label("Beredar kabar paslon 02 bagi amplop. Itu gak bener!") == .refutes)
    }

    @Test func spreadersSpread() {
        #expect(label("KPU curang!! surat suara sudah dicoblos, sebarkan!!") == .spreads)
        #expect(label("Ini bukan hoaks, paslon 01 bagi2 duit. Viralkan") == .spreads)
        let s = StanceCues.analyse("ini bukan hoaks")
        #expect(s.cues.map(\.phrase) == ["bukan hoaks"])
        #expect(s.cues.first?.label == .spreads)
    }

    @Test func warningsWarn() {
        #expect(label("Waspada penipuan mengatasnamakan KPU, minta transfer pulsa") == .warns)
        #expect(label("Hati-hati, jangan mudah percaya pesan berantai soal TPS") == .warns)
    }

    @Test func questionsAsk() {
        #expect(label("Apakah benar surat suara sudah dicoblos?") == .asks)
        #expect(label("ini hoaks bukan sih?") == .asks)
        #expect(label("KPU curang, bener gak?") == .asks)
        #expect(label("benarkah paslon 02 mundur") == .asks)
        #expect(label("Apa pun hasilnya, ayo ke TPS") == .spreads || label("Apa pun hasilnya, ayo ke TPS") == .asks)
        #expect(label("ayo pilih, apa pun hasilnya") == .spreads)
    }

    @Test func cueSpansPointAtTheOriginal() {
        let text = "Itu gak bener, faktanya beda?"
        let s = StanceCues.analyse(text)
        let bytes = Array(text.utf8)
        let spans = s.cues.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(spans == ["gak bener", "faktanya", "?"])
        #expect(s.label == .refutes)
        let tokensOnly = StanceCues.analyse(tokens: Normalizer.tokens("apakah ini benar"))
        #expect(tokensOnly.label == .asks)
    }
}
