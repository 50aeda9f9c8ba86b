import Testing
@testable import JagaPlugins
import JagaSDK

@Suite("Evaluation: comparison")
struct EvaluationComparisonTests {
    /// A: words [amplop], vetoes [tolak], score 0.5. B: words [amplop, fajar], vetoes [tolak, dokumen], score 0.8.
    static func detectors() -> (EvaluationFakeDetector, EvaluationFakeDetector) {
        (EvaluationFakeDetector(),
         EvaluationFakeDetector(words: ["amplop", "fajar"], vetoes: ["tolak", "dokumen"], score: 0.8))
    }

    // By hand, nine cases (c9 "Operasi fajar: bagi-bagi uang" expects test.word):
    //
    //   test.word   label        A (amplop / tolak)   B (amplop,fajar / tolak,dokumen)   change
    //   c1          expect       TP                   TP                                 (score 0.5 → 0.8)
    //   c2          expect       FN                   TP ("fajar")                       newly caught
    //   c3          expect_not   TN                   TN
    //   c4          expect_not   FP                   TN ("dokumen")                     fixed FP
    //   c5          unlabelled   FP                   FP                                 (score 0.5 → 0.8)
    //   c6          expect       TP                   FN ("dokumen")                     newly missed
    //   c7          expect_not   TN                   FP ("Fajar")                       new FP
    //   c8          expect_not   TN                   TN
    //   c9          expect       FN                   TP ("fajar")                       newly caught
    //
    //   A test.word: TP 2, FP 2, FN 2, TN 3 → P 2/4 = 0.500, R 2/4 = 0.500, F1 4/8 = 0.500
    //   B test.word: TP 3, FP 2, FN 1, TN 3 → P 3/5 = 0.600, R 3/4 = 0.750, F1 6/9 = 0.667
    //   test.link (same in both): TP 1 (c5), TN 8 → all 1.000
    //   micro A: TP 3, FP 2, FN 2, TN 11 → P 0.600, R 0.600, F1 6/10 = 0.600
    //   micro B: TP 4, FP 2, FN 1, TN 11 → P 4/6 = 0.667, R 4/5 = 0.800, F1 8/11 = 0.727

    @Test func changesAndDeltasByHand() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let (a, b) = Self.detectors()
        let (report, errors) = Comparison.run(cases: cases, a: ("A", a), b: ("B", b))
        #expect(errors.isEmpty)
        #expect(report.caseCount == 9)
        #expect(report.changes(.newlyCaught).map(\.caseID) == ["c2", "c9"])
        #expect(report.changes(.newlyMissed).map(\.caseID) == ["c6"])
        #expect(report.changes(.newFalsePositive).map(\.caseID) == ["c7"])
        #expect(report.changes(.fixedFalsePositive).map(\.caseID) == ["c4"])
        #expect(report.changes.allSatisfy { $0.rule == "test.word" })
        #expect(report.changes.map(\.kind) == [.newlyCaught, .newlyCaught, .newlyMissed, .newFalsePositive, .fixedFalsePositive])
        // The finding shown: B's for caught/new FP, A's for missed/fixed FP.
        #expect(report.changes(.newlyCaught).first?.finding?.reason == "contains \"fajar\"")
        #expect(report.changes(.newlyMissed).first?.finding?.score == 0.5)

        let word = try #require(report.rules.first { $0.rule == "test.word" })
        #expect(word.a == EvaluationReport.Counts(truePositives: 2, falsePositives: 2, falseNegatives: 2, trueNegatives: 3))
        #expect(word.b == EvaluationReport.Counts(truePositives: 3, falsePositives: 2, falseNegatives: 1, trueNegatives: 3))
        #expect(word.precisionDelta == 100 && word.recallDelta == 250 && word.f1Delta == 167)
        let total = report.total
        #expect(total.a.f1 == 0.6 && total.b.f1 == 8.0 / 11.0)
        #expect(total.precisionDelta == 67 && total.recallDelta == 200 && total.f1Delta == 127)

