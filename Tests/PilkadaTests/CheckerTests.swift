import Foundation
import Testing
import JagaSDK
import JagaCalendar
import Pilkada

/// Tests of the ten `pilkada.*` checkers through the public plugin API: manifests, time
/// boundaries, explanations, hard negatives, positives and parameters.
@Suite struct CheckerTests {
    /// The ten rule ids of the taxonomy (shared/domain/taxonomy.md).
    static let taxonomy: Set<String> = [
        "pilkada.masa-tenang", "pilkada.di-luar-jadwal", "pilkada.politik-uang", "pilkada.sara", "pilkada.hasutan",
        "pilkada.netralitas", "pilkada.pelibatan-anak", "pilkada.fasilitas", "pilkada.survei-masa-tenang",
        "pilkada.hitung-cepat-dini",
    ]
    /// The violation classes of pilkada-2024.md a finding may be routed as.
    static let classes: Set<String> = ["tindak pidana pemilihan", "pelanggaran administrasi", "pelanggaran hukum lainnya"]
    /// Rules judged on the calendar.
    static let timed: Set<String> = ["pilkada.masa-tenang", "pilkada.di-luar-jadwal", "pilkada.survei-masa-tenang", "pilkada.hitung-cepat-dini"]

    /// Campaign content: a call to vote for a ballot number and a pair.
    static let campaign = "Ayo coblos nomor 2, menangkan Budi–Sari!"
    /// Quick-count results.
    static let quickCount = "Quick count Lentera: Budi–Sari 52,3%, data masuk 70%"
    /// Survey results.
    static let survey = "Survei Lentera: Budi–Sari 46,8%, Rudi–Neneng 38,1%"
    /// A campaign-period day, when only the content rules apply.
    static let campaignDay = "2024-11-10T10:00:00+07:00"

    // MARK: - Helpers

    /// The ten checkers on `calendars`, configured with `parameters`.
    static func checkers(_ parameters: PluginParameters = PluginParameters([:]), calendars: CalendarStore = CalendarStore()) throws -> [PilkadaChecker] {
        let all = PilkadaPlugins.all(calendars: calendars)
        for c in all { try c.configure(parameters) }
        return all
    }

