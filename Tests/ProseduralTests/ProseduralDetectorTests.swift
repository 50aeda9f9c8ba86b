import Foundation
import Testing
import JagaPlugins
import JagaSDK
@testable import Prosedural

/// Examples of what the procedural detector reports and what it leaves alone.
@Suite struct ProseduralDetectorTests {
    static func item(_ text: String, offset: String = "+07:00", region: String? = nil, transcript: String? = nil) -> ContentItem {
        let ts = Timestamp(rfc3339: "2024-11-25T10:00:00" + offset) ?? Timestamp(seconds: 0)
        return ContentItem(id: "t", text: text, createdAt: ts, region: region, transcript: transcript)
    }

    static func findings(_ text: String, offset: String = "+07:00", region: String? = nil,
                         transcript: String? = nil, parameters: PluginParameters = PluginParameters()) throws -> [Finding] {
        let d = ProseduralDetector()
        try d.configure(parameters)
        let i = item(text, offset: offset, region: region, transcript: transcript)
        return try d.detect(i, context: ItemContext(item: i))
    }

    @Test func manifestIsValid() {
        let d = ProseduralDetector()
        #expect(d.manifest.validationProblem() == nil)
        #expect(d.manifest.rules.map(\.id) == ["misinfo.prosedural"])
        #expect(FactBase.all.map(\.id) == (1...14).map { String(format: "F%02d", $0) })
    }

    @Test(arguments: [
        ("TPS buka sampai jam 5 sore", "F02"),
        ("nyoblos bisa lewat aplikasi", "F05"),
        ("golput bisa dipenjara", "F09"),
        ("suara kotak kosong gak sah", "F08"),
        ("coblos 2 kali batal", "F06"),
        ("pencoblosan diundur ke 28 November", "F01"),
        ("yg gak masuk DPT gak bisa nyoblos", "F03"),
        ("coblos semua paslon biar jadi suara protes", "F07"),
        ("27 November bukan hari libur", "F10"),
        ("sekarang gak ada lagi undangan buat nyoblos", "F11"),
        ("petugas KPPS boleh mengarahkan pilihan", "F12"),
        ("foto KTP aja cukup buat nyoblos", "F13"),
        ("kalau golput menang pilkada diulang", "F14"),
        ("TPS tutup pukul tiga sore", "F02"),
        ("g0lput bs d1penjara", "F09"),
    ])
    func findsFalseStatements(text: String, fact: String) throws {
        let f = try Self.findings(text)
        #expect(f.map { $0.details["fact_id"] } == [.string(fact)], "\(text)")
    }

    @Test(arguments: [
        "TPS tutup jam 13.00", "TPS tutup jam 1 siang", "TPS buka jam 07.00 sampe 13.00 waktu setempat",
        "bener gak sih TPS tutup jam 1?", "apakah golput dipenjara?", "hoaks: golput tidak dipenjara",
        "tidak benar kalau pencoblosan diundur", "golput tidak dipenjara", "kotak kosong juga sah",
        "nyoblos gak bisa online, harus ke TPS", "Koruptor divonis 5 tahun penjara", "Bengkel buka sampai jam 9 malam",
        "Gak masuk DPT bukan berarti gak bisa nyoblos",
    ])
    func leavesCorrectStatementsQuestionsAndDebunksAlone(text: String) throws {
        #expect(try Self.findings(text).isEmpty, "\(text)")
    }

    @Test func findingExplainsItself() throws {
        let text = "Info: TPS buka sampai jam 5 sore ya"
        let f = try #require(try Self.findings(text).first)
        #expect(f.rule == "misinfo.prosedural")
        #expect(f.severity == .high)
        #expect(f.reason.hasPrefix("Says polls close at 17:00; fact F02: voting runs 07:00–13:00 local time (PKPU 17/2024)"))
        #expect(f.legalBasis == "official KPU facts; PKPU 17/2024")
        #expect(f.details["source"] == .string("PKPU 17/2024"))
        let span = try #require(f.evidence.first)
        #expect(span.field == "text")
        #expect(span.excerpt(of: text) == "TPS buka sampai jam 5 sore")
    }

