import Foundation
import JagaPlugins
import JagaSDK
import Testing

/// Flags posts whose text has a configured word; throws on posts whose text has "boom".
final class WordDetector: ItemDetector, @unchecked Sendable {
    let id: String
    let rule: String
    private var word = "amplop"
    init(id: String = "test.word", rule: String = "test.word") {
        self.id = id
        self.rule = rule
    }
    var manifest: PluginManifest {
        PluginManifest(
            id: id, version: "1.0.0", kind: .detector, summary: "finds a word",
            rules: [RuleSpec(id: rule, defaultSeverity: .medium, legalBasis: "UU 10/2016 Pasal 73")],
            parameters: [
                ParameterSpec(name: "word", type: .string, defaultValue: .string("amplop"), doc: "the word"),
                ParameterSpec(name: "threshold", type: .double(min: 0, max: 1), defaultValue: .double(0.5), doc: "a score"),
                ParameterSpec(name: "mode", type: .choice(["fast", "careful"]), defaultValue: .string("fast"), doc: "how"),
            ])
    }
    func configure(_ p: PluginParameters) throws {
        guard let w = p.string("word"), !w.isEmpty else { throw PluginError("word must not be empty") }
        word = w
    }
    func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        if item.text.contains("boom") { throw PluginError("exploded") }
        guard let r = PhraseQuery(word).firstMatch(in: item.text) else { return [] }
        return [Finding(contentID: item.id, rule: rule, severity: .medium, score: 1, reason: "has \(word)",
                        evidence: [EvidenceSpan(start: r.lowerBound, end: r.upperBound)], plugin: id,
                        details: ["zone": .string(context.zone.zone.rawValue)])]
    }
}

/// Counts posts per author and flags authors with three or more posts.
final class BusyAuthors: DatasetDetector, @unchecked Sendable {
    var manifest: PluginManifest {
        PluginManifest(id: "test.busy", version: "0.1.0", kind: .datasetDetector, summary: "busy authors",
                       rules: [RuleSpec(id: "test.busy", defaultSeverity: .low, legalBasis: "")])
    }
    func detect(_ posts: PostStore, rows: [Int], context: DatasetContext) throws -> [Finding] {
        var byAuthor: [String: [Int]] = [:]
        for r in rows { byAuthor[posts.author.string(r) ?? "", default: []].append(r) }
        return byAuthor.filter { $0.value.count >= 3 }.flatMap { _, rs in
            rs.map { Finding(contentID: posts.ids.string($0) ?? "", rule: "test.busy", severity: .low, score: 0.5, reason: "busy", plugin: "test.busy") }
        }
    }
}

@Suite struct RegistryTests {
    @Test func duplicatesAreRefused() throws {
        let reg = PluginRegistry()
        try reg.register(WordDetector(), origin: "built-in")
        #expect(throws: RegistryError.self) { try reg.register(WordDetector(), origin: "again") }
        do {
            try reg.register(WordDetector(id: "other.plugin", rule: "test.word"), origin: "x.so")
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message == "rule test.word is already emitted by test.word; other.plugin (x.so) cannot claim it too")
        }
        do {
            try reg.register(WordDetector(id: "NoDots", rule: "a.b"), origin: "y")
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message.contains("must look like vendor.name"))
        }
    }

    @Test func parametersAreValidated() throws {
        let reg = PluginRegistry()
        try reg.register(WordDetector(), origin: "built-in")
        try reg.setParameter("test.word", "threshold", .int(1))
        #expect(reg.entry("test.word")?.parameters["threshold"] == .double(1))
        func message(_ body: () throws -> Void) -> String {
            do { try body(); return "" } catch { return (error as? RegistryError)?.message ?? "\(error)" }
        }
        #expect(message { try reg.setParameter("test.word", "threshold", .double(1.5)) } == "test.word.threshold: 1.5 is above the maximum 1 (allowed: number in 0...1)")
        #expect(message { try reg.setParameter("test.word", "threshold", .string("x")) } == "test.word.threshold: expected number in 0...1, found string \"x\"")
        #expect(message { try reg.setParameter("test.word", "mode", .string("slow")) } == "test.word.mode: 'slow' is not allowed (choose one of: fast, careful)")
        #expect(message { try reg.setParameter("test.word", "nope", .int(1)) } == "test.word has no parameter 'nope' (parameters: word, threshold, mode)")
        #expect(message { try reg.setParameter("test.wrod", "word", .string("x")) }.contains("did you mean 'test.word'?"))
        // The plugin refuses an empty word; its old configuration stays.
        #expect(message { try reg.setParameter("test.word", "word", .string("")) } == "test.word.word: word must not be empty")
        #expect(reg.entry("test.word")?.parameters["word"] == .string("amplop"))
    }
}

