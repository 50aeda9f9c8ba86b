import Foundation
import Testing
@testable import RulePack
import JagaSDK

/// Matching: phrases, folding, evasions, context, exclusions, windows, regions and evidence.
@Suite struct RulePackMatchingTests {
    /// A plugin from a pack with the given rules (YAML list items), configured with defaults.
    func plugin(_ rules: String, lexicons: String = "") throws -> RulePackPlugin {
        let yaml = "pack: acme.test\nversion: 1.0.0\nsummary: Test.\n" + lexicons + "rules:\n" + rules
        let p = RulePackPlugin(pack: try RulePackLoader.parse(yaml: yaml, file: "test.yaml"))
        try p.configure(PluginParameters(["min_matches": .int(1), "severity_override": .string("none")]))
        return p
    }

    let sf = """
      - id: pilkada.politik-uang
        severity: high
        legal_basis: UU 10/2016 Pasal 73, 187A
        reason: "Offers money ('{match}')."
        any: [serangan fajar, amplop*, <n>rb]
        context: [pilih, coblos*, no <n>, "02"]
        exclude: [tolak*, laporkan, hoaks]

    """

    func post(_ text: String, at time: String = "2024-11-25T10:00:00+07:00", region: String? = nil,
              transcript: String? = nil, id: String = "p1") -> ContentItem {
        ContentItem(id: id, text: text, createdAt: Timestamp(rfc3339: time) ?? Timestamp(seconds: 0),
                    region: region, transcript: transcript)
    }

    func detect(_ p: RulePackPlugin, _ item: ContentItem) throws -> [Finding] {
        try p.detect(item, context: ItemContext(item: item))
    }

    /// The evidence excerpts of the first finding.
    func excerpts(_ f: Finding?, _ item: ContentItem) -> [String] {
        (f?.evidence ?? []).compactMap { $0.excerpt(of: $0.field == "text" ? item.text : item.transcript ?? "") }
    }

    @Test func phrasesAcrossPunctuationCaseAndAccents() throws {
        let p = try plugin(sf)
        for text in ["SERANGAN-FAJAR!! pilih 02", "serangan... fajar, coblos", "sérangan ＦＡＪＡＲ no 2",
                     "Serangan\n  Fajar buat yg pilih", "serangan\u{200B}fajar coblos"] {
            #expect(try detect(p, post(text)).count == 1, "\(text)")
        }
        for text in ["seranganfajar pilih", "fajar serangan pilih", "serangan x fajar pilih", "serangan fajarnya pilih"] {
            #expect(try detect(p, post(text)).isEmpty, "\(text)")
        }
    }

    @Test func evasionSpellings() throws {
        let p = try plugin(sf)
        let cases: [(String, String)] = [
            ("s3r4ng4n f4j4r udh siap, pilih 01", "s3r4ng4n f4j4r"),
            ("a m p l o p aman, besok coblos 02", "a m p l o p"),
            ("S.E.R.A.N.G.A.N F.A.J.A.R ready, pilih", "S.E.R.A.N.G.A.N F.A.J.A.R"),
            ("amp.lop siap #02menang pilih", "amp.lop"),
            ("yg mau 4mpl0p merapat, syarat nyoblos no 2", "4mpl0p"),
            ("ini amplopnya ya, besok pilih", "amplopnya"),
        ]
        for (text, evidence) in cases {
            let item = post(text)
            let f = try detect(p, item).first
            #expect(f != nil, "\(text)")
            #expect(excerpts(f, item).first == evidence, "\(text)")
        }
        // Spaced letters only join with one repeated gap; two letters are not a run.
        #expect(try detect(p, post("a m p  l o p pilih")).isEmpty)
    }

    @Test func digitsAndPrefixWildcards() throws {
        let p = try plugin(sf)
        #expect(try detect(p, post("cair 100rb buat yg pilih")).count == 1)
        #expect(try detect(p, post("cair 100 rb buat yg pilih")).isEmpty)
        #expect(try detect(p, post("amplop buat yg coblosan")).count == 1)
        #expect(try detect(p, post("amplop buat no 3")).count == 1)
        #expect(try detect(p, post("amplop buat no tiga")).isEmpty)
    }

