import Foundation
import Testing
import JagaSDK
import JagaPlugins
@testable import Hoaks

/// The cheap rejection path (`ClaimMatcher.mayMatch`) must never drop a post the full matcher
/// would match: checked on the eval set, every claim wording, and obfuscated spellings.
@Suite struct PrefilterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Texts that reach the matcher in odd shapes: leetspeak, spaced and stretched letters,
    /// hashtags, glued words, spoken numbers, non-ASCII letters and invisible characters.
    static let obfuscated = [
        "k o t a k   k o s o n g menang, coblos kotak kosong tidak sah",
        "kotaaak kosoooong gak sah, suara hangus",
        "k0t4k k0s0ng t1d4k s4h suaranya",
        "#KotakKosongTidakSah coblos aja percuma",
        "#ExitPoll paslon 01 #MenangTelak hasilnya",
        "Exit.poll: paslon 2 menang", "exit-poll paslon 2 unggul hasil",
        "pilkada ditunda jadi tanggal dua puluh delapan", "pencoblosan diundur ke tgl 28",
        "sirekap di-hack, hasil sudah di.atur", "s i r e k a p resmi menang",
        "Exit poll paslon 01 menang telak 68%", "exıt poll paslon 01 menang", "ex\u{200D}it poll paslon menang",
        "ＥＸＩＴ ＰＯＬＬ paslon menang", "kotak kosng menang, coblos kotak kosong tdk sah",
        "unduh aplikasi apk cek dpt tps dari kpu", "link klaim honor kpps pilkada",
        "tinta pemilu mengandung babi haram!!!", "gubernur jakarta ditunjuk presiden",
    ]

    @Test func prefilterKeepsEveryMatch() throws {
        let claims = ClaimCorpus.builtIn.claims
        let matcher = ClaimMatcher(claims: claims)
        var texts = Self.obfuscated
        texts += claims.flatMap { [$0.text] + $0.variants }
        let cases = try LabelledCaseReader.read(path: Self.root.appendingPathComponent("Tests/EvalSets/misinfo-hoaks.jsonl").path)
        texts += cases.map(\.item.text)
        var rejected = 0
        for text in texts {
            for threshold in [HoaksDetector.defaultThreshold, 0.3] {
                // With `trace` the matcher skips the prefilter: the reference result.
                let full = matcher.evaluate(text, threshold: threshold, minTokens: 1) { _ in }
                let fast = matcher.evaluate(text, threshold: threshold, minTokens: 1)
                #expect(full.0 == fast.0, "\(text)")
                #expect(full.1 == fast.1, "\(text)")
                if !full.0.isEmpty { #expect(matcher.mayMatch(text), "\(text)") }
            }
            if !matcher.mayMatch(text) { rejected += 1 }
        }
        // It does reject posts about nothing in the corpus.
        #expect(!matcher.mayMatch("Selamat pagi semuanya, cuaca cerah hari ini 🌞 #SemangatPagi"))
        #expect(!matcher.mayMatch("debat semalem jawabannya paling jelas soal banjir & macet 🗳️ #viral"))
        #expect(rejected > 0)
    }

    /// Each thread remembers how words read (and their typo lists) for the filter it last ran:
    /// two matchers with different corpora on one thread must each answer as on a fresh thread.
    @Test func threadCacheFollowsTheMatcher() async throws {
        let claims = ClaimCorpus.builtIn.claims
        let all = ClaimMatcher(claims: claims)
        let one = ClaimMatcher(claims: [claims[0]])
        let texts = Self.obfuscated + claims.flatMap { [$0.text] + $0.variants }
        // On a fresh thread (empty cache), `one` alone.
        let expected: [Bool] = await withCheckedContinuation { done in
            Thread.detachNewThread { done.resume(returning: texts.map { one.mayMatch($0) }) }
        }
        for _ in 0..<2 {
            for (k, text) in texts.enumerated() {
                let full = all.evaluate(text, threshold: 0.3, minTokens: 1) { _ in }
                if !full.0.isEmpty { #expect(all.mayMatch(text), "\(text)") }
                #expect(one.mayMatch(text) == expected[k], "\(text)")
            }
        }
        #expect(expected.contains(false) && expected.contains(true))
    }
}