    /// A post created at `at` (RFC 3339).
    static func item(_ text: String, at: String, region: String? = nil, transcript: String? = nil) throws -> ContentItem {
        ContentItem(id: "p1", text: text, createdAt: try #require(Timestamp(rfc3339: at)), region: region, transcript: transcript)
    }

    /// Every finding the checkers make on `item` (one shared context, as the runner does).
    static func findings(_ item: ContentItem, checkers: [PilkadaChecker]? = nil) throws -> [Finding] {
        let context = ItemContext(item: item)
        var out: [Finding] = []
        for c in try checkers ?? Self.checkers() { out += try c.detect(item, context: context) }
        return out
    }

    /// Every finding the default checkers make on a post with these fields.
    static func findings(_ text: String, at: String = campaignDay, region: String? = nil, transcript: String? = nil) throws -> [Finding] {
        try findings(try item(text, at: at, region: region, transcript: transcript))
    }

    /// The finding of `rule` among `findings`, or nil.
    static func finding(_ rule: String, in findings: [Finding]) -> Finding? { findings.first { $0.rule == "pilkada." + rule } }

    /// A string detail of `f`, or nil.
    static func detail(_ f: Finding, _ key: String) -> String? {
        if case .string(let s)? = f.details[key] { return s }
        return nil
    }

    /// The text of each evidence span of `f`, cut from the field it points into.
    static func evidenceTexts(_ f: Finding, item: ContentItem) -> [String?] {
        f.evidence.map { span in
            switch span.field {
            case "text": span.excerpt(of: item.text)
            case "transcript": item.transcript.flatMap { span.excerpt(of: $0) }
            default: nil
            }
        }
    }

    /// Checks that `f` explains itself: a taxonomy rule, its severity, evidence spans that cut
    /// non-empty slices of the original text containing each of `words`, legal basis, reason,
    /// violation class and, for time rules, the local time and zone used.
    static func expectExplained(_ f: Finding, item: ContentItem, words: [String] = [], severity: Severity? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(taxonomy.contains(f.rule), "unknown rule \(f.rule)", sourceLocation: sourceLocation)
        #expect(f.plugin == f.rule, sourceLocation: sourceLocation)
        #expect(f.contentID == item.id, sourceLocation: sourceLocation)
        let expected = severity ?? PilkadaRule(rawValue: f.rule)?.defaultSeverity
        #expect(f.severity == expected, "severity of \(f.rule)", sourceLocation: sourceLocation)
        #expect(!f.evidence.isEmpty, "\(f.rule) has no evidence", sourceLocation: sourceLocation)
        let texts = evidenceTexts(f, item: item)
        for (span, text) in zip(f.evidence, texts) {
            #expect(text != nil && text?.isEmpty == false, "\(f.rule): span \(span) does not cut its field", sourceLocation: sourceLocation)
        }
        let joined = texts.compactMap { $0 }.joined(separator: " | ").lowercased()
        for w in words {
            #expect(joined.contains(w.lowercased()), "\(f.rule): evidence '\(joined)' lacks '\(w)'", sourceLocation: sourceLocation)
        }
        #expect(!f.legalBasis.isEmpty, sourceLocation: sourceLocation)
        #expect(!f.reason.isEmpty, sourceLocation: sourceLocation)
        #expect(f.score > 0 && f.score <= 1, sourceLocation: sourceLocation)
        let cls = detail(f, "violation_class")
        #expect(cls.map { classes.contains($0) } == true, "\(f.rule): violation_class \(cls ?? "nil")", sourceLocation: sourceLocation)
        if timed.contains(f.rule) {
            for key in ["local_time", "zone", "zone_reason"] {
                #expect(detail(f, key)?.isEmpty == false, "\(f.rule) lacks details[\(key)]", sourceLocation: sourceLocation)
            }
        }
    }

    /// Runs the default checkers on a post, expects a finding of `rule` that explains itself, and returns it.
    @discardableResult
    static func expectFinding(_ rule: String, _ text: String, at: String = campaignDay, region: String? = nil, transcript: String? = nil,
                              words: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> Finding? {
        let item = try item(text, at: at, region: region, transcript: transcript)
        let all = try findings(item)
        for f in all { expectExplained(f, item: item, sourceLocation: sourceLocation) }
        let f = finding(rule, in: all)
        #expect(f != nil, "expected pilkada.\(rule) on '\(text)' at \(at) (found: \(all.map(\.rule)))", sourceLocation: sourceLocation)
        if let f { expectExplained(f, item: item, words: words, sourceLocation: sourceLocation) }
        return f
    }

    /// Runs the default checkers on a post and expects no finding of `rule`.
    static func expectNoFinding(_ rule: String, _ text: String, at: String = campaignDay, region: String? = nil, transcript: String? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let item = try item(text, at: at, region: region, transcript: transcript)
        let all = try findings(item)
        for f in all { expectExplained(f, item: item, sourceLocation: sourceLocation) }
        let f = finding(rule, in: all)
        #expect(f == nil, "unexpected pilkada.\(rule) on '\(text)' at \(at): \(f?.reason ?? "")", sourceLocation: sourceLocation)
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String = ".txt") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-pilkada-\(UUID().uuidString)\(suffix)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: - Manifests

    @Test func everyManifestIsValid() throws {
        let all = try Self.checkers()
        #expect(all.count == 10)
        for c in all {
            let m = c.manifest
            #expect(m.validationProblem() == nil, "\(m.id): \(m.validationProblem() ?? "")")
            #expect(m.kind == .detector)
            #expect(!m.summary.isEmpty)
            #expect(m.rules.map(\.id) == [m.id])
            #expect(m.rules.first?.legalBasis.isEmpty == false)
            #expect(m.rules.first?.defaultSeverity == c.rule.defaultSeverity)
        }
    }

    @Test func idsAreTheTenTaxonomyIds() throws {
        let ids = try Self.checkers().map(\.manifest.id)
        #expect(Set(ids) == Self.taxonomy)
        #expect(ids.count == Set(ids).count)
    }

    @Test func everyCheckerDeclaresSeverityAndLexicon() throws {
        for c in try Self.checkers() {
            let params = Dictionary(c.manifest.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            let severity = try #require(params["severity"], "\(c.manifest.id) lacks a severity parameter")
            guard case .choice(let choices) = severity.type else {
                Issue.record("\(c.manifest.id).severity should be a choice, is \(severity.type)")
                continue
            }
            #expect(Set(["low", "medium", "high", "critical"]).isSubset(of: Set(choices)))
            #expect(severity.type.problem(with: severity.defaultValue) == nil)
            let lexicon = try #require(params["lexicon"], "\(c.manifest.id) lacks a lexicon parameter")
            #expect(lexicon.type == .path)
            #expect(!lexicon.doc.isEmpty && !severity.doc.isEmpty)
        }
    }

    // MARK: - Masa tenang: day boundaries in the region's local time

    @Test func lastMinutesOfTheCampaignInJakartaAreNotMasaTenang() throws {
        let context = ItemContext(item: try Self.item(Self.campaign, at: "2024-11-23T23:30:00+07:00", region: "Jakarta"))
        #expect(context.region != nil, "the region 'Jakarta' should resolve")
        #expect(context.zone.zone == .wib)
        try Self.expectNoFinding("masa-tenang", Self.campaign, at: "2024-11-23T23:30:00+07:00", region: "Jakarta")
        try Self.expectNoFinding("di-luar-jadwal", Self.campaign, at: "2024-11-23T23:30:00+07:00", region: "Jakarta")
    }

    @Test func firstMinutesOfTheQuietPeriodInMakassar() throws {
        let f = try Self.expectFinding("masa-tenang", Self.campaign, at: "2024-11-24T00:15:00+08:00", region: "Makassar", words: ["coblos"])
        #expect(f.flatMap { Self.detail($0, "zone") } == "WITA")
        #expect(f.flatMap { Self.detail($0, "local_time") } == "2024-11-24 00:15 WITA")
        #expect(f.flatMap { Self.detail($0, "period") } == "masa-tenang")
        #expect(f.flatMap { Self.detail($0, "calendar") } == "pilkada-2024")
    }

    @Test func theRegionsZoneWinsOverTheWrittenOffset() throws {
        // 23:30 WIB on 23 Nov is 00:30 WITA on 24 Nov: in Makassar the quiet period has begun.
        let f = try Self.expectFinding("masa-tenang", Self.campaign, at: "2024-11-23T23:30:00+07:00", region: "Makassar", words: ["coblos"])
        #expect(f.flatMap { Self.detail($0, "zone") } == "WITA")
        #expect(f.flatMap { Self.detail($0, "local_time") } == "2024-11-24 00:30 WITA")
        #expect(f.flatMap { Self.detail($0, "zone_reason") }?.contains("region") == true)
    }

    @Test func noRegionAndAUTCOffsetIsJudgedInWIB() throws {
        let f = try Self.expectFinding("masa-tenang", Self.campaign, at: "2024-11-23T17:30:00Z", words: ["coblos"])
        #expect(f.flatMap { Self.detail($0, "zone") } == "WIB")
        #expect(f.flatMap { Self.detail($0, "local_time") } == "2024-11-24 00:30 WIB")
        let reason = try #require(f.flatMap { Self.detail($0, "zone_reason") })
        #expect(reason.contains("no region"))
        #expect(reason.contains("WIB"))
        #expect(reason.contains("Z"))
    }

    @Test func lastMinutesOfTheQuietPeriodInJayapura() throws {
        let f = try Self.expectFinding("masa-tenang", Self.campaign, at: "2024-11-26T23:50:00+09:00", region: "Jayapura", words: ["coblos"])
        #expect(f.flatMap { Self.detail($0, "zone") } == "WIT")
        #expect(f.flatMap { Self.detail($0, "local_time") } == "2024-11-26 23:50 WIT")
    }

    @Test func votingDayIsNotMasaTenang() throws {
        try Self.expectNoFinding("masa-tenang", Self.campaign, at: "2024-11-27T00:10:00+07:00")
        try Self.expectNoFinding("masa-tenang", Self.campaign, at: "2024-11-27T00:10:00+07:00", region: "Jakarta")
    }

    @Test func campaignContentInTheTranscriptPointsAtTheTranscript() throws {
        let f = try Self.expectFinding("masa-tenang", "Simak videonya sampai habis", at: "2024-11-25T20:00:00+07:00",
                                       transcript: Self.campaign, words: ["coblos"])
        #expect(f?.evidence.isEmpty == false)
        #expect(f?.evidence.allSatisfy { $0.field == "transcript" } == true)
    }

    // MARK: - Di luar jadwal

    @Test func campaignContentTheMinuteBeforeTheCampaignStarts() throws {
        let f = try Self.expectFinding("di-luar-jadwal", Self.campaign, at: "2024-09-24T23:59:00+07:00", words: ["coblos"])
        #expect(f.flatMap { Self.detail($0, "local_time") } == "2024-09-24 23:59 WIB")
    }

    @Test func campaignContentOnTheFirstCampaignDay() throws {
        try Self.expectNoFinding("di-luar-jadwal", Self.campaign, at: "2024-09-25T00:00:00+07:00")
    }

    // MARK: - Hitung cepat dini: 15:00 WIB is one instant everywhere

    @Test func quickCountBeforeThreeWIB() throws {
        let f = try Self.expectFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T14:30:00+07:00", words: ["quick count"])
        #expect(f.flatMap { Self.detail($0, "wib_time") }?.contains("14:30") == true)
    }

    @Test func quickCountAfterThreeWIB() throws {
        try Self.expectNoFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T15:20:00+07:00")
    }

    @Test func quickCountInMakassarAtHalfPastThreeLocalIsHalfPastTwoWIB() throws {
        let f = try Self.expectFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T15:30:00+08:00", region: "Makassar",
                                       words: ["quick count"])
        #expect(f.flatMap { Self.detail($0, "wib_time") }?.contains("14:30") == true)
        #expect(f.flatMap { Self.detail($0, "local_time") } == "2024-11-27 15:30 WITA")
        #expect(f.flatMap { Self.detail($0, "zone") } == "WITA")
    }

    @Test func quickCountInWITAAfterThreeWIB() throws {
        try Self.expectNoFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T16:30:00+08:00", region: "Makassar")
        try Self.expectNoFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T16:30:00+08:00")
    }

    @Test func quickCountInWITAfterThreeWIB() throws {
        try Self.expectNoFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T17:05:00+09:00")
        try Self.expectNoFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T17:05:00+09:00", region: "Jayapura")
    }

    @Test func quickCountAtExactlyThreeWIB() throws {
        try Self.expectNoFinding("hitung-cepat-dini", Self.quickCount, at: "2024-11-27T15:00:00+07:00")
    }

    // MARK: - Survei masa tenang

    @Test func surveyResultsInTheQuietPeriod() throws {
        try Self.expectFinding("survei-masa-tenang", Self.survey, at: "2024-11-25T10:00:00+07:00", words: ["survei"])
    }

    @Test func surveyResultsBeforeTheQuietPeriod() throws {
        try Self.expectNoFinding("survei-masa-tenang", Self.survey, at: "2024-11-22T10:00:00+07:00")
    }

    // MARK: - Hard negatives (taxonomy.md) and positives

    /// Posts the taxonomy says a rule must not flag: (text, rule, when).
    static let hardNegatives: [(String, String, String)] = [
        ("Tolak serangan fajar! Laporkan ke Bawaslu", "politik-uang", campaignDay),
        ("Amplop kondangan buat nikahan sepupu udah siap", "politik-uang", campaignDay),
        ("Serangan fajar Persib menit ke-3 langsung gol", "politik-uang", campaignDay),
        ("Polres amankan pelaku bagi-bagi amplop, barang bukti disita", "politik-uang", campaignDay),
        ("Masa tenang, dilarang kampanye. Hapus konten kampanye ya", "masa-tenang", "2024-11-25T10:00:00+07:00"),
        ("Beda agama tetap saudara, jangan mau diadu domba", "sara", campaignDay),
        ("ASN wajib netral, tetap gunakan hak pilih", "netralitas", campaignDay),
        ("Khutbah Jumat tadi mengajak memilih pemimpin yang amanah, tanpa menyebut paslon", "fasilitas", campaignDay),
        ("Jangan libatkan anak-anak dalam kampanye", "pelibatan-anak", campaignDay),
        ("Quick count akan tayang mulai jam 15.00 WIB", "hitung-cepat-dini", "2024-11-27T10:00:00+07:00"),
    ]

    @Test(arguments: hardNegatives)
    func hardNegative(_ c: (String, String, String)) throws {
        try Self.expectNoFinding(c.1, c.0, at: c.2)
    }

    /// Posts a rule must flag, with words its evidence must show: (text, rule, words).
    static let positives: [(String, String, [String])] = [
        ("pilih no 2 dapat 100rb, transfer abis nyoblos", "politik-uang", ["transfer", "pilih"]),
        ("4mpl0p 100rb buat yg c0bl0s 02", "politik-uang", ["4mpl0p"]),
        ("a m p l o p buat yang pilih nomor 2", "politik-uang", ["a m p l o p"]),
        ("Bakar kantor KPU kalau 01 kalah!", "hasutan", ["bakar"]),
        ("Sebagai kades saya minta warga kompak pilih nomor 2", "netralitas", ["kades"]),
        ("Anak-anak SD disuruh teriak yel-yel paslon 01 di kampanye akbar", "pelibatan-anak", ["anak-anak", "disuruh"]),
        ("Pengajian semalam ustadznya nyuruh pilih nomor 1", "fasilitas", ["pengajian"]),
        ("Jangan pilih dia, dia kafir", "sara", ["kafir"]),
    ]

    @Test(arguments: positives)
    func positive(_ c: (String, String, [String])) throws {
        try Self.expectFinding(c.1, c.0, words: c.2)
    }

    @Test func everyFindingOnAQuietDayExplainsItself() throws {
        // Several rules at once: vote buying for a side in the quiet period is campaigning too.
        let item = try Self.item("Besok pilih no 2 dapat 100rb, transfer abis nyoblos. Survei Lentera: Budi–Sari 46,8%",
                                 at: "2024-11-25T21:00:00+08:00", region: "Makassar")
        let all = try Self.findings(item)
        let rules = Set(all.map(\.rule))
        #expect(rules.isSuperset(of: ["pilkada.politik-uang", "pilkada.masa-tenang", "pilkada.survei-masa-tenang"]), "found \(rules)")
        for f in all { Self.expectExplained(f, item: item) }
    }

    // MARK: - Parameters

    @Test func severityParameterOverridesTheDefault() throws {
        let low = try Self.checkers(PluginParameters(["severity": .string("low")]))
        let quiet = try Self.item(Self.campaign, at: "2024-11-25T10:00:00+07:00")
        let money = try Self.item("pilih no 2 dapat 100rb, transfer abis nyoblos", at: Self.campaignDay)
        let found = try Self.findings(quiet, checkers: low) + Self.findings(money, checkers: low)
        #expect(Set(found.map(\.rule)).isSuperset(of: ["pilkada.masa-tenang", "pilkada.politik-uang"]))
        #expect(found.allSatisfy { $0.severity == .low })
        // "default" keeps each rule's own severity.
        let normal = try Self.checkers(PluginParameters(["severity": .string("default")]))
        let again = try Self.findings(money, checkers: normal)
        #expect(Self.finding("politik-uang", in: again)?.severity == .critical)
    }

    @Test func lexiconFileAddsPhrases() throws {
        let path = try Self.temporaryFile("money: duit receh\nexchange: dapet\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let item = try Self.item("Coblos nomor 2 dapet duit receh", at: Self.campaignDay)
        // Built in, "duit" alone is the money word; with the file, the whole phrase is.
        let builtin = try #require(Self.finding("politik-uang", in: try Self.findings(item)))
        #expect(!Self.evidenceTexts(builtin, item: item).contains("duit receh"))
        let extended = try Self.checkers(PluginParameters(["lexicon": .string(path)]))
        let f = try #require(Self.finding("politik-uang", in: try Self.findings(item, checkers: extended)))
        Self.expectExplained(f, item: item, words: ["duit receh"])
        #expect(Self.evidenceTexts(f, item: item).contains("duit receh"))
    }

    @Test func lexiconFileMakesANewWordCount() throws {
        let path = try Self.temporaryFile("# extra money words\nmoney: kepeng\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let item = try Self.item("Pilih nomor 2 nanti dapat kepeng", at: Self.campaignDay)
        #expect(Self.finding("politik-uang", in: try Self.findings(item)) == nil)
        let extended = try Self.checkers(PluginParameters(["lexicon": .string(path)]))
        let f = try #require(Self.finding("politik-uang", in: try Self.findings(item, checkers: extended)))
        Self.expectExplained(f, item: item, words: ["kepeng"])
    }

    /// Checkers with different lexicon files on one post (one shared context): each judges with
    /// its own lexicon, whichever made the post's shared analysis first.
    @Test func checkersWithDifferentLexiconsShareAContext() throws {
        let path = try Self.temporaryFile("money: kepeng\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let item = try Self.item("Pilih nomor 2 nanti dapat kepeng", at: Self.campaignDay)
        let all = try Self.checkers()
        let money = try #require(all.first { $0.rule == .politikUang })
        try money.configure(PluginParameters(["lexicon": .string(path)]))
        for order in [all, all.reversed()] {
            #expect(Self.finding("politik-uang", in: try Self.findings(item, checkers: order)) != nil)
        }
        // Back to the built-in lexicon: the word is not money any more.
        try money.configure(PluginParameters([:]))
        #expect(Self.finding("politik-uang", in: try Self.findings(item, checkers: all)) == nil)
    }

    @Test func lexiconFileWithAnUnknownCueNamesFileAndLine() throws {
        let path = try Self.temporaryFile("money: duit receh\nmonay: duit\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let checker = try #require(PilkadaPlugins.all(calendars: CalendarStore()).first)
        do {
            try checker.configure(PluginParameters(["lexicon": .string(path)]))
            Issue.record("a lexicon with an unknown cue should be refused")
        } catch {
            let message = (error as? PluginError)?.message ?? String(describing: error)
            #expect(message.contains(path))
            #expect(message.contains("\(path):2"))
            #expect(message.contains("monay"))
            #expect(message.contains("did you mean 'money'"))
        }
    }

    @Test func missingLexiconFileIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-no-such-lexicon-\(UUID().uuidString).txt").path
        let checker = try #require(PilkadaPlugins.all(calendars: CalendarStore()).first)
        do {
            try checker.configure(PluginParameters(["lexicon": .string(path)]))
            Issue.record("a missing lexicon file should be refused")
        } catch {
            let message = (error as? PluginError)?.message ?? String(describing: error)
            #expect(message.contains(path))
        }
    }

    // MARK: - Calendars

    @Test func replacedCalendarMovesTheQuietPeriod() throws {
        let cal = try CalendarFile.parse(yaml: """
            id: shifted
            name: Shifted test calendar
            periods:
              - name: campaign
                from: 2024-09-25
                to: 2024-11-19
              - name: masa-tenang
                from: 2024-11-20
                to: 2024-11-22
            """, file: "shifted.yaml")
        let store = CalendarStore()
        let checkers = try Self.checkers(calendars: store)
        let onTheTwentyFirst = try Self.item(Self.campaign, at: "2024-11-21T10:00:00+07:00")
        let onTheTwentyFifth = try Self.item(Self.campaign, at: "2024-11-25T10:00:00+07:00")
        // The built-in calendar first.
        #expect(Self.finding("masa-tenang", in: try Self.findings(onTheTwentyFirst, checkers: checkers)) == nil)
        #expect(Self.finding("masa-tenang", in: try Self.findings(onTheTwentyFifth, checkers: checkers)) != nil)
        // Replaced under the same checkers.
        store.replace(with: cal)
        #expect(store.calendar.id == "shifted")
        let f = try #require(Self.finding("masa-tenang", in: try Self.findings(onTheTwentyFirst, checkers: checkers)))
        Self.expectExplained(f, item: onTheTwentyFirst, words: ["coblos"])
        #expect(Self.detail(f, "calendar") == "shifted")
        #expect(Self.finding("masa-tenang", in: try Self.findings(onTheTwentyFifth, checkers: checkers)) == nil)
        // Its day boundaries are local too: 23:30 WIB on 19 Nov is 00:30 WITA on 20 Nov.
        let late = "2024-11-19T23:30:00+07:00"
        #expect(Self.finding("masa-tenang", in: try Self.findings(try Self.item(Self.campaign, at: late, region: "Jakarta"), checkers: checkers)) == nil)
        #expect(Self.finding("masa-tenang", in: try Self.findings(try Self.item(Self.campaign, at: late, region: "Makassar"), checkers: checkers)) != nil)
    }

    @Test func calendarWithoutTheNamedPeriodsKeepsTimeRulesSilent() throws {
        let cal = try CalendarFile.parse(yaml: "id: other\nname: Other\nperiods:\n  - name: something\n    from: 2024-01-01\n", file: "other.yaml")
        let checkers = try Self.checkers(calendars: CalendarStore(cal))
        let quiet = try Self.findings(try Self.item(Self.campaign, at: "2024-11-25T10:00:00+07:00"), checkers: checkers)
        let early = try Self.findings(try Self.item(Self.campaign, at: "2024-09-01T10:00:00+07:00"), checkers: checkers)
        let count = try Self.findings(try Self.item(Self.quickCount, at: "2024-11-27T10:00:00+07:00"), checkers: checkers)
        #expect((quiet + early + count).filter { Self.timed.contains($0.rule) }.isEmpty)
    }
}
