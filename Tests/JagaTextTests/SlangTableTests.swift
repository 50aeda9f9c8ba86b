import Foundation
import Testing
@testable import JagaText

@Suite struct SlangTableTests {
    @Test func builtinCoversCommonForms() {
        let t = SlangTable.builtin
        #expect(t.count >= 300)
        #expect(t.formal(for: "yg") == ["yang"])
        for w in ["gak", "ga", "nggak", "gk", "tdk", "ora", "teu", "henteu", "tra"] {
            #expect(t.formal(for: w) == ["tidak"], "\(w)")
        }
        #expect(t.formal(for: "utk") == ["untuk"])
        #expect(t.formal(for: "dgn") == ["dengan"])
        #expect(t.formal(for: "krn") == ["karena"])
        #expect(t.formal(for: "bgt") == ["banget"])
        #expect(t.formal(for: "gue") == ["saya"])
        #expect(t.formal(for: "aye") == ["saya"])
        #expect(t.formal(for: "ojo") == ["jangan"])
        #expect(t.formal(for: "nyoblos") == ["mencoblos"])
        #expect(t.formal(for: "gpp") == ["tidak", "apa", "apa"])
    }

    @Test func ambiguousWordsAreNotMapped() {
        for w in SlangTable.ambiguous { #expect(SlangTable.builtin.formal(for: w) == nil, "\(w)") }
        #expect(SlangTable.ambiguous.contains("jan"))
        #expect(SlangTable.ambiguous.contains("no"))
    }

    @Test func userFileMergesOverrideAndRemoves() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-slang-\(getpid()).tsv").path
        let text = "# my table\nJan\tjangan\nyg\tyg\n\nbgt\t-\nmksd\tmaksud\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let t = try SlangTable(loading: path)
        #expect(t.formal(for: "jan") == ["jangan"])
        #expect(t.formal(for: "yg") == ["yg"])
        #expect(t.formal(for: "bgt") == nil)
        #expect(t.formal(for: "mksd") == ["maksud"])
        #expect(t.formal(for: "utk") == ["untuk"])
        let n = Normalizer(slang: t)
        #expect(n.tokens("jan lupa mksd").map(\.text) == ["jangan", "lupa", "maksud"])
    }

    @Test func badLinesAreReportedWithTheirNumber() {
        #expect(throws: SlangTableError(path: "", line: 2, message: "expected informal<tab>formal, found no tab in 'yg yang'")) {
            try SlangTable(parsing: "# ok\nyg yang\n")
        }
        #expect(throws: SlangTableError.self) { try SlangTable(parsing: "yg\t\n") }
        #expect(throws: (any Error).self) { try SlangTable(loading: "/nonexistent/slang.tsv") }
    }

    @Test func entriesInitialiserFolds() {
        let t = SlangTable(entries: ["MKSD": "Maksud", "yg": ""], base: .builtin)
        #expect(t.formal(for: "mksd") == ["maksud"])
        #expect(t.formal(for: "yg") == nil)
    }
}