@Suite struct RunnerTests {
    static func store(_ n: Int) -> PostStore {
        var s = PostStore()
        for i in 0..<n {
            let text = i % 7 == 0 ? "ada amplop nih \(i)" : (i % 101 == 0 ? "boom \(i)" : "biasa saja \(i)")
            s.append(ContentItem(id: String(format: "p%05d", i), text: text,
                                 createdAt: Timestamp(seconds: 1_732_400_000 + Int64(i), offsetSeconds: 28800),
                                 author: "a\(i % 5)", region: i % 2 == 0 ? "Sulsel" : nil))
        }
        return s
    }

    @Test func findingsAreDeterministicAndFailuresKept() throws {
        let s = RunnerTests.store(20_000)
        let regions = s.region.values.map { RegionResolver.shared.resolve($0)?.region }
        let plugins: [any Plugin] = [WordDetector(), BusyAuthors()]
        let a = PluginRunner.run(plugins, store: s, rows: nil, regions: regions)
        let b = PluginRunner.run(plugins.reversed(), store: s, rows: nil, regions: regions)
        #expect(a.findings == b.findings)
        #expect(a.findings.filter { $0.rule == "test.word" }.count == (0..<20_000).filter { $0 % 7 == 0 }.count)
        #expect(a.findings.filter { $0.rule == "test.busy" }.count == 20_000)
        // Sorted by content id, then rule.
        #expect(a.findings == a.findings.sorted(by: Finding.canonicalOrder))
        // Posts with "boom" throw; each is reported and nothing else is lost.
        let booms = (0..<20_000).filter { $0 % 101 == 0 && $0 % 7 != 0 }.count
        #expect(a.failures.count == booms)
        #expect(a.failures.first?.message == "exploded")
        // Region context reaches the detector: even rows are in Sulawesi Selatan (WITA).
        #expect(a.findings.first { $0.contentID == "p00000" && $0.rule == "test.word" }?.details["zone"] == .string("WITA"))
    }

    /// Each chunk sorts its own findings; when the chunks' runs are not in order one after
    /// another (rows given backwards), the runner sorts them all.
    @Test func findingsAreSortedWhateverTheRowOrder() {
        let s = RunnerTests.store(5_000)
        let forwards = PluginRunner.run([WordDetector()], store: s, rows: nil, regions: [nil], timing: false)
        let backwards = PluginRunner.run([WordDetector()], store: s, rows: Array((0..<5_000).reversed()), regions: [nil], timing: false)
        #expect(forwards.findings.count == (0..<5_000).filter { $0 % 7 == 0 }.count)
        #expect(backwards.findings == forwards.findings)
        #expect(backwards.findings == backwards.findings.sorted(by: Finding.canonicalOrder))
        #expect(backwards.findings.first?.contentID == "p00000")
    }

    @Test func onlyTheGivenRowsAreJudged() {
        let s = RunnerTests.store(100)
        let out = PluginRunner.run([WordDetector()], store: s, rows: [0, 1, 7], regions: [nil])
        #expect(out.findings.map(\.contentID) == ["p00000", "p00007"])
        #expect(out.rows == 3)
    }

    /// Records whether the items it sees carry an author (it declares what it reads).
    final class AuthorProbe: ItemDetector, @unchecked Sendable {
        let reads: ContentFields
        init(reads: ContentFields) { self.reads = reads }
        var manifest: PluginManifest {
            PluginManifest(id: "test.probe\(reads.rawValue)", version: "1.0.0", kind: .detector, summary: "probe",
                           rules: [RuleSpec(id: "test.probe", defaultSeverity: .low, legalBasis: "")])
        }
        var fieldsRead: ContentFields { reads }
        func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
            [Finding(contentID: item.id, rule: "test.probe", severity: .low, score: 1, reason: item.author ?? "none",
                     evidence: [], legalBasis: "", plugin: manifest.id)]
        }
    }

    @Test func itemsCarryTheFieldsSomeDetectorReads() {
        let s = RunnerTests.store(10)
        let textOnly = AuthorProbe(reads: [.transcript])
        // Alone, it gets no author; with a detector that reads everything, both get it.
        #expect(PluginRunner.run([textOnly], store: s, rows: nil, regions: [nil]).findings.allSatisfy { $0.reason == "none" })
        let both = PluginRunner.run([textOnly, AuthorProbe(reads: .all)], store: s, rows: nil, regions: [nil])
        #expect(both.findings.count == 20 && both.findings.allSatisfy { $0.reason.hasPrefix("a") })
        // A detector that does not say reads everything.
        #expect(WordDetector().fieldsRead == .all)
    }
}