    @Test func contextIsRequiredAndExclusionsVeto() throws {
        let p = try plugin(sf)
        #expect(try detect(p, post("serangan fajar ready stock, DM")).isEmpty)
        #expect(try detect(p, post("Tolak serangan fajar! pilih dgn hati #TolakPolitikUang")).isEmpty)
        #expect(try detect(p, post("serangan fajar, pilih 02? HOAKS")).isEmpty)
        #expect(try detect(p, post("Laporkan serangan fajar, jangan pilih yg bayar")).isEmpty)
        // An exclusion in the transcript vetoes a match in the text, and context may come from either field.
        #expect(try detect(p, post("serangan fajar 02", transcript: "tolak ya")).isEmpty)
        let item = post("Kunjungan ke warga", transcript: "amplop sudah siap, besok pilih nomor dua")
        let f = try #require(try detect(p, item).first)
        #expect(f.evidence.map(\.field) == ["transcript", "transcript"])
        #expect(excerpts(f, item) == ["amplop", "pilih"])
        #expect(f.reason == "Offers money ('amplop').")
    }

    @Test func allGroupsMustEachMatch() throws {
        let p = try plugin("""
          - id: acme.transfer
            severity: medium
            legal_basis: none
            reason: Transfer for a vote.
            all: [[transfer, gopay, ovo], [coblos*, pilih], dapat]
        """)
        #expect(try detect(p, post("transfer 50rb, coblos 02 dapat")).count == 1)
        #expect(try detect(p, post("OVO buat yg pilih 03 pasti dapat")).count == 1)
        #expect(try detect(p, post("transfer 50rb, coblos 02")).isEmpty)
        #expect(try detect(p, post("transfer dapat bonus")).isEmpty)
    }

    @Test func fieldsLimitWhatIsRead() throws {
        let p = try plugin("""
          - id: acme.spoken
            severity: low
            legal_basis: none
            reason: Spoken '{match}'.
            any: [amplop]
            fields: [transcript]
        """)
        #expect(try detect(p, post("amplop")).isEmpty)
        let item = post("🔥 caption", transcript: "Ini Amplop")
        let f = try #require(try detect(p, item).first)
        #expect(f.evidence == [EvidenceSpan(field: "transcript", start: 4, end: 10)])
        #expect(f.reason == "Spoken 'Amplop'.")
    }

    @Test func evidencePointsAtTheOriginalText() throws {
        let p = try plugin(sf)
        let item = post("🔥🔥 Ｓérangan  FAJAR ✌️ buat yg pilih 02 ya, ＳＥＲＡＮＧＡＮ fajar lagi")
        let f = try #require(try detect(p, item).first)
        #expect(excerpts(f, item) == ["Ｓérangan  FAJAR", "pilih", "02", "ＳＥＲＡＮＧＡＮ fajar"])
        let starts = f.evidence.map(\.start)
        #expect(starts == starts.sorted())
        #expect(f.details["terms"] == .list([.string("serangan fajar")]))
        #expect(f.details["context"] == .list([.string("pilih"), .string("02")]))
        #expect(f.details["pack_rule"] == .string("rules[0]"))
    }

    @Test func minMatchesAndSeverityOverride() throws {
        let p = try plugin(sf)
        let item = post("serangan fajar buat yg pilih")
        let f = try #require(try detect(p, item).first)
        #expect(f.severity == .high)
        #expect(abs(f.score - 2.0 / 3.0) < 1e-9)
        #expect(try detect(p, post("serangan fajar 100rb amplop, pilih 02")).first?.score == 1)

        try p.configure(PluginParameters(["min_matches": .int(2), "severity_override": .string("low")]))
        #expect(try detect(p, item).isEmpty)
        let two = try #require(try detect(p, post("serangan fajar 100rb buat yg pilih")).first)
        #expect(two.severity == .low)
        #expect(two.score == 3.0 / 4.0)
    }

    @Test func findingsAreSortedByRuleIdAndVariantsMerge() throws {
        let p = try plugin("""
          - {id: acme.zeta, severity: low, legal_basis: n, reason: z, any: [sembako]}
          - {id: acme.alpha, severity: low, legal_basis: n, reason: "a {match}", any: [beras]}
          - {id: acme.alpha, severity: low, legal_basis: n, reason: "b {match}", any: [sembako]}
        """)
        #expect(p.manifest.rules.map(\.id) == ["acme.zeta", "acme.alpha"])
        let item = post("sembako dan beras")
        let fs = try detect(p, item)
        #expect(fs.map(\.rule) == ["acme.alpha", "acme.zeta"])
        #expect(fs[0].evidence.map(\.start) == [0, 12])
        #expect(fs[0].reason == "a beras")
        #expect(fs[0].details["terms"] == .list([.string("beras"), .string("sembako")]))
        #expect(try detect(p, item) == fs)
    }

