import Foundation
import JagaCore
import Testing
@testable import JagaQuery

@Suite struct QueryTests {
    func count(_ q: String) throws -> Int64? {
        let (s, _) = Fixtures.session()
        try s.execute("set n = (\(q) | count)", file: "t")
        if case .int(let n) = s.context.variables["n"] { return n }
        return nil
    }

    @Test func hasIsWholeWordCaseAndAccentInsensitive() throws {
        // p1 upper case, p2 hyphenated, p6 accents and spaces; p3 "fajarnya" is not the word "fajar".
        #expect(try count(#"posts | where text has "serangan fajar""#) == 3)
        #expect(try count(#"posts | where text contains "fajar""#) == 4)
        #expect(try count(#"posts | where text !has "serangan fajar""#) == 3)
        #expect(try count(#"posts | where transcript has "serangan fajar""#) == 1)
    }

    @Test func regionsResolveLoosely() throws {
        #expect(try count(#"posts | where region = "Jawa Barat""#) == 2)   // Jabar + kab bandung
        #expect(try count(#"posts | where region = "Sulsel""#) == 2)       // Makassar + Sulsel
        #expect(try count(#"posts | where province = "Sulawesi Selatan""#) == 2)
        #expect(try count(#"posts | where zone = "WIT""#) == 1)
        #expect(try count(#"posts | where isnull(region)"#) == 1)
    }

    @Test func comparisonsTimesAndLists() throws {
        #expect(try count("posts | where likes >= 10") == 3)
        #expect(try count("posts | where created_at >= 2024-11-24T00:00+08:00 and created_at < 2024-11-27T00:00+08:00") == 5)
        #expect(try count(#"posts | where platform in ["tiktok", "x"]"#) == 3)
        #expect(try count(#"posts | where platform not in ["tiktok", "x"]"#) == 3)
        #expect(try count("posts | where views between 100 and 1000") == 3)
        #expect(try count(#"posts | where kecamatan = "Tamalate""#) == 1)
        #expect(try count(#"posts | where hashtags has "pilkada""#) == 1)
        #expect(try count(#"posts | where text matches "nomor\s*2""#) == 1)
    }

    @Test func sortTakeProjectCountBy() throws {
        let (out, err) = Fixtures.run("""
            mode csv
            posts | sort by likes desc | take 3 | project id, likes
            posts | count by platform
            posts | distinct author | take 2
            """)
        #expect(err == nil)
        #expect(out == """
            id,likes\r
            p5,200\r
            p2,50\r
            p1,10\r
            platform,count\r
            tiktok,2\r
            instagram,1\r
            whatsapp,1\r
            x,1\r
            youtube,1\r
            author\r
            anon1\r
            budi\r

            """)
    }

    @Test func assertReportsValuesAndIsAnAssertion() {
        let (_, err) = Fixtures.run("assert (posts | where text has \"serangan fajar\" | count) > 5")
        #expect(err?.isAssertion == true)
        #expect(err?.description.contains("values: (posts | where text has \"serangan fajar\" | count) = 3") == true)
        #expect(err?.location?.line == 1)
    }

    @Test func unknownNamesSuggest() {
        #expect(Fixtures.run("lod posts \"x\"").1?.message.contains("did you mean 'load'?") == true)
        #expect(Fixtures.run("posts | where lieks > 1").1?.message.contains("did you mean 'likes'?") == true)
        #expect(Fixtures.run("post | count").1?.message.contains("did you mean 'posts'?") == true)
        #expect(Fixtures.run("posts | where likes > \"x\"").1?.message.contains("cannot compare int with string") == true)
    }

    @Test func variablesAndEcho() {
        let (out, err) = Fixtures.run("""
            set r = "Sulsel"
            set n = (posts | where region = $r | count)
            echo "posts in $r: $n"
            """)
        #expect(err == nil)
        #expect(out == "posts in Sulsel: 2\n")
    }

    @Test func csvGuardsFormulasAndJsonEscapes() throws {
        let t = ResultTable(columns: ["a"], rows: [[.string("=HYPERLINK(\"x\")")], [.string("-5")], [.int(-5)]])
        let csv = try ResultFormatter(mode: .csv).render(QueryResult(table: t))
        #expect(csv == "a\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'-5\r\n-5\r\n")
        let j = JSONWriter.string("a\"\u{1B}]0;x\u{07}\n\u{2028}")
        #expect(j == #""a\"\u001b]0;x\u0007\n\u2028""#)
    }

    @Test func tableModeStripsEscapes() throws {
        let t = ResultTable(columns: ["text"], rows: [[.string("hi \u{1B}]0;pwned\u{07}there\u{1B}[2J")]])
        let out = try ResultFormatter(mode: .table).render(QueryResult(table: t))
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("hi there"))
    }
}


@Suite struct ExportTests {
    @Test func jsonlExportKeepsEveryFieldAndLoadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jaga-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let (s, sink) = Fixtures.session()
        s.workspaceDirectory = dir.path
        try s.execute("""
            mode jsonl
            output "\(dir.path)/out.jsonl"
            posts
            output
            load posts "\(dir.path)/out.jsonl" as again
            assert (again | count) = (posts | count)
            assert (again | where kecamatan = "Tamalate" and region = "Sulsel" | count) = 1
            assert (again | where text has "serangan fajar" | count) = 3
            """, file: "t")
        let text = try String(contentsOf: dir.appendingPathComponent("out.jsonl"), encoding: .utf8)
        #expect(text.contains(#""region":"Sulsel""#))
        #expect(text.contains(#""kecamatan":"Tamalate","batch":7"#))
        #expect(text.split(separator: "\n").count == 6)
        #expect(!sink.text.contains("rejected"))
    }
}
