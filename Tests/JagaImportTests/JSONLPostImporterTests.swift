import Foundation
import JagaCore
import Testing
@testable import JagaImport

@Suite("JSON Lines posts")
struct JSONLPostImporterTests {
    @Test("every canonical field and unknown fields")
    func canonical() throws {
        let dir = TempDir()
        let file = dir.write("posts.jsonl", """
        {"id":"p0001","text":"Suara dicuri di TPS 12","created_at":"2024-11-25T19:03:00+08:00","author":"warga1","platform":"tiktok","url":"https://www.tiktok.com/@warga1/video/1","region":"Kota Makassar","hashtags":["#pilkada","curang"],"likes":10,"shares":2,"comments":3,"views":400,"transcript":"suara dicuri","reply_to":"p0000","lang":"id","score":0.75,"flag":true,"tags2":[1,"a",null],"meta":{"a":[1,{"b":2}]},"big":18446744073709551615,"n":-3,"nothing":null}
        {"id":12345,"text":"","created_at":"2024-11-25T11:03:00Z","region":7371}
        """)
        let (s, summary) = try loadPosts(file, in: dir)
        var store = s
        #expect(summary.loaded == 2)
        #expect(summary.rejected == 0)
        #expect(summary.rejectsPath == nil)
        #expect(!dir.exists("rejects/posts.rejects.jsonl"))
        let a = store.item(0)
        #expect(a.id == "p0001")
        #expect(a.text == "Suara dicuri di TPS 12")
        #expect(a.createdAt == Timestamp(rfc3339: "2024-11-25T11:03:00Z"))
        #expect(a.createdAt.offsetSeconds == 8 * 3600)
        #expect(a.author == "warga1")
        #expect(a.platform == "tiktok")
        #expect(a.url == "https://www.tiktok.com/@warga1/video/1")
        #expect(a.region == "Kota Makassar")
        #expect(a.hashtags == ["pilkada", "curang"])
        #expect(a.likes == 10 && a.shares == 2 && a.comments == 3 && a.views == 400)
        #expect(a.transcript == "suara dicuri")
        #expect(a.replyTo == "p0000")
        #expect(a.lang == "id")
        let extra = Dictionary(uniqueKeysWithValues: a.extra.map { ($0.0, $0.1) })
        #expect(extra["score"] == .double(0.75))
        #expect(extra["flag"] == .bool(true))
        #expect(extra["tags2"] == .list([.int(1), .string("a"), .null]))
        #expect(extra["meta"] == .json(#"{"a":[1,{"b":2}]}"#))
        #expect(extra["big"] == .string("18446744073709551615"))
        #expect(extra["n"] == .int(-3))
        #expect(extra["nothing"] == nil)
        let b = store.item(1)
        #expect(b.id == "12345")
        #expect(b.text == "")
        #expect(b.region == "7371")
        #expect(b.author == nil && b.likes == nil && b.hashtags.isEmpty)
        #expect(store.row(ofID: "12345") == 1)
    }

