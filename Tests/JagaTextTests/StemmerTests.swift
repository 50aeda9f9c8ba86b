import Foundation
import Testing
@testable import JagaText

@Suite struct StemmerTests {
    @Test func stripsAffixesWithSoundChanges() {
        let cases: [(String, String)] = [
            ("memilih", "pilih"), ("dipilih", "pilih"), ("pilihan", "pilih"), ("terpilih", "pilih"),
            ("pencoblosan", "coblos"), ("mencoblos", "coblos"), ("dicoblos", "coblos"),
            ("menyebarkan", "sebar"), ("disebarkan", "sebar"), ("penyebaran", "sebar"),
            ("membagikan", "bagi"), ("dibagikan", "bagi"), ("pembagian", "bagi"),
            ("menolak", "tolak"), ("penolakan", "tolak"), ("mengawasi", "awas"), ("pengawas", "awas"),
            ("mengirim", "kirim"), ("mengambil", "ambil"), ("memakai", "pakai"), ("memulai", "mulai"),
            ("kecurangan", "curang"), ("kemenangan", "menang"), ("pendukung", "dukung"),
            ("bersama", "sama"), ("pelapor", "lapor"), ("laporkan", "lapor"), ("memperjuangkan", "juang"),
            ("diperbaiki", "baik"), ("bukunya", "buku"), ("pilihlah", "pilih"), ("menurut", "turut"),
        ]
        for (word, root) in cases { #expect(Stemmer.stem(word) == root, "\(word)") }
    }

    @Test func protectsElectionWordsAndLookAlikes() {
        for w in ["pemilu", "pilkada", "pemilihan", "pemilih", "pemungutan", "kampanye", "paslon",
                  "berita", "sebelum", "mereka", "menang", "terima", "sekolah", "kepala", "media"] {
            #expect(Stemmer.stem(w) == w, "\(w)")
        }
    }

    @Test func leavesShortAndForeignWordsAlone() {
        for w in ["bagi", "ikan", "makan", "jalan", "bukan", "dia", "2024", "café", "tps"] {
            #expect(Stemmer.stem(w) == w, "\(w)")
        }
    }

    @Test func userProtectionAndRoots() {
        let s = Stemmer(protected: ["pemenang"], roots: ["kelola"])
        #expect(s.stem("pemenang") == "pemenang")
        #expect(s.stem("mengelola") == "kelola")
        #expect(Stemmer.stem("pemenang") == "menang")
    }

    @Test func countsSyllables() {
        #expect(Stemmer.syllables(Array("pakai".utf8)) == 2)
        #expect(Stemmer.syllables(Array("memilih".utf8)) == 3)
    }

    /// Prints `word<TAB>stem` for each line of `JAGA_STEMMER_WORDS` to `JAGA_STEMMER_OUT`
    /// (scripts/compare-stemmer.py runs this).
    @Test func dumpStems() throws {
        let env = ProcessInfo.processInfo.environment
        guard let input = env["JAGA_STEMMER_WORDS"], let output = env["JAGA_STEMMER_OUT"] else { return }
        let words = try String(contentsOfFile: input, encoding: .utf8).split(whereSeparator: \.isNewline)
        let lines = words.map { "\($0)\t\(Stemmer.stem(String($0)))" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
    }
}