        // Same outcome, score moved by 0.3 ≥ 0.2: c1 (TP) and c5 (FP) for test.word.
        #expect(report.scoreShifts.map(\.after.caseID) == ["c1", "c5"])
        #expect(report.scoreShifts.map(\.after.outcome) == [.truePositive, .falsePositive])
        #expect(report.summary == "B catches 2 more, misses 1 more, 1 new false positive, 1 fixed; F1 0.600 → 0.727 (+0.127)")
    }

    @Test func oneConfigurablePluginWithTwoParameterSets() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let plugin = EvaluationFakeDetector()
        let rules = Evaluation.defaultRules(cases: cases, manifest: plugin.manifest)
        let runA = Evaluation.detect(detector: plugin, cases: cases)
        try plugin.configure(PluginParameters([
            "words": .list([.string("amplop"), .string("fajar")]), "vetoes": .list([.string("tolak"), .string("dokumen")]),
            "score": .double(0.8),
        ]))
        let runB = Evaluation.detect(detector: plugin, cases: cases)
        let report = Comparison.compare(cases: cases, findingsA: runA.findings, findingsB: runB.findings, rules: rules,
                                        labelA: "lama", labelB: "baru")
        #expect(report.summary == "baru catches 2 more, misses 1 more, 1 new false positive, 1 fixed; F1 0.600 → 0.727 (+0.127)")
        let (a, b) = Self.detectors()
        let viaRun = Comparison.run(cases: cases, a: ("lama", a), b: ("baru", b)).report
        #expect(report == viaRun)
    }

    @Test func identicalDetectorsChangeNothing() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let report = Comparison.run(cases: cases, a: ("A", EvaluationFakeDetector()), b: ("B", EvaluationFakeDetector())).report
        #expect(report.changes.isEmpty && report.scoreShifts.isEmpty)
        #expect(report.summary == "B changes no outcome on 9 cases; F1 0.600 → 0.600 (+0.000)")
    }

    @Test func scoreShiftThresholdAndOff() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let (a, b) = Self.detectors()
        #expect(Comparison.run(cases: cases, a: ("A", a), b: ("B", b), scoreShift: 0.31).report.scoreShifts.isEmpty)
        #expect(Comparison.run(cases: cases, a: ("A", a), b: ("B", b), scoreShift: 0.3).report.scoreShifts.count == 2)
        let off = Comparison.run(cases: cases, a: ("A", a), b: ("B", b), scoreShift: nil).report
        #expect(off.scoreShifts.isEmpty && !off.render().contains("score shifts"))
    }

    @Test func casesThatFailOnEitherSideAreLeftOutOfBoth() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let a = EvaluationFakeDetector(failOn: ["c9"])
        let b = EvaluationFakeDetector(words: ["amplop", "fajar"], vetoes: ["tolak", "dokumen"], score: 0.8, failOn: ["c2", "c9"])
        let (report, errors) = Comparison.run(cases: cases, a: ("A", a), b: ("B", b))
        #expect(errors.map(\.caseID) == ["c2", "c9", "c9"])
        #expect(errors.map(\.label) == ["B", "A", "B"])
        #expect(errors.map(\.message) == ["boom on c2", "boom on c9", "boom on c9"])
        #expect(report.caseCount == 7 && report.unscored == ["c2", "c9"])
        // Without c2 and c9 nothing is newly caught; the other changes remain.
        #expect(report.changes(.newlyCaught).isEmpty)
        #expect(report.changes.map(\.caseID) == ["c6", "c7", "c4"])
        #expect(report.render().contains("not compared (detection failed on one side): c2, c9"))
    }

    @Test func rulesOnOneSideOnlyAreListedNotCompared() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let (a, b) = Self.detectors()
        let ra = Evaluation.run(detector: a, cases: cases, rules: ["test.link", "test.word"]).report
        let rb = Evaluation.run(detector: b, cases: cases, rules: ["test.word", "test.new"]).report
        let report = Comparison.compare(ra, rb)
        #expect(report.rules.map(\.rule) == ["test.word"])
        #expect(report.onlyInA == ["test.link"] && report.onlyInB == ["test.new"])
        // Only test.word: F1 0.500 → 0.667.
        #expect(report.summary.hasSuffix("F1 0.500 → 0.667 (+0.167)"))
    }

    @Test func renderIsDeterministicAndMatchesTheGolden() throws {
        let cases = try EvaluationFixture.cases(EvaluationFixture.nine)
        let (a, b) = Self.detectors()
        let first = Comparison.run(cases: cases, a: ("A", a), b: ("B", b)).report.render()
        let second = Comparison.run(cases: cases.reversed(), a: ("A", a), b: ("B", b)).report.render()
        #expect(first == second)
        let golden = """
        B catches 2 more, misses 1 more, 1 new false positive, 1 fixed; F1 0.600 → 0.727 (+0.127)
        A = A, B = B; 9 cases, 2 rules

        rule         TP   FP   FN   precision A→B         recall A→B            F1 A→B
        test.link    1→1  0→0  0→0  1.000→1.000 (+0.000)  1.000→1.000 (+0.000)  1.000→1.000 (+0.000)
        test.word    2→3  2→2  2→1  0.500→0.600 (+0.100)  0.500→0.750 (+0.250)  0.500→0.667 (+0.167)
        all (micro)  3→4  2→2  2→1  0.600→0.667 (+0.067)  0.600→0.800 (+0.200)  0.600→0.727 (+0.127)

        newly caught (2): FN in A, TP in B
          test.word  c2 (line 3)  "Ada serangan fajar malam ini"
            B: score 0.800  reason: contains "fajar"  evidence: "fajar"
          test.word  c9 (line 11)  "Operasi fajar: bagi-bagi uang"
            B: score 0.800  reason: contains "fajar"  evidence: "fajar"

        newly missed (1): TP in A, FN in B
          test.word  c6 (line 8)  "Amplop dokumen suara dibagikan"
            A: score 0.500  reason: contains "amplop"  evidence: "Amplop"

        new false positives (1): not found in A, FP in B
          test.word  c7 (line 9, expect_not)  "Fajar menyingsing di Nabire"
            B: score 0.800  reason: contains "fajar"  evidence: "Fajar"

        fixed false positives (1): FP in A, not found in B
          test.word  c4 (line 6, expect_not)  "Amplop coklat untuk dokumen"
            A: score 0.500  reason: contains "amplop"  evidence: "Amplop"

        score shifts of 0.200 or more, same outcome (2)
          test.word  c1 (TP)  0.500 → 0.800 (+0.300)  "Bagi amplop di TPS 5"
          test.word  c5 (FP)  0.500 → 0.800 (+0.300)  "Info lengkap http://contoh.id soal amplop"

        """
        #expect(first == golden)
    }
}