    @Test func judgesTimesInThePostsZone() throws {
        // 12:00 WIB is 13:00 in WITA: right for a post in Kalimantan Timur, wrong in Jakarta.
        #expect(try Self.findings("TPS tutup jam 12.00 WIB", offset: "+08:00", region: "Kalimantan Timur").isEmpty)
        #expect(try Self.findings("TPS tutup jam 12.00 WIB", region: "DKI Jakarta").count == 1)
        // A zoned time right in its own zone is right, unless it is said to hold everywhere at once.
        #expect(try Self.findings("TPS tutup jam 13.00 WIB", offset: "+08:00", region: "Makassar").isEmpty)
        #expect(try Self.findings("TPS tutup serentak jam 13.00 WIB", offset: "+08:00", region: "Makassar").count == 1)
        #expect(try Self.findings("TPS tutup jam 2 siang WITA", region: "DKI Jakarta").isEmpty)
        #expect(try Self.findings("TPS tutup jam 3 sore WIB", offset: "+08:00", region: "Bali").count == 1)
    }

    @Test func readsTheTranscript() throws {
        let f = try Self.findings("cek video 👇", transcript: "katanya pencoblosan diundur ke tanggal 28 november")
        #expect(f.first?.evidence.first?.field == "transcript")
    }

    @Test func factsParameterNarrowsAndRejectsUnknownIds() throws {
        let only = PluginParameters(["facts": .list([.string("F09")])])
        #expect(try Self.findings("TPS buka sampai jam 5 sore", parameters: only).isEmpty)
        #expect(try Self.findings("golput bisa dipenjara", parameters: only).count == 1)
        #expect(throws: PluginError.self) {
            try ProseduralDetector().configure(PluginParameters(["facts": .list([.string("F99")])]))
        }
    }

    @Test func thresholdDropsWeakMatches() throws {
        // Hedged: 0.7 < 0.8.
        let strict = PluginParameters(["threshold": .double(0.8)])
        #expect(try Self.findings("kayaknya golput bisa dipenjara", parameters: strict).isEmpty)
        #expect(try Self.findings("kayaknya golput bisa dipenjara").count == 1)
    }

    /// The quick rejection says "no topic" only for texts the tokeniser finds no topic word in:
    /// generated texts of lexicon words, stretched, in leetspeak, with suffixes, digits, emoji,
    /// joiners, combining marks and accented letters.
    @Test func quickRejectionNeverDropsATopic() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        let words = Lexicon.table.map(\.0) + ["halo", "warga", "2024", "jam", "x", "e", "a", "bapak", "Pilkada2024"]
        let gaps = [" ", " ", " ", ".", ", ", "-", "#", "\n", "?", "/", ":", "\u{2013}", "🙏", "✌\u{FE0F}", "🗳\u{FE0F}", "🇮🇩",
                    "\u{200B}", "\u{00A0}", "…", "’", "_", "'", "=", "@", "\u{1F468}\u{200D}\u{1F469}"]
        let inside = ["\u{200D}", "\u{0301}", "\u{FE0F}", "\u{00AD}", "é", "1", "0", "\u{200B}", "’"]
        let leet: [Character: Character] = ["o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7", "b": "8", "g": "9"]
        var missed: [String] = []
        var topical = 0, rejected = 0
        for _ in 0..<30_000 {
            var text = ""
            for k in 0..<(1 + next(5)) {
                if k > 0 || next(3) == 0 { text += gaps[next(gaps.count)] }
                var w = Array(words[next(words.count)])
                switch next(8) {
                case 0: if !w.isEmpty { let i = next(w.count); w.insert(contentsOf: repeatElement(w[i], count: 1 + next(4)), at: i) }
                case 1: w = w.map { next(2) == 0 ? (leet[$0] ?? $0) : $0 }
                case 2: w += Array(["nya", "mu", "ku", "2", "2024", "an"][next(6)])
                case 3: w = Array(String(w).uppercased())
                case 4: if w.count > 1 { w.insert(contentsOf: Array(inside[next(inside.count)]), at: 1 + next(w.count - 1)) }
                case 5: w = Array(String(w).prefix(1).uppercased() + String(w.dropFirst()))
                case 6: w = Array(["12", "3", "h"][next(3)]) + w
                default: break
                }
                text += String(w)
            }
            let quick = TopicTriggers.shared.mayHaveAny(text)
            if !quick { rejected += 1 }
            if ProseduralText(text).hasAny(ProseduralDetector.topics) {
                topical += 1
                if !quick { missed.append(text) }
            }
        }
        #expect(topical > 5_000 && rejected > 1_000, "\(topical) with a topic, \(rejected) rejected")
        #expect(missed.isEmpty, "\(missed.prefix(10))")
    }

    static func repoPath(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(relative).path
    }

    /// The labelled set: precision ≥ 0.95 and recall ≥ 0.90.
    @Test func evaluationSet() throws {
        let cases = try LabelledCaseReader.read(path: Self.repoPath("Tests/EvalSets/misinfo-prosedural.jsonl"))
        let d = ProseduralDetector()
        try d.configure(PluginParameters())
        let (report, errors) = Evaluation.run(detector: d, cases: cases)
        #expect(errors.isEmpty)
        let counts = try #require(report.result(for: "misinfo.prosedural")).counts
        print("misinfo-prosedural: \(cases.count) cases, TP \(counts.truePositives) FP \(counts.falsePositives) FN \(counts.falseNegatives) TN \(counts.trueNegatives) precision \(counts.precision ?? 0) recall \(counts.recall ?? 0)")
        for c in report.falsePositives { print("  FP \(c.caseID): \(c.snippet) [\(c.evidence)]") }
        for c in report.falseNegatives { print("  FN \(c.caseID): \(c.snippet)") }
        #expect((counts.precision ?? 0) >= 0.95)
        #expect((counts.recall ?? 0) >= 0.90)
    }

    /// Any other cases file (`JAGA_CASES=path`), scored and listed without thresholds.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["JAGA_CASES"] != nil))
    func extraCases() throws {
        let cases = try LabelledCaseReader.read(path: ProcessInfo.processInfo.environment["JAGA_CASES"] ?? "")
        let d = ProseduralDetector()
        try d.configure(PluginParameters())
        let report = Evaluation.run(detector: d, cases: cases).report
        let counts = report.total
        print("extra cases: TP \(counts.truePositives) FP \(counts.falsePositives) FN \(counts.falseNegatives) TN \(counts.trueNegatives)")
        for c in report.falsePositives { print("  FP \(c.caseID): \(c.snippet) [\(c.evidence)]") }
        for c in report.falseNegatives { print("  FN \(c.caseID): \(c.snippet)") }
    }

    /// Single-thread throughput on generated posts (`JAGA_BENCH=1`; reads `JAGA_BENCH_FILE`, default /tmp/p.jsonl).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["JAGA_BENCH"] == "1"))
    func throughput() throws {
        let path = ProcessInfo.processInfo.environment["JAGA_BENCH_FILE"] ?? "/tmp/p.jsonl"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var items: [ContentItem] = []
        for line in data.split(separator: 0x0A) {
            guard let o = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = o["id"] as? String, let text = o["text"] as? String,
                  let ts = Timestamp(rfc3339: o["created_at"] as? String ?? "") else { continue }
            items.append(ContentItem(id: id, text: text, createdAt: ts, region: o["region"] as? String,
                                     transcript: o["transcript"] as? String))
        }
        let contexts = items.map { ItemContext(item: $0) }
        let d = ProseduralDetector()
        try d.configure(PluginParameters())
        var found = 0
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for (i, item) in items.enumerated() { found += try d.detect(item, context: contexts[i]).count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("prosedural bench: \(items.count) posts in \(seconds) s = \(Int(Double(items.count) / seconds)) posts/s single thread; \(found) findings")
        // Two threads, each on half of the posts (the target machine has 2 cores).
        let shared = items
        let sharedContexts = contexts
        let twoThreads = clock.measure {
            DispatchQueue.concurrentPerform(iterations: 2) { half in
                let range = half == 0 ? 0..<(shared.count / 2) : (shared.count / 2)..<shared.count
                for i in range { _ = try? d.detect(shared[i], context: sharedContexts[i]) }
            }
        }
        let s2 = Double(twoThreads.components.seconds) + Double(twoThreads.components.attoseconds) / 1e18
        print("prosedural bench: 2 threads \(Int(Double(items.count) / s2)) posts/s")
        // What fired, by fact and evidence, for a look at the kinds of posts flagged.
        var byEvidence: [String: Int] = [:]
        for (i, item) in items.enumerated() {
            for f in try d.detect(item, context: contexts[i]) {
                let ev = f.evidence.first.flatMap { $0.excerpt(of: $0.field == "text" ? item.text : item.transcript ?? "") } ?? ""
                byEvidence["\(f.details["fact_id"].map { "\($0)" } ?? "?") \(ev.lowercased())", default: 0] += 1
            }
        }
        for (k, v) in byEvidence.sorted(by: { $0.value > $1.value }).prefix(40) { print("  \(v)\t\(k)") }
    }
}