    @Test("escapes and Unicode in text")
    func escapes() throws {
        let dir = TempDir()
        let file = dir.write("u.jsonl", #"""
        {"id":"u1","text":"caf\u00e9 🙂 baris\nbaru \"kutip\" \\ \ud83d\ude00 tab\t","created_at":"2024-02-14T07:00:00+07:00"}
        {"id":"u2","text":"Pemilu 2024: ✓ jujur","created_at":"2024-02-14T07:00:00.123+07:00"}
        """#)
        let (store, summary) = try loadPosts(file, in: dir)
        #expect(summary.loaded == 2)
        #expect(store.item(0).text == "café 🙂 baris\nbaru \"kutip\" \\ 😀 tab\t")
        #expect(store.item(1).text == "Pemilu 2024: ✓ jujur")
        #expect(store.nonASCIIText.contains(0))
    }

    @Test("CRLF line ends, a byte order mark, blank lines, no final newline")
    func lineEnds() throws {
        let dir = TempDir()
        let text = "\u{FEFF}{\"id\":\"a\",\"text\":\"x\",\"created_at\":\"2024-01-01T00:00:00Z\"}\r\n\r\n   \r\n"
            + "{\"id\":\"b\",\"text\":\"y\",\"created_at\":\"2024-01-01T00:00:00Z\"}\r\n"
            + "{\"id\":\"c\",\"text\":\"z\",\"created_at\":\"2024-01-01T00:00:00Z\"}"
        let file = dir.write("crlf.jsonl", text)
        let (store, summary) = try loadPosts(file, in: dir)
        #expect(summary.loaded == 3)
        #expect(summary.blankLines == 2)
        #expect(summary.rejected == 0)
        #expect(summary.bytesRead == Array(text.utf8).count)
        #expect((0..<3).map { store.item($0).id } == ["a", "b", "c"])
    }

    @Test("malformed lines are rejected with line, reason and full text")
    func rejects() throws {
        let dir = TempDir()
        let good = #"{"id":"ok1","text":"t","created_at":"2024-11-25T19:03:00+08:00"}"#
        let bad: [(String, String)] = [
            (#"{"id":"x1","text":"t","created_at":"2024-11-25T19:03:00+08:00""#, "invalid JSON"),
            (#"{"text":"t","created_at":"2024-11-25T19:03:00+08:00"}"#, "missing id"),
            (#"{"id":"x3","created_at":"2024-11-25T19:03:00+08:00"}"#, "missing text"),
            (#"{"id":"x4","text":"t"}"#, "missing created_at"),
            (#"{"id":"x5","text":"t","created_at":"2024-11-25T19:03:00"}"#, #"created_at "2024-11-25T19:03:00" has no UTC offset"#),
            (#"{"id":"x6","text":"t","created_at":"kemarin"}"#, #"created_at "kemarin" is not an RFC 3339 timestamp"#),
            (#"{"id":"x7","text":"t","created_at":"2024-11-25T19:03:00Z","likes":-4}"#, "likes must be an integer ≥ 0, not -4"),
            (#"{"id":"x8","text":"t","created_at":"2024-11-25T19:03:00Z","views":1.5}"#, "views must be an integer ≥ 0, not 1.5"),
            (#"{"id":"x9","text":5,"created_at":"2024-11-25T19:03:00Z"}"#, "text must be a string, not an integer"),
            (#"{"id":"x10","text":"t","created_at":"2024-11-25T19:03:00Z","hashtags":"pemilu"}"#, "hashtags must be an array of strings, not a string"),
            (#"{"id":"x11","text":"t","created_at":"2024-11-25T19:03:00Z","hashtags":["a",3]}"#, "hashtags must be an array of strings (found an integer)"),
            (#"[1,2,3]"#, "not a JSON object (found an array)"),
            (#"{"id":"x13","text":"t","created_at":"2024-11-25T19:03:00Z"} trailing"#, "invalid JSON"),
            (#"{"id":"x14","text":"t","text":"u","created_at":"2024-11-25T19:03:00Z"}"#, #"duplicate field "text""#),
            (#"{"id":true,"text":"t","created_at":"2024-11-25T19:03:00Z"}"#, "id must be a string or an integer, not a boolean"),
            (#"{"id":"x16","text":"t","created_at":"2024-11-25T19:03:00Z","author":7}"#, "author must be a string, not an integer"),
        ]
        var lines = [good, ""]
        for (l, _) in bad { lines.append(l) }
        lines.append(good.replacingOccurrences(of: "ok1", with: "ok2"))
        var bytes = Array(lines.joined(separator: "\n").utf8) + [0x0A]
        // Invalid UTF-8 inside a string, and a deeply nested value.
        bytes += Array(#"{"id":"x17","text":"a"#.utf8) + [0xFF, 0xFE] + Array(#"","created_at":"2024-11-25T19:03:00Z"}"#.utf8) + [0x0A]
        bytes += Array((#"{"id":"x18","text":"t","created_at":"2024-11-25T19:03:00Z","deep":"# + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}\n").utf8)
        let file = dir.write("bad.jsonl", bytes: bytes)
        let (_, summary) = try loadPosts(file, in: dir)
        let nonBlank = lines.filter { !$0.isEmpty }.count + 2
        #expect(summary.loaded == 2)
        #expect(summary.rejected == bad.count + 2)
        #expect(summary.blankLines == 1)
        #expect(summary.loaded + summary.rejected == nonBlank)
        #expect(summary.rejectsPath == dir.path + "/rejects/posts.rejects.jsonl")
        let written = dir.lines("rejects/posts.rejects.jsonl").map(rejectObject)
        #expect(written.count == bad.count + 2)
        for (k, (line, reason)) in bad.enumerated() {
            let r = written[k]
            #expect(r["line"] as? Int == k + 3, "line of \(line)")
            #expect((r["reason"] as? String ?? "").hasPrefix(reason), "reason for \(line): \(r["reason"] ?? "")")
            #expect(r["raw"] as? String == line)
            #expect(r["file"] as? String == file)
            #expect(r["raw_base64"] == nil)
        }
        let utf8 = written[bad.count]
        #expect(utf8["reason"] as? String == "invalid UTF-8")
        #expect(utf8["line"] as? Int == bad.count + 4)
        let raw64 = try #require(utf8["raw_base64"] as? String)
        #expect(Data(base64Encoded: raw64).map(Array.init) == Array(bytes.split(separator: 0x0A)[bad.count + 2]))
        let deep = written[bad.count + 1]
        #expect(deep["reason"] as? String == "invalid JSON: nested too deeply")
        #expect(summary.firstRejects.count == min(20, bad.count + 2))
        #expect(summary.firstRejects.first?.line == 3)
        #expect(summary.description.contains("\(bad.count + 2) rejected → \(dir.path)/rejects/posts.rejects.jsonl"))
    }

    @Test("duplicate ids: the later one is rejected")
    func duplicates() throws {
        let dir = TempDir()
        let file = dir.write("dup.jsonl", """
        {"id":"p0000","text":"a","created_at":"2024-01-01T00:00:00Z"}

        {"id":"p0001","text":"b","created_at":"2024-01-01T00:00:00Z"}
        {"id":"p0001","text":"c","created_at":"2024-01-01T00:00:00Z"}
        {"id":"p0002","text":"d","created_at":"bad"}
        {"id":"p0002","text":"e","created_at":"2024-01-01T00:00:00Z"}
        """)
        let (store, summary) = try loadPosts(file, in: dir)
        #expect(summary.loaded == 3)
        #expect(summary.rejected == 2)
        #expect(summary.firstRejects[0].reason == "duplicate id p0001 (first seen on line 3)")
        #expect(summary.firstRejects[0].line == 4)
        #expect(store.item(1).text == "b")
        #expect(store.item(2).text == "e")  // a rejected line does not claim its id
    }

    @Test("strict mode throws on the first bad record with file and line")
    func strict() throws {
        let dir = TempDir()
        let file = dir.write("s.jsonl", """
        {"id":"a","text":"x","created_at":"2024-01-01T00:00:00Z"}
        {"id":"b","text":"x","created_at":"2024-01-01T00:00:00"}
        {"id":"c","text":"x","created_at":"2024-01-01T00:00:00Z"}
        """)
        do {
            _ = try loadPosts(file, in: dir, strict: true)
            Issue.record("expected an error")
        } catch let error as ImportError {
            #expect(error.file == file)
            #expect(error.line == 2)
            #expect(error.reason.contains("no UTC offset"))
            #expect(error.description.hasPrefix("\(file):2: created_at"))
        }
    }

    @Test("lines longer than the limit are rejected, and lines across chunk boundaries load")
    func longLines() throws {
        let dir = TempDir()
        var text = ""
        for i in 0..<3000 {
            let body = String(repeating: "kata ", count: i % 37)
            text += #"{"id":"L\#(i)","text":"\#(body)","created_at":"2024-01-01T00:00:00Z"}"# + "\n"
        }
        text += #"{"id":"huge","text":""# + String(repeating: "x", count: 5000) + #"","created_at":"2024-01-01T00:00:00Z"}"# + "\n"
        text += #"{"id":"after","text":"ok","created_at":"2024-01-01T00:00:00Z"}"#
        let file = dir.write("long.jsonl", text)
        var store = PostStore()
        let writer = RejectWriter(path: nil)
        var options = ImportOptions()
        options.maxRecordBytes = 4096
        let importer = JSONLPostImporter(options: options)
        // A tiny chunk makes most lines span two reads.
        var summary = LoadSummary(kind: "posts", source: file, format: .jsonl)
        let log = RejectLog(sink: writer, strict: false, keep: 5)
        try importer.loadFile(path: file, into: &store, log: log, summary: &summary, chunkBytes: 4096)
        #expect(summary.loaded == 3001)
        #expect(log.count == 1)
        #expect(log.first.first?.line == 3001)
        #expect(log.first.first?.reason.contains("longer than the 4096 byte limit") == true)
        #expect(store.item(3000).id == "after")
        #expect(store.item(36).text == String(repeating: "kata ", count: 36))
    }

    @Test("two-thread load: same rows, rejects in line order, duplicates with their raw line", arguments: [false, true])
    func parallel(threaded: Bool) throws {
        let dir = TempDir()
        var text = ""
        for i in 1...3000 {
            switch i % 500 {
            case 7: text += "{broken\n"
            case 11: text += "\n"
            case 13: text += #"{"id":"P\#(i - 1)","text":"dup","created_at":"2024-01-01T00:00:00Z"}"# + "\n"
            default: text += #"{"id":"P\#(i)","text":"t\#(i)","created_at":"2024-01-01T00:00:00Z","likes":\#(i)}"# + "\n"
            }
        }
        let file = dir.write("p.jsonl", text)
        var store = PostStore()
        let writer = RejectWriter(path: dir.path + "/r.jsonl", keep: 100)
        let log = RejectLog(sink: writer, strict: false, keep: 100)
        var summary = LoadSummary(kind: "posts", source: file, format: .jsonl)
        try JSONLPostImporter().loadFile(path: file, into: &store, log: log, summary: &summary,
                                         chunkBytes: 4096, rowsPerBatch: 7, parallel: threaded)
        try writer.finish()
        #expect(summary.loaded == 3000 - 18)
        #expect(summary.blankLines == 6)
        #expect(summary.bytesRead == Array(text.utf8).count)
        #expect(log.count == 12)
        #expect(log.first.map(\.line) == [7, 13, 507, 513, 1007, 1013, 1507, 1513, 2007, 2013, 2507, 2513])
        #expect(log.first[1].reason == "duplicate id P12 (first seen on line 12)")
        #expect(log.first[1].raw == #"{"id":"P12","text":"dup","created_at":"2024-01-01T00:00:00Z"}"#)
        #expect(store.item(2000).likes == Int64(store.item(2000).id.dropFirst()))
        #expect(dir.lines("r.jsonl").count == 12)
    }

    @Test("two-thread strict load stops at the first reject")
    func parallelStrict() throws {
        let dir = TempDir()
        var text = ""
        for i in 1...5000 { text += #"{"id":"S\#(i)","text":"t","created_at":"2024-01-01T00:00:00Z"}"# + "\n" }
        text += "oops\n"
        for i in 1...5000 { text += #"{"id":"T\#(i)","text":"t","created_at":"2024-01-01T00:00:00Z"}"# + "\n" }
        let file = dir.write("s.jsonl", text)
        var store = PostStore()
        let log = RejectLog(sink: nil, strict: true, keep: 5)
        var summary = LoadSummary(kind: "posts", source: file, format: .jsonl)
        #expect(throws: ImportError.rejected(file: file, line: 5001, reason: "invalid JSON: bad structure (missing or extra comma, colon, brace or bracket)")) {
            try JSONLPostImporter(options: ImportOptions(strict: true)).loadFile(
                path: file, into: &store, log: log, summary: &summary, chunkBytes: 4096, rowsPerBatch: 64, parallel: true)
        }
        #expect(store.count == 5000)
    }

    @Test("hostile lines: too many fields, too many array elements, too many distinct unknown fields")
    func hostile() throws {
        let dir = TempDir()
        let head = #"{"id":"h1","text":"t","created_at":"2024-01-01T00:00:00Z""#
        var text = head + (0..<70_000).map { #","f\#($0)":1"# }.joined() + "}\n"
        text += #"{"id":"h2","text":"t","created_at":"2024-01-01T00:00:00Z","big":["# + Array(repeating: "1", count: 1_100_000).joined(separator: ",") + "]}\n"
        for i in 0..<1030 { text += #"{"id":"u\#(i)","text":"t","created_at":"2024-01-01T00:00:00Z","k\#(i)":1}"# + "\n" }
        let file = dir.write("h.jsonl", text)
        let (store, summary) = try loadPosts(file, in: dir)
        #expect(summary.rejected == 2 + 6)
        #expect(summary.firstRejects[0].reason.hasPrefix("too many fields or array elements"))
        #expect(summary.firstRejects[1].reason.hasPrefix("document too large, or too many fields or array elements"))
        #expect(summary.firstRejects[2].reason == #"more than 1024 distinct unknown fields in one load ("k1024" not kept)"#)
        #expect(summary.loaded == 1024)
        #expect(store.extraNames.count == 1024)
    }
}
