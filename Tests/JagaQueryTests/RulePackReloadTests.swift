import Foundation
import JagaSDK
import RulePack
import Testing
@testable import JagaQuery

@Suite struct RulePackReloadTests {
    @Test func reloadPicksUpEditsAndErrorsPointAtTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let pack = dir.appendingPathComponent("pack.yaml")
        func write(_ words: String, severity: String = "high") throws {
            try """
                pack: test.pack
                version: 0.1.0
                summary: test pack
                rules:
                  - id: test.pack-word
                    severity: \(severity)
                    legal_basis: none
                    reason: "mentions {match}"
                    any: [\(words)]
                """.write(to: pack, atomically: true, encoding: .utf8)
        }
        try write("amplop")
        let (s, sink) = Fixtures.session()
        s.pluginFileLoaders["yaml"] = { path in [try RulePackLoader.load(path: path)] }
        s.currentPosts = "posts"
        try s.execute("plugin load \"\(pack.path)\"\nrun test.pack\nset a = (findings | count)", file: "t")
        #expect(s.context.variables["a"] == .int(1))
        try write("amplop, serangan fajar")
        try s.execute("plugin reload\nrun test.pack\nset b = (findings | count)", file: "t")
        #expect(s.context.variables["b"] == .int(3))
        _ = sink
        try write("amplop", severity: "hgih")
        do {
            try s.execute("plugin reload", file: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.contains("rules[0].severity"), "\(error.message)")
            #expect(error.message.contains("pack.yaml:6"), "\(error.message)")
        }
        // The old pack stays registered after a failed reload.
        try s.execute("run test.pack\nset c = (findings | count)", file: "t")
        #expect(s.context.variables["c"] == .int(3))
    }
}