    // MARK: - Windows

    let quiet = """
      - id: pilkada.masa-tenang
        severity: medium
        legal_basis: Pasal 69 k, 187(1)
        reason: Campaigning in the quiet period ('{match}').
        any: [coblos]
        window: masa-tenang

    """

    @Test func windowsUseTheLocalDayOfThePostsZone() throws {
        let p = try plugin(quiet)
        let cases: [(String, String?, Bool)] = [
            ("2024-11-23T23:30:00+07:00", "Jabar", false),          // 23 Nov 23:30 WIB: campaign
            ("2024-11-24T00:30:00+08:00", "Sulsel", true),          // same instant, 24 Nov 00:30 WITA
            ("2024-11-24T00:10:00+08:00", "Jabar", false),          // offset says WITA, region says WIB: 23 Nov 23:10
            ("2024-11-23T22:30:00+07:00", "Papua Tengah", true),    // 24 Nov 00:30 WIT
            ("2024-11-23T16:45:00Z", nil, false),                   // Z → WIB 23:45
            ("2024-11-23T17:20:00Z", nil, true),                    // Z → WIB 00:20 on 24 Nov
            ("2024-11-26T23:50:00+07:00", "Kota Bandung", true),    // last minutes
            ("2024-11-27T00:20:00+09:00", "Jabar", true),           // 26 Nov 22:20 WIB
            ("2024-11-27T00:00:00+07:00", "Jabar", false),          // voting day
            ("2024-11-24T00:00:00+09:00", nil, true),               // no region, WIT offset: 24 Nov 00:00
        ]
        for (time, region, expected) in cases {
            let found = try detect(p, post("Coblos 01!", at: time, region: region))
            #expect(!found.isEmpty == expected, "\(time) \(region ?? "-")")
        }
        let f = try #require(try detect(p, post("coblos", at: "2024-11-24T00:30:00+08:00", region: "Sulsel")).first)
        #expect(f.details["local_time"] == .time(Timestamp(rfc3339: "2024-11-24T00:30:00+08:00") ?? Timestamp(seconds: 0)))
        #expect(f.details["local_time"]?.description == "2024-11-24T00:30:00+08:00")
        #expect(f.details["zone"] == .string("WITA"))
        #expect(f.details["window"] == .string("masa-tenang (2024-11-24..2024-11-26)"))
        #expect(f.details["zone_reason"]?.description.contains("Sulawesi Selatan") == true)
    }

    @Test func explicitAndOpenWindows() throws {
        let p = try plugin("""
          - {id: acme.a, severity: low, legal_basis: n, reason: r, any: [coblos], window: {from: 2024-11-24, to: 2024-11-26}}
          - {id: acme.b, severity: low, legal_basis: n, reason: r, any: [coblos], window: {to: 2024-09-24}}
          - {id: acme.c, severity: low, legal_basis: n, reason: r, any: [coblos], window: voting-day}
        """)
        func rules(_ time: String, _ region: String? = nil) throws -> [String] { try detect(p, post("coblos", at: time, region: region)).map(\.rule) }
        #expect(try rules("2024-11-24T00:00:00+07:00") == ["acme.a"])
        #expect(try rules("2024-11-26T23:59:59+07:00") == ["acme.a"])
        #expect(try rules("2024-09-24T23:30:00+07:00", "Jabar") == ["acme.b"])
        #expect(try rules("2024-09-25T00:30:00+08:00", "Jabar") == ["acme.b"])   // 24 Sep 23:30 WIB
        #expect(try rules("2024-09-24T17:30:00Z") == [])                        // 25 Sep 00:30 WIB
        #expect(try rules("2024-11-27T23:59:00+09:00", "Papua") == ["acme.c"])
        #expect(try rules("2024-11-28T00:30:00+09:00", "Jabar") == ["acme.c"])  // 27 Nov 22:30 WIB
    }

    // MARK: - Regions

