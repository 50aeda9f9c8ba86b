import Foundation
import Testing
@testable import JagaPlugins
import JagaSDK

/// A tiny detector for the evaluation tests: `test.word` when the text contains one of
/// `words` and none of `vetoes` (case-insensitive, ASCII), `test.link` when it contains `http`.
final class EvaluationFakeDetector: ItemDetector, @unchecked Sendable {
    var words: [String]
    var vetoes: [String]
    var score: Double
    /// Case ids on which `detect` throws.
    var failOn: Set<String>
    /// Emit `test.word` twice (scores `score` and `score / 2`) to check findings count once.
    var duplicate: Bool

    init(words: [String] = ["amplop"], vetoes: [String] = ["tolak"], score: Double = 0.5,
         failOn: Set<String> = [], duplicate: Bool = false) {
        self.words = words
        self.vetoes = vetoes
        self.score = score
        self.failOn = failOn
        self.duplicate = duplicate
    }

    let manifest = PluginManifest(
        id: "test.words", version: "1.0.0", kind: .detector, summary: "flags words",
        rules: [RuleSpec(id: "test.word", defaultSeverity: .medium, legalBasis: "-"),
                RuleSpec(id: "test.link", defaultSeverity: .low, legalBasis: "-")],
        parameters: [ParameterSpec(name: "words", type: .stringList, defaultValue: .list([.string("amplop")]), doc: "words"),
                     ParameterSpec(name: "vetoes", type: .stringList, defaultValue: .list([.string("tolak")]), doc: "vetoes"),
                     ParameterSpec(name: "score", type: .double(min: 0, max: 1), defaultValue: .double(0.5), doc: "score")])

    func configure(_ parameters: PluginParameters) throws {
        words = parameters.strings("words") ?? words
        vetoes = parameters.strings("vetoes") ?? vetoes
        score = parameters.double("score") ?? score
    }

    func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        if failOn.contains(item.id) { throw PluginError("boom on \(item.id)") }
        let lower = item.text.lowercased()
        var out: [Finding] = []
        if !vetoes.contains(where: { lower.contains($0) }),
           let word = words.first(where: { lower.contains($0) }), let r = lower.firstRange(of: word) {
            let start = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            let span = EvidenceSpan(start: start, end: start + word.utf8.count)
            out.append(Finding(contentID: item.id, rule: "test.word", severity: .medium, score: score,
                               reason: "contains \"\(word)\"", evidence: [span], plugin: "test.words"))
            if duplicate {
                out.append(Finding(contentID: item.id, rule: "test.word", severity: .medium, score: score / 2,
                                   reason: "weaker duplicate", evidence: [span], plugin: "test.words"))
            }
        }
        if lower.contains("http") {
            out.append(Finding(contentID: item.id, rule: "test.link", severity: .low, score: 1,
                               reason: "has a link", plugin: "test.words"))
        }
        return out
    }
}

/// Labelled cases shared by the evaluation and comparison tests (line numbers matter).
enum EvaluationFixture {
    /// Eight cases: lines 1 (comment) and 4 (blank) are skipped.
    static let eight = """
    # cases for test.words
    {"id":"c1","text":"Bagi amplop di TPS 5","created_at":"2024-11-26T21:00:00+07:00","expect":["test.word"]}
    {"id":"c2","text":"Ada serangan fajar malam ini","created_at":"2024-11-26T22:00:00+07:00","expect":["test.word"]}

    {"id":"c3","text":"Kami tolak amplop!","created_at":"2024-11-26T22:05:00+07:00","expect_not":["test.word"]}
    {"id":"c4","text":"Amplop coklat untuk dokumen","created_at":"2024-11-26T22:10:00+08:00","expect_not":["test.word"]}
    {"id":"c5","text":"Info lengkap http://contoh.id soal amplop","created_at":"2024-11-26T22:15:00Z","expect":["test.link"]}
    {"id":"c6","text":"Amplop dokumen suara dibagikan","created_at":"2024-11-26T22:20:00+09:00","expect":["test.word"]}
    {"id":"c7","text":"Fajar menyingsing di Nabire","created_at":"2024-11-27T05:30:00+09:00","expect_not":["test.word"]}
    {"id":"c8","text":"Selamat pagi warga Bandung","created_at":"2024-11-27T06:00:00+07:00","expect_not":["test.link"]}
    """

