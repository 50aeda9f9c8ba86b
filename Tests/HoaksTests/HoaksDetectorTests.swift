import Foundation
import Testing
import JagaSDK
@testable import Hoaks

/// Unit tests of the misinfo.hoaks detector: matching, stance, findings, parameters and the claims API.
@Suite struct HoaksDetectorTests {
    static let when = Timestamp(rfc3339: "2024-11-26T10:00:00+07:00") ?? Timestamp(seconds: 0)

    func item(_ text: String, id: String = "p1", transcript: String? = nil) -> ContentItem {
        ContentItem(id: id, text: text, createdAt: Self.when, transcript: transcript)
    }

    func findings(_ text: String, _ detector: HoaksDetector = HoaksDetector(), transcript: String? = nil) throws -> [Finding] {
        let post = item(text, transcript: transcript)
        return try detector.detect(post, context: ItemContext(item: post))
    }

    func claimIDs(_ text: String) throws -> [String] {
        try findings(text).compactMap { if case .string(let s)? = $0.details["claim_id"] { s } else { nil } }
    }

    @Test func builtInCorpusIsWellFormed() {
        let corpus = ClaimCorpus.builtIn
        #expect(corpus.count >= 60)
        #expect(Set(corpus.claims.map(\.id)).count == corpus.count)
        for c in corpus.claims {
            #expect(c.problem == nil, "\(c.id): \(c.problem ?? "")")
            #expect(c.variants.count >= 3, "\(c.id) has few variants")
            #expect(!c.keys.isEmpty, "\(c.id) has no key groups")
            #expect(!c.source.isEmpty && !c.date.isEmpty)
        }
        #expect(HoaksDetector().manifest.validationProblem() == nil)
    }

    @Test func everyClaimMatchesItsOwnVariants() throws {
        let detector = HoaksDetector()
        for c in ClaimCorpus.builtIn.claims {
            for v in c.variants {
                let post = item(v)
                let ids = try detector.detect(post, context: ItemContext(item: post)).compactMap { f -> String? in
                    if case .string(let s)? = f.details["claim_id"] { return s }
                    return nil
                }
                #expect(ids.contains(c.id), "\(c.id) misses its own variant '\(v)' (found \(ids))")
            }
        }
    }

    @Test func slangTyposLeetAndWordOrder() throws {
        #expect(try claimIDs("k0t4k k0s0ng tdk s4h, mending pilih paslon aja").contains("H011"))
        #expect(try claimIDs("kotak kosong ora sah lho, ojo dicoblos").contains("H011"))
        #expect(try claimIDs("#KotakKosongTidakSah jangan buang suaramu").contains("H011"))
        #expect(try claimIDs("tidak sah lho kalo nyoblos kotak kosong").contains("H011"))
        #expect(try claimIDs("pncoblosan diundurr ke tgl 28 nopember").contains("H035"))
        #expect(try claimIDs("golput bakal dipenjaraaa & kena dendaa").contains("H036"))
    }

    @Test func debunksWarningsAndQuestionsAreNotFindings() throws {
        #expect(try claimIDs("HOAKS! suara kotak kosong tetap sah dan dihitung").isEmpty)
        #expect(try claimIDs("cek fakta: kotak kosong tidak sah? salah, suaranya sah").isEmpty)
        #expect(try claimIDs("jangan percaya kabar pencoblosan diundur ke 28 november").isEmpty)
        #expect(try claimIDs("bener gak sih kotak kosong gak sah?").isEmpty)
        #expect(try claimIDs("pencoblosan diundur ke 28? kok gak ada info resmi").isEmpty)
        #expect(try claimIDs("waspada file APK undangan pilkada dari KPPS di WA").isEmpty)
        #expect(try claimIDs("kotak kosong juga sah kok kalau paslonnya tunggal").isEmpty)
        #expect(try claimIDs("KPU tidak memajukan jadwal pengumuman hasil").isEmpty)
        #expect(try claimIDs("kotak sepatu kosong numpuk di gudang, mau dibuang").isEmpty)
    }

    @Test func findingNamesTheClaimAndItsCorrection() throws {
        let text = "Info grup RT: suara kotak kosong gak sah, jadi percuma"
        let f = try #require(try findings(text).first)
        #expect(f.rule == "misinfo.hoaks")
        #expect(f.plugin == "misinfo.hoaks")
        #expect(f.severity == .medium)
        #expect(f.legalBasis == "fact-check corpus")
        #expect(f.score >= HoaksDetector.defaultThreshold && f.score <= 1)
        #expect(f.reason.contains("H011") && f.reason.contains("valid"))
        #expect(f.details["claim_id"] == .string("H011"))
        #expect(f.details["verdict"] == .string("hoaks"))
        if case .string(let fix)? = f.details["correction"] { #expect(fix.contains("valid")) } else { Issue.record("no correction") }
        let span = try #require(f.evidence.first)
        #expect(span.field == "text")
        let excerpt = try #require(span.excerpt(of: text))
        #expect(excerpt.hasPrefix("suara kotak kosong") && excerpt.contains("sah"))
    }

    @Test func scamsAreHighAndTranscriptsAreSearched() throws {
        let scam = try #require(try findings("KPPS kirim file APK data pemilih lewat WA, install ya").first)
        #expect(scam.severity == .high)
        let spoken = "pengumuman pencoblosan diundur ke tanggal dua puluh delapan november"
        let f = try #require(try findings("", transcript: spoken).first)
        #expect(f.details["claim_id"] == .string("H035"))
        #expect(f.evidence.first?.field == "transcript")
    }

    @Test func thresholdAndMinTokens() throws {
        let detector = HoaksDetector()
        try detector.configure(PluginParameters(["threshold": .double(1.0)]))
        #expect(try findings("suara kotak kosong gak sah ya guys, percuma", detector).isEmpty)
        try detector.configure(PluginParameters(["min_tokens": .int(20)]))
        #expect(try findings("kotak kosong tidak sah", detector).isEmpty)
        try detector.configure(PluginParameters([:]))
        #expect(!(try findings("kotak kosong tidak sah", detector)).isEmpty)
    }

    @Test func claimsFileIsMergedAndErrorsNameTheLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hoaks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("claims.jsonl").path
        let claim = Claim(id: "U001", verdict: "hoaks", variants: ["jembatan merah runtuh karena kampanye akbar"],
                          keys: ["jembatan", "runtuh|ambruk"], fact: "The bridge is standing.", source: "test", date: "2024-11-20")
        try ClaimCorpus.append(claim: claim, toFile: path)
        #expect(throws: ClaimFileError.self) { try ClaimCorpus.append(claim: claim, toFile: path) }
        let detector = HoaksDetector()
        try detector.configure(PluginParameters(["claims_file": .string(path)]))
        #expect(detector.corpus.count == ClaimCorpus.builtIn.count + 1)
        #expect(detector.corpus.claim(id: "U001")?.fact == "The bridge is standing.")
        #expect(detector.corpus.nextID() == "U002")
        let hits = try findings("gaes jembatan merah ambruk gara2 kampanye akbar tadi", detector)
        #expect(hits.first?.details["claim_id"] == .string("U001"))

        try "\n{\"id\":\"U9\",\"verdict\":\"hoaks\",\"fact\":\"x\"}\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            try detector.configure(PluginParameters(["claims_file": .string(path)]))
            Issue.record("expected an error")
        } catch let e as PluginError {
            #expect(e.message.contains(":2:") && e.message.contains("variants"), "\(e.message)")
        }
        #expect(throws: ClaimFileError.self) { try ClaimCorpus.parse("{not json", file: "x.jsonl") }
    }
}