    @Test func regionsMatchThemselvesAndWhatIsInside() throws {
        let p = try plugin("""
          - {id: acme.jabar, severity: low, legal_basis: n, reason: r, any: [coblos], regions: [Jawa Barat]}
          - {id: acme.mks, severity: low, legal_basis: n, reason: r, any: [coblos], regions: ["73.71", Kab. Bandung]}
        """)
        func rules(_ region: String?) throws -> [String] { try detect(p, post("coblos", region: region)).map(\.rule) }
        #expect(try rules("Kota Bandung") == ["acme.jabar"])
        #expect(try rules("kab bandung") == ["acme.jabar", "acme.mks"])
        #expect(try rules("JABAR") == ["acme.jabar"])
        #expect(try rules("Makassar") == ["acme.mks"])
        #expect(try rules("Sulsel") == [])          // the province is not inside Kota Makassar
        #expect(try rules(nil) == [])
        #expect(try rules("Narnia") == [])
        let f = try #require(try detect(p, post("coblos", region: "Makassar")).first)
        #expect(f.details["region"] == .string("Kota Makassar"))
    }

    // MARK: - The plugin

    @Test func manifestAndParameters() throws {
        let p = try plugin(sf + quiet)
        let m = p.manifest
        #expect(m.id == "acme.test")
        #expect(m.kind == .detector)
        #expect(m.version == "1.0.0")
        #expect(m.rules.map(\.id) == ["pilkada.politik-uang", "pilkada.masa-tenang"])
        #expect(m.rules[0].defaultSeverity == .high)
        #expect(m.rules[0].legalBasis == "UU 10/2016 Pasal 73, 187A")
        #expect(m.rules[0].summary == "Offers money ('…').")
        #expect(m.parameters.map(\.name) == ["min_matches", "severity_override"])
        #expect(m.validationProblem() == nil)
        #expect(p.sourcePath == nil)
    }

    @Test func loadKeepsThePathForReload() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rulepack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("mine.yaml").path
        let body = "pack: acme.mine\nversion: 1\nsummary: s\nrules:\n  - {id: acme.a, severity: low, legal_basis: n, reason: r, any: [WORD]}\n"
        try body.replacingOccurrences(of: "WORD", with: "amplop").write(toFile: path, atomically: true, encoding: .utf8)
        let first = try RulePackLoader.load(path: path)
        #expect(first.sourcePath == path)
        #expect(try detect(first, post("amplop")).count == 1)

        try body.replacingOccurrences(of: "WORD", with: "sembako").write(toFile: path, atomically: true, encoding: .utf8)
        let reloaded = try RulePackLoader.load(path: try #require(first.sourcePath))
        #expect(try detect(reloaded, post("amplop")).isEmpty)
        #expect(try detect(reloaded, post("sembako")).count == 1)

        try "pack: acme.mine\nversion: 1\nsummary: s\nrules:\n  - {id: acme.a, severity: hgih}\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try RulePackLoader.load(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.file == path)
            #expect(error.line == 5)
            #expect(error.description.hasSuffix("(\(path):5:28)"))
        }
    }

    @Test func concurrentDetectionIsDeterministic() async throws {
        let p = try plugin(sf)
        let items = (0..<200).map { post(($0 % 3 == 0 ? "serangan fajar pilih 02 #\($0)" : "biasa saja \($0)"), id: "p\($0)") }
        let serial = try items.map { try detect(p, $0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [Finding]).self) { group in
            for (i, item) in items.enumerated() { group.addTask { (i, try p.detect(item, context: ItemContext(item: item))) } }
            var out = [[Finding]](repeating: [], count: items.count)
            for try await (i, f) in group { out[i] = f }
            return out
        }
        #expect(serial == parallel)
        #expect(serial.filter { !$0.isEmpty }.count == 67)
    }

    // MARK: - Tokens

    @Test func tokenStreamKeepsOriginalRanges() {
        let text = "Ｓérangan-FAJAR, a m p l o p! amp.lop s3r4ng4n 100rb"
        let s = TokenStream(text, shapes: true)
        let u = Array(text.utf8)
        let words = (0..<s.count).map { String(decoding: u[s.starts[$0]..<s.ends[$0]], as: UTF8.self) }
        #expect(words == ["Ｓérangan", "FAJAR", "a", "m", "p", "l", "o", "p", "amp", "lop", "s3r4ng4n", "100rb"])
        #expect(s.forms(at: 0).map(\.text) == ["serangan", "seranganfajar"])
        #expect(s.forms(at: 2).map(\.text) == ["a", "amplop"])
        #expect(s.forms(at: 2).last?.next == 8)
        #expect(s.forms(at: 8).map(\.text) == ["amp", "amplop"])
        #expect(s.forms(at: 10).map(\.text) == ["s3r4ng4n", "serangan"])
        #expect(s.forms(at: 11).map(\.shape) == ["#rb", nil])
    }
}
