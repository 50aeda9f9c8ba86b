import Foundation
import Testing
import JagaSDK
import KeywordList

/// The built-in watch-list plugin `jaga.keywords`.
@Suite struct KeywordListTests {
    func post(_ text: String, transcript: String? = nil) -> ContentItem {
        ContentItem(id: "k1", text: text, createdAt: Timestamp(seconds: 1_732_400_000, offsetSeconds: 25200), transcript: transcript)
    }

    func detect(_ p: KeywordListPlugin, _ item: ContentItem) throws -> [Finding] {
        try p.detect(item, context: ItemContext(item: item))
    }

    func configured(words: [String] = [], file: String = "") throws -> KeywordListPlugin {
        let p = KeywordListPlugin()
        try p.configure(PluginParameters(["words": .list(words.map { .string($0) }), "file": .string(file)]))
        return p
    }

    @Test func manifest() {
        let m = KeywordListPlugin().manifest
        #expect(m.id == "jaga.keywords")
        #expect(m.kind == .detector)
        #expect(m.rules.count == 1)
        #expect(m.rules.first?.id == "jaga.keyword")
        #expect(m.rules.first?.defaultSeverity == .low)
        #expect(m.parameters.map(\.name) == ["words", "file"])
        #expect(m.parameters.map(\.defaultValue) == [.list([]), .string("")])
        #expect(m.validationProblem() == nil)
    }

    @Test func findsNothingUntilConfigured() throws {
        let fresh = KeywordListPlugin()
        #expect(try detect(fresh, post("serangan fajar amplop")).isEmpty)
        let defaults = try configured()
        #expect(defaults.watchList.isEmpty)
        #expect(try detect(defaults, post("serangan fajar amplop")).isEmpty)
    }

    @Test func wholeWordsAndPhrasesWithEvidence() throws {
        let p = try configured(words: ["serangan fajar", "Amplop", "  ", "amplop"])
        #expect(p.watchList == ["serangan fajar", "Amplop"])
        let item = post("🔥 SÉRANGAN-fajar! ada amplop lagi")
        let f = try #require(try detect(p, item).first)
        #expect(f.rule == "jaga.keyword")
        #expect(f.plugin == "jaga.keywords")
        #expect(f.severity == .low)
        #expect(f.legalBasis == "—")
        #expect(f.evidence.compactMap { $0.excerpt(of: item.text) } == ["SÉRANGAN-fajar", "amplop"])
        #expect(f.details["words"] == .list([.string("serangan fajar"), .string("Amplop")]))
        #expect(f.reason == "Watch-list hit: 'serangan fajar', 'Amplop'.")
        #expect(try detect(p, post("amplopnya fajar serangan")).isEmpty)
    }

    @Test func transcriptHitsPointIntoTheTranscript() throws {
        let p = try configured(words: ["amplop"])
        let item = post("Kunjungan ke warga", transcript: "ini amplopnya, eh amplop")
        let f = try #require(try detect(p, item).first)
        #expect(f.evidence == [EvidenceSpan(field: "transcript", start: 18, end: 24)])
    }

    @Test func readsAWordFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("watch.txt").path
        try "# watch list\n\nuang transport\r\n  # indented comment\n sembako \n".write(toFile: path, atomically: true, encoding: .utf8)
        let p = try configured(words: ["pulsa"], file: path)
        #expect(p.watchList == ["pulsa", "uang transport", "sembako"])
        #expect(try detect(p, post("Uang Transport 50rb")).count == 1)
        #expect(try detect(p, post("watch list")).isEmpty)

        // Reconfiguring replaces the list.
        try p.configure(PluginParameters(["words": .list([]), "file": .string("")]))
        #expect(try detect(p, post("sembako")).isEmpty)
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: PluginError.self) { try configured(file: "/nonexistent/words.txt") }
    }
}