    /// The eight cases plus c9, which only a detector that knows "fajar" catches.
    static let nine = eight + """

    {"id":"c9","text":"Operasi fajar: bagi-bagi uang","created_at":"2024-11-27T01:00:00+07:00","expect":["test.word"]}
    """

    static func cases(_ text: String) throws -> [LabelledCase] {
        try LabelledCaseReader.parse(text: text, file: "cases.jsonl")
    }
}

@Suite("Evaluation")
struct EvaluationTests {
    // MARK: Reader

    @Test func readerReadsCasesWithLineNumbers() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        #expect(cases.map(\.id) == ["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"])
        // Line 1 is a comment and line 4 blank, so c3 is on line 5 and c8 on line 10.
        #expect(cases.map(\.line) == [2, 3, 5, 6, 7, 8, 9, 10])
        #expect(cases[0].expect == ["test.word"] && cases[0].expectNot.isEmpty)
        #expect(cases[2].expectNot == ["test.word"] && cases[2].expect.isEmpty)
        #expect(cases[3].item.createdAt == Timestamp(rfc3339: "2024-11-26T14:10:00Z"))
        #expect(cases[3].item.createdAt.offsetSeconds == 8 * 3600)
        #expect(cases[4].label(for: "test.word") == .unlabelled)
        #expect(cases[4].label(for: "test.link") == .expected)
    }

    @Test func readerKeepsCanonicalFields() throws {
        let text = #"{"id":42,"text":"t","created_at":"2024-11-26T21:00:00+07:00","region":3273,"#
            + ##""author":"a","platform":"x","hashtags":["#Pilkada","","Jabar"],"likes":3,"reply_to":7,"transcript":"tr","##
            + #""url":null,"expect":[],"expect_not":["x.y","x.y"]}"#
        let c = try #require(try EvaluationFixture.cases(text).first)
        #expect(c.id == "42" && c.item.region == "3273" && c.item.replyTo == "7")
        #expect(c.item.author == "a" && c.item.platform == "x" && c.item.transcript == "tr" && c.item.url == nil)
        #expect(c.item.hashtags == ["Pilkada", "Jabar"])
        #expect(c.item.likes == 3 && c.item.views == nil)
        #expect(c.item.extra.isEmpty)
        #expect(c.expect.isEmpty && c.expectNot == ["x.y"])
    }

    @Test func readerKeepsUnknownFieldsSortedByName() throws {
        let text = #"{"id":"p1","text":"t","created_at":"2024-11-26T21:00:00+07:00","region":"Jabar","#
            + #""zeta":{"b":1,"a":[true,null]},"desa":"Cibiru","n":1.5,"flag":false,"count":7,"expect":[]}"#
        let c = try #require(try EvaluationFixture.cases(text).first)
        #expect(c.item.region == "Jabar")
        #expect(c.item.extra.map(\.0) == ["count", "desa", "flag", "n", "zeta"])
        #expect(c.item.extra.map(\.1) == [.int(7), .string("Cibiru"), .bool(false), .double(1.5), .json(#"{"a":[true,null],"b":1}"#)])
    }

    @Test(arguments: [
        // (file text, line at fault, reason)
        ("{\"id\":", 1, "invalid JSON"),
        ("[1,2]", 1, "expected a JSON object, found a list"),
        ("# c\n{\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":[]}", 2, "missing id"),
        ("{\"id\":\"a\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":[]}", 1, "missing text"),
        ("{\"id\":\"a\",\"text\":\"t\",\"expect\":[]}", 1, "missing created_at"),
        ("\n\n{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00\",\"expect\":[]}", 3,
         "created_at \"2024-11-25T20:00:00\" has no UTC offset (write e.g. +07:00 or Z)"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"kemarin\",\"expect\":[]}", 1,
         "created_at \"kemarin\" is not an RFC 3339 timestamp"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":\"test.word\"}", 1,
         "expect must be a list of rule ids (strings), not a string"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect_not\":[\"x.y\",1]}", 1,
         "expect_not must be a list of rule ids (strings); item 2 is the number 1"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\"}", 1,
         "the case has neither expect nor expect_not (write \"expect\": [] for a post that should trigger nothing)"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":[\"x.y\"],\"expect_not\":[\"x.y\"]}", 1,
         "rule x.y is in both expect and expect_not"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":[]}\n# again\n"
            + "{\"id\":\"a\",\"text\":\"u\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":[]}", 3,
         "duplicate id \"a\" (first seen on line 1)"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"likes\":-1,\"expect\":[]}", 1,
         "likes must be an integer ≥ 0, not -1"),
        ("{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"region\":1.5,\"expect\":[]}", 1,
         "region must be a string or an integer code, not the number 1.5"),
    ])
    func readerErrorsNameLineAndReason(text: String, line: Int, reason: String) {
        #expect {
            _ = try LabelledCaseReader.parse(text: text, file: "cases.jsonl")
        } throws: { error in
            guard let e = error as? CaseFileError else { return false }
            return e.file == "cases.jsonl" && e.line == line && e.reason.hasPrefix(reason)
        }
    }

    @Test func readerErrorDescriptionAndWholeFileErrors() throws {
        do {
            _ = try LabelledCaseReader.parse(text: "# only\n\n", file: "empty.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error == CaseFileError(file: "empty.jsonl", line: nil, reason: "no cases: every line is blank or a comment"))
            #expect(error.description == "empty.jsonl: no cases: every line is blank or a comment")
        }
        do {
            _ = try LabelledCaseReader.parse(text: "{\"id\":\"a\",\"text\":\"t\",\"created_at\":\"2024-11-25T20:00:00Z\",\"expect\":[]}\n{\"id\":\"b\"}",
                                             file: "c.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "c.jsonl:2: missing text")
        }
        do {
            _ = try LabelledCaseReader.read(path: "/nonexistent/jaga/cases.jsonl")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == nil && error.reason.hasPrefix("cannot read the file"))
        }
    }

    @Test func readerReadsAFileWithCRLFAndBOM() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("cases.jsonl")
        let body = "\u{FEFF}# header\r\n" + EvaluationFixture.eight.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .joined(separator: "\r\n") + "\r\n"
        try Data(body.utf8).write(to: file)
        let cases = try LabelledCaseReader.read(path: file.path)
        #expect(cases.count == 8)
        #expect(cases.map(\.line) == [2, 3, 5, 6, 7, 8, 9, 10])
        #expect(cases[0].item.text == "Bagi amplop di TPS 5")
    }

    @Test func snippetIsOneSafeLineCutAt120() {
        let long = String(repeating: "kata ", count: 40)
        let c = LabelledCase(item: ContentItem(id: "x", text: "a\n\tb \u{1B}[2Jc  " + long, createdAt: Timestamp(seconds: 0)))
        let s = c.snippet()
        #expect(s.hasPrefix("a b c kata kata"))
        #expect(s.count == 120 && s.hasSuffix("…"))
        let t = LabelledCase(item: ContentItem(id: "y", text: "", createdAt: Timestamp(seconds: 0), transcript: "uang\nsaku"))
        #expect(t.snippet() == "[transcript] uang saku")
    }

    // MARK: Counting

    @Test func countsAndMetricsByHand() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        let (report, errors) = Evaluation.run(detector: EvaluationFakeDetector(), cases: cases)
        #expect(errors.isEmpty)
        #expect(report.caseCount == 8)
        #expect(report.rules.map(\.rule) == ["test.link", "test.word"])

        // test.word with words [amplop], vetoes [tolak]:
        //   c1 expect, "amplop"          → found → TP
        //   c2 expect, no amplop         → not   → FN
        //   c3 expect_not, "tolak"       → not   → TN
        //   c4 expect_not, "Amplop"      → found → FP (explicit)
        //   c5 neither (expects test.link only), "amplop" → found → FP (closed world)
        //   c6 expect, "Amplop"          → found → TP
        //   c7 expect_not, no amplop     → not   → TN
        //   c8 expect_not test.link only → not   → TN
        // TP 2, FP 2, FN 1, TN 3; P = 2/4 = 0.5, R = 2/3, F1 = 2·2/(2·2+2+1) = 4/7.
        let word = try #require(report.result(for: "test.word")).counts
        #expect(word == EvaluationReport.Counts(truePositives: 2, falsePositives: 2, falseNegatives: 1, trueNegatives: 3))
        #expect(word.precision == 0.5)
        #expect(word.recall == 2.0 / 3.0)
        #expect(word.f1 == 4.0 / 7.0)

        // test.link: only c5 has "http" and expects it → TP 1; the other 7 → TN.
        let link = try #require(report.result(for: "test.link")).counts
        #expect(link == EvaluationReport.Counts(truePositives: 1, falsePositives: 0, falseNegatives: 0, trueNegatives: 7))
        #expect(link.precision == 1 && link.recall == 1 && link.f1 == 1)

        // Micro: TP 3, FP 2, FN 1, TN 10; P = 3/5, R = 3/4, F1 = 6/9.
        let total = report.total
        #expect(total == EvaluationReport.Counts(truePositives: 3, falsePositives: 2, falseNegatives: 1, trueNegatives: 10))
        #expect(total.precision == 0.6 && total.recall == 0.75 && total.f1 == 6.0 / 9.0)
        // Closed world: every rule's counts add up to the number of cases.
        #expect(report.rules.allSatisfy { $0.counts.total == 8 })
    }

    @Test func falsePositiveAndFalseNegativeLists() throws {
        let report = Evaluation.run(detector: EvaluationFakeDetector(), cases: try EvaluationFixture.cases(EvaluationFixture.eight)).report
        let fps = report.falsePositives
        #expect(fps.map(\.caseID) == ["c4", "c5"])
        #expect(fps.map(\.rule) == ["test.word", "test.word"])
        #expect(fps.map(\.label) == [.expectedNot, .unlabelled])
        #expect(fps.map(\.line) == [6, 7])
        #expect(fps[0].snippet == "Amplop coklat untuk dokumen")
        #expect(fps[0].finding?.reason == "contains \"amplop\"")
        #expect(fps[0].evidence == "\"Amplop\"")  // the span points into the original text
        #expect(fps[1].evidence == "\"amplop\"")
        let fns = report.falseNegatives
        #expect(fns.map(\.caseID) == ["c2"])
        #expect(fns[0].snippet == "Ada serangan fajar malam ini" && fns[0].finding == nil)
    }

    @Test func severalFindingsOfOneRuleCountOnceAndTheStrongestIsKept() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        let report = Evaluation.run(detector: EvaluationFakeDetector(duplicate: true), cases: cases, rules: ["test.word"]).report
        let word = try #require(report.result(for: "test.word"))
        #expect(word.counts == EvaluationReport.Counts(truePositives: 2, falsePositives: 2, falseNegatives: 1, trueNegatives: 3))
        let c1 = try #require(word.result(for: "c1"))
        #expect(c1.findingCount == 2 && c1.finding?.score == 0.5 && c1.finding?.reason == "contains \"amplop\"")
    }

    @Test func findingsOfOtherRulesAndOtherPostsAreIgnored() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        let findings = [
            Finding(contentID: "c1", rule: "test.word", severity: .low, score: 1, reason: "r", plugin: "p"),
            Finding(contentID: "c1", rule: "test.other", severity: .low, score: 1, reason: "r", plugin: "p"),
            Finding(contentID: "zz", rule: "test.word", severity: .low, score: 1, reason: "r", plugin: "p"),
        ]
        let report = Evaluation.evaluate(cases: cases, findings: findings, rules: ["test.word", "test.word"])
        #expect(report.rules.count == 1)
        // c1 TP; c2 c6 FN; the five others TN.
        #expect(report.total == EvaluationReport.Counts(truePositives: 1, falsePositives: 0, falseNegatives: 2, trueNegatives: 5))
    }

    @Test func undefinedMetricsAreNotApplicableAndNeverFail() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        // Nothing found at all: test.word has TP 0, FP 0, FN 3 → precision n/a, recall 0, F1 0.
        // test.none: no case expects it and nothing finds it → all three n/a.
        let report = Evaluation.evaluate(cases: cases, findings: [Finding](), rules: ["test.word", "test.none"])
        let word = try #require(report.result(for: "test.word")).counts
        #expect(word.precision == nil && word.recall == 0 && word.f1 == 0)
        let none = try #require(report.result(for: "test.none")).counts
        #expect(none.precision == nil && none.recall == nil && none.f1 == nil && none.trueNegatives == 8)
        let check = report.passes(minPrecision: 0.9, minRecall: 0.9)
        #expect(!check.passed)
        #expect(check.failures == ["test.word: recall 0.000 < 0.900"])
    }

    @Test func thresholdsNameTheRuleAndMetric() throws {
        let report = Evaluation.run(detector: EvaluationFakeDetector(), cases: try EvaluationFixture.cases(EvaluationFixture.eight)).report
        // test.word: P 0.500, R 0.667, F1 0.571; test.link: all 1.000.
        #expect(report.passes(minPrecision: 0.5, minRecall: 0.6) == (true, []))
        #expect(report.passes().passed)
        let strict = report.passes(minPrecision: 0.6, minRecall: 0.7, minF1: 0.6)
        #expect(!strict.passed)
        #expect(strict.failures == [
            "test.word: precision 0.500 < 0.600",
            "test.word: recall 0.667 < 0.700",
            "test.word: F1 0.571 < 0.600",
        ])
    }

    @Test func defaultRulesAreTheNamedRulesTheManifestDeclares() throws {
        var cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        cases.append(LabelledCase(item: ContentItem(id: "c9", text: "x", createdAt: Timestamp(seconds: 0)), expect: ["test.typo"]))
        let manifest = EvaluationFakeDetector().manifest
        #expect(Evaluation.namedRules(cases) == ["test.link", "test.typo", "test.word"])
        #expect(Evaluation.defaultRules(cases: cases, manifest: manifest) == ["test.link", "test.word"])
        #expect(Evaluation.undeclaredRules(cases: cases, manifest: manifest) == ["test.typo"])
    }

    @Test func detectionErrorsAreCaughtPerCaseAndLeftUnscored() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        let (report, errors) = Evaluation.run(detector: EvaluationFakeDetector(failOn: ["c4", "c2"]), cases: cases)
        #expect(errors.map(\.caseID) == ["c2", "c4"])
        #expect(errors.map(\.message) == ["boom on c2", "boom on c4"])
        #expect(report.caseCount == 6 && report.unscored == ["c2", "c4"])
        // Without c2 (FN) and c4 (FP): test.word TP 2 (c1 c6), FP 1 (c5), FN 0, TN 3 (c3 c7 c8).
        #expect(report.result(for: "test.word")?.counts
            == EvaluationReport.Counts(truePositives: 2, falsePositives: 1, falseNegatives: 0, trueNegatives: 3))
        #expect(report.render().contains("not scored (detection failed): c2, c4"))
    }

    // MARK: Rendering

    @Test func numberFormatting() {
        #expect(EvaluationReport.decimal(nil) == "n/a")
        #expect(EvaluationReport.decimal(1) == "1.000")
        #expect(EvaluationReport.decimal(2.0 / 3.0) == "0.667")
        #expect(EvaluationReport.decimal(0.05) == "0.050")
        #expect(EvaluationReport.signed(55) == "+0.055")
        #expect(EvaluationReport.signed(-1100) == "-1.100")
        #expect(EvaluationReport.signed(0) == "+0.000")
    }

    @Test func renderIsDeterministicAndMatchesTheGolden() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        let first = Evaluation.run(detector: EvaluationFakeDetector(), cases: cases).report.render()
        let second = Evaluation.run(detector: EvaluationFakeDetector(), cases: cases.reversed()).report.render()
        #expect(first == second)
        let golden = """
        evaluated 8 cases on 2 rules
        rule         TP  FP  FN  TN  precision  recall     F1
        test.link     1   0   0   7      1.000   1.000  1.000
        test.word     2   2   1   3      0.500   0.667  0.571
        all (micro)   3   2   1  10      0.600   0.750  0.667

        false positives (2)
          test.word  c4 (line 6, expect_not)  "Amplop coklat untuk dokumen"
            score 0.500  reason: contains "amplop"  evidence: "Amplop"
          test.word  c5 (line 7, unlabelled)  "Info lengkap http://contoh.id soal amplop"
            score 0.500  reason: contains "amplop"  evidence: "amplop"

        false negatives (1)
          test.word  c2 (line 3)  "Ada serangan fajar malam ini"

        """
        #expect(first == golden)
    }

    @Test func renderWithoutRulesOrMistakes() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.eight)
        #expect(Evaluation.evaluate(cases: cases, findings: [Finding](), rules: []).render()
            == "evaluated 8 cases on 0 rules\nno rules evaluated\n")
        let clean = Evaluation.run(detector: EvaluationFakeDetector(), cases: cases, rules: ["test.link"]).report.render()
        #expect(clean.hasSuffix("false positives: none\n\nfalse negatives: none\n"))
    }
}
