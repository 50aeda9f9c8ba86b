import Foundation
import JagaPlugins
import JagaSDK
import Testing
@testable import JagaQuery

/// Flags "amplop" (high) and "serangan fajar" (medium) as two rules; for command tests.
final class TwoRules: ItemDetector, @unchecked Sendable {
    var manifest: PluginManifest {
        PluginManifest(id: "test.two", version: "1.0.0", kind: .detector, summary: "two rules",
                       rules: [RuleSpec(id: "test.amplop", defaultSeverity: .high, legalBasis: "Pasal 73"),
                               RuleSpec(id: "test.fajar", defaultSeverity: .medium, legalBasis: "Pasal 187A")],
                       parameters: [ParameterSpec(name: "min_len", type: .int(min: 0, max: 1000), defaultValue: .int(0), doc: "shortest text judged")])
    }
    func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        var out: [Finding] = []
        if let r = PhraseQuery("amplop").firstMatch(in: item.text) {
            out.append(Finding(contentID: item.id, rule: "test.amplop", severity: .high, score: 0.9, reason: "amplop offered",
                               evidence: [EvidenceSpan(start: r.lowerBound, end: r.upperBound)], legalBasis: "Pasal 73", plugin: "test.two"))
        }
        if let r = PhraseQuery("serangan fajar").firstMatch(in: item.text) {
            out.append(Finding(contentID: item.id, rule: "test.fajar", severity: .medium, score: 0.7, reason: "serangan fajar",
                               evidence: [EvidenceSpan(start: r.lowerBound, end: r.upperBound)], legalBasis: "Pasal 187A", plugin: "test.two"))
        }
        return out
    }
}

@Suite struct PluginCommandTests {
    func session() throws -> (Session, StringSink) {
        let (s, sink) = Fixtures.session()
        try s.plugins.register(TwoRules(), origin: "test")
        s.currentPosts = "posts"
        return (s, sink)
    }

    @Test func runQueryAndExportFindings() throws {
        let (s, sink) = try session()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-run-\(UUID().uuidString)")
        try s.execute("""
            run all
            mode csv
            findings | where severity >= high | project content_id, rule, evidence
            findings | count by rule
            posts | where region = "Jabar" | run test.two
            findings | count
            run all
            export findings to "\(dir.path)/f.jsonl"
            """, file: "t")
        #expect(sink.text.hasPrefix("4 findings from 1 plugin (test.two) over 6 posts of posts\n"))
        #expect(sink.text.contains("content_id,rule,evidence\r\np1,test.amplop,\"[\"\"amplop\"\"]\"\r\n"))
        #expect(sink.text.contains("rule,count\r\ntest.fajar,3\r\ntest.amplop,1\r\n"))
        #expect(sink.text.contains("2 findings from 1 plugin (test.two) over 2 posts of posts\n"))
        #expect(sink.text.contains("count\r\n2\r\n"))
        let lines = try String(contentsOf: dir.appendingPathComponent("f.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == #"{"content_id":"p1","rule":"test.amplop","plugin":"test.two","severity":"high","score":0.9,"reason":"amplop offered","evidence":[{"field":"text","start":45,"end":51,"text":"amplop"}],"legal_basis":"Pasal 73","details":{}}"#)
    }

    @Test func showHighlightsEvidence() throws {
        let (s, sink) = try session()
        try s.execute("run all\nshow p1", file: "t")
        #expect(sink.text.contains("test.amplop  [high]  score 0.9  test.two"))
        #expect(sink.text.contains("evidence in text: Besok ada «SERANGAN FAJAR» di kampung, siapkan «amplop»!") == false)
        #expect(sink.text.contains("evidence in text: Besok ada SERANGAN FAJAR di kampung, siapkan «amplop»!"))
    }

    @Test func pluginParametersAndDescribe() throws {
        let (s, sink) = try session()
        try s.execute("set test.two.min_len = 5\ndescribe test.two\ndisable test.two\nplugins", file: "t")
        #expect(sink.text.contains("test.two.min_len = 5   (int in 0...1000; default 0)"))
        #expect(sink.text.contains("│ test.two │ detector │ 1.0.0   │ false   │ test.amplop, test.fajar │ test   │"))
        let (s2, _) = try session()
        do {
            try s2.execute("set test.two.min_len = 5000", file: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "test.two.min_len: 5000 is above the maximum 1000 (allowed: int in 0...1000)")
            #expect(error.location?.column == 5)
        }
        #expect(throws: ScriptError.self) { try s2.execute("disable test.tow", file: "t") }
        #expect(throws: ScriptError.self) { try s2.execute("run nothing.here", file: "t") }
    }
}

/// Reads "id|text|created_at" lines; a line without two bars is a reject.
final class PipeImporter: ContentImporter, @unchecked Sendable {
    var manifest: PluginManifest { PluginManifest(id: "test.pipe", version: "1.0.0", kind: .importer, summary: "pipe-separated posts") }
    var formatName: String { "pipe" }
    func load(path: String, into store: inout PostStore, reject: (ImportReject) -> Void) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var n = 0
        for (i, line) in text.split(separator: "\n").enumerated() {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, let ts = Timestamp(rfc3339: parts[2]) else {
                reject(ImportReject(line: i + 1, reason: "expected id|text|created_at", raw: String(line)))
                continue
            }
            store.append(ContentItem(id: parts[0], text: parts[1], createdAt: ts))
            n += 1
        }
        return n
    }
}

/// Writes one "content_id rule" line per finding.
final class LinesExporter: FindingExporter, @unchecked Sendable {
    var manifest: PluginManifest { PluginManifest(id: "test.lines", version: "1.0.0", kind: .exporter, summary: "plain lines") }
    var formatName: String { "lines" }
    func export(_ findings: [Finding], posts: PostStore) throws -> [UInt8] {
        Array(findings.map { "\($0.contentID) \($0.rule)\n" }.joined().utf8)
    }
}

@Suite struct ImporterExporterPluginTests {
    @Test func importerAndExporterPluginsAddFormats() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "q1|ada amplop|2024-11-25T10:00:00+07:00\nrusak\nq2|aman|2024-11-25T11:00:00+07:00\n"
            .write(to: dir.appendingPathComponent("in.pipe"), atomically: true, encoding: .utf8)
        let sink = StringSink(), diag = StringSink()
        let s = Session(output: sink, diagnostics: diag, workspaceDirectory: dir.path)
        try s.plugins.register(PipeImporter(), origin: "test")
        try s.plugins.register(LinesExporter(), origin: "test")
        try s.plugins.register(TwoRules(), origin: "test")
        try s.execute("""
            load pipe "\(dir.path)/in.pipe" as piped
            assert (piped | count) = 2
            run all
            export findings to "\(dir.path)/out.txt" format lines
            """, file: "t")
        #expect(try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8) == "q1 test.amplop\n")
        #expect(diag.text.contains("1 rejected"))
        let rejects = try String(contentsOf: dir.appendingPathComponent("rejects/piped.rejects.jsonl"), encoding: .utf8)
        #expect(rejects.contains("\"line\":2") && rejects.contains("rusak"))
        #expect(throws: ScriptError.self) { try s.execute("export findings to \"\(dir.path)/x\" format pdf", file: "t") }
    }
}

/// A plugin whose id has hyphens and a number, like the taxonomy's `pilkada.masa-tenang`.
final class HyphenatedID: ItemDetector, @unchecked Sendable {
    var manifest: PluginManifest {
        PluginManifest(id: "test.masa-tenang-2", version: "1.0.0", kind: .detector, summary: "hyphenated",
                       rules: [RuleSpec(id: "test.masa-tenang-2", defaultSeverity: .low, legalBasis: "")])
    }
    func detect(_ item: ContentItem, context: ItemContext) throws -> [Finding] {
        [Finding(contentID: item.id, rule: "test.masa-tenang-2", severity: .low, score: 1, reason: "every post", plugin: "test.masa-tenang-2")]
    }
}

@Suite struct HyphenatedIDTests {
    @Test func commandsTakeHyphenatedIDsWrittenWithoutSpaces() throws {
        let (s, sink) = Fixtures.session()
        try s.plugins.register(HyphenatedID(), origin: "test")
        s.currentPosts = "posts"
        try s.execute("""
            disable test.masa-tenang-2
            enable test.masa-tenang-2
            run test.masa-tenang-2
            """, file: "t")
        #expect(sink.text.contains("6 findings from 1 plugin (test.masa-tenang-2)"))
        // With spaces around the hyphen it is not one word any more.
        #expect(throws: ScriptError.self) { try s.execute("run test.masa - tenang-2", file: "t") }
    }
}
