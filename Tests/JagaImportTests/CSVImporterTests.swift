import Foundation
import JagaCore
import Testing
@testable import JagaImport

@Suite("CSV")
struct CSVImporterTests {
    @Test("RFC 4180 quoting, embedded newlines, physical line numbers of rejects")
    func quoting() throws {
        let dir = TempDir()
        let csv = "\u{FEFF}id,text,created_at,likes,note\r\n"
            + "p1,\"Halo, \"\"dunia\"\"\",2024-11-25T19:03:00+08:00,5,catatan\r\n"
            + "p2,\"baris satu\r\nbaris dua\nbaris tiga\",2024-11-25T19:03:00+08:00,,\r\n"
            + "\r\n"
            + "p3,only two fields\r\n"
            + "p4,\"multi\nline\",2024-11-25T19:03:00+08:00,-1,x\r\n"
            + "p5,ok,2024-11-25T19:03:00+08:00,0012,\"\"\r\n"
            + "p6,\"bad\"x,2024-11-25T19:03:00+08:00,1,y\r\n"
            + "p7,last,2024-11-25T19:03:00Z,7,\"no final newline\""
        let file = dir.write("posts.csv", csv)
        let (store, summary) = try loadPosts(file, in: dir)
        #expect(summary.loaded == 4)
        #expect(summary.rejected == 3)
        #expect(summary.blankLines == 1)
        #expect(store.item(0).text == "Halo, \"dunia\"")
        #expect(store.item(0).likes == 5)
        #expect(store.item(0).extra.first?.1 == .string("catatan"))
        #expect(store.item(1).text == "baris satu\r\nbaris dua\nbaris tiga")
        #expect(store.item(1).likes == nil)
        #expect(store.item(1).extra.isEmpty)
        #expect(store.item(2).likes == 12)
        #expect(store.item(3).id == "p7")
        #expect(store.item(3).extra.first?.1 == .string("no final newline"))
        let rejects = summary.firstRejects
        #expect(rejects.map(\.line) == [7, 8, 11])
        #expect(rejects[0].reason == "expected 5 fields, found 2")
        #expect(rejects[0].raw == "p3,only two fields")
        #expect(rejects[1].reason == #"likes must be an integer ≥ 0, not "-1""#)
        #expect(rejects[1].raw == "p4,\"multi\nline\",2024-11-25T19:03:00+08:00,-1,x")
        #expect(rejects[2].reason == "text after the closing quote of field 2")
        let written = dir.lines("rejects/posts.rejects.jsonl").map(rejectObject)
        #expect(written.count == 3)
        #expect(written[1]["raw"] as? String == "p4,\"multi\nline\",2024-11-25T19:03:00+08:00,-1,x")
        #expect(written[1]["line"] as? Int == 8)
    }

    @Test("column mapping, hashtags and unknown columns as strings")
    func mapping() throws {
        let dir = TempDir()
        let file = dir.write("m.csv", """
        post_id,caption,posted,Suka,tags,wilayah,skor
        a1,Coblos nomor 2!,2024-02-14T08:00:00+07:00,3,"#pemilu #coblos",DKI Jakarta,0.5
        a2,Hoaks,2024-02-14T09:00:00+07:00,,"[""a"",""b""]",31.71,
        """)
        let (store, summary) = try loadPosts(file, in: dir, mapping: [
            "post_id": "id", "caption": "text", "posted": "created_at", "Suka": "likes", "tags": "hashtags", "wilayah": "region",
        ])
        #expect(summary.loaded == 2)
        #expect(summary.rejected == 0)
        let a = store.item(0)
        #expect(a.id == "a1" && a.text == "Coblos nomor 2!" && a.likes == 3)
        #expect(a.hashtags == ["pemilu", "coblos"])
        #expect(a.region == "DKI Jakarta")
        #expect(a.extra.map(\.0) == ["skor"])
        #expect(a.extra.first?.1 == .string("0.5"))
        #expect(store.item(1).hashtags == ["a", "b"])
        #expect(store.item(1).region == "31.71")
        #expect(store.item(1).extra.isEmpty)
    }

    @Test("a header without a required column, or a mapping of an absent column, stops the load")
    func badHeader() throws {
        let dir = TempDir()
        let file = dir.write("h.csv", "id,caption\n1,x\n")
        #expect(throws: ImportError.self) { try loadPosts(file, in: dir) }
        do {
            _ = try loadPosts(file, in: dir)
        } catch let e as ImportError {
            #expect(e.line == 1)
            #expect(e.reason.hasPrefix("no column for text"))
        }
        do {
            _ = try loadPosts(file, in: dir, mapping: ["judul": "text"])
        } catch let e as ImportError {
            #expect(e.reason.hasPrefix("mapping names column \"judul\""))
        }
    }

    @Test("unterminated quote at end of file, invalid UTF-8, semicolons")
    func hostile() throws {
        let dir = TempDir()
        var bytes = Array("id;text;created_at\n".utf8)
        bytes += Array("a;ok;2024-01-01T00:00:00Z\n".utf8)
        bytes += Array("b;".utf8) + [0xC3, 0x28] + Array(";2024-01-01T00:00:00Z\n".utf8)
        bytes += Array("c;\"never closed;2024-01-01T00:00:00Z\nd;x;y\n".utf8)
        let file = dir.write("x.csv", bytes: bytes)
        var store = PostStore()
        let options = ImportOptions(format: .csv, rejectsPath: dir.path + "/r.jsonl", csvDelimiter: UInt8(ascii: ";"))
        let summary = try Importer.loadPosts(from: file, into: &store, options: options)
        #expect(summary.loaded == 1)
        #expect(summary.rejected == 2)
        #expect(summary.firstRejects.map(\.reason) == ["invalid UTF-8", "unterminated quoted field (opened on line 4)"])
        #expect(summary.firstRejects.map(\.line) == [3, 4])
        let written = dir.lines("r.jsonl").map(rejectObject)
        #expect(written[0]["raw_base64"] as? String == Data([UInt8]("b;".utf8) + [0xC3, 0x28] + Array(";2024-01-01T00:00:00Z".utf8)).base64EncodedString())
    }

    @Test("a record split across reads keeps its raw text and line")
    func chunked() throws {
        let dir = TempDir()
        var csv = "id,text,created_at\n"
        for i in 0..<2000 { csv += "r\(i),\"teks \(i)\nbaris\",2024-01-01T00:00:00Z\n" }
        csv += "bad,\"x\",2024-01-01T00:00:00,\n"
        let file = dir.write("c.csv", csv)
        var reader = try CSVReader(path: file, chunkBytes: 1024)
        var count = 0
        var last: (Int, String) = (0, "")
        try reader.forEachRecord { r in
            count += 1
            last = (r.line, String(decoding: r.raw, as: UTF8.self))
            if count == 1001 { #expect(r.line == 2000 && r.string(1) == "teks 999\nbaris") }
        }
        #expect(count == 2002)
        #expect(last.0 == 4002)
        #expect(last.1 == "bad,\"x\",2024-01-01T00:00:00,")
    }

    @Test("a runaway quoted field is cut at the record limit and reading resumes on the next line")
    func runaway() throws {
        let dir = TempDir()
        var csv = "id,text,created_at\nq1,\"never closed,2024-01-01T00:00:00Z\n"
        for i in 0..<40 { csv += "k\(i),teks,2024-01-01T00:00:00Z\n" }
        let file = dir.write("r.csv", csv)
        var store = PostStore()
        let summary = try Importer.loadPosts(from: file, into: &store, options: ImportOptions(maxRecordBytes: 256))
        #expect(summary.rejected == 1)
        #expect(summary.firstRejects.first?.line == 2)
        #expect(summary.firstRejects.first?.reason.contains("unterminated quote opened on line 2") == true)
        #expect(summary.loaded > 25 && summary.loaded < 40)
        try #require(store.count > 0)
        #expect(store.item(store.count - 1).id == "k39")
    }
}
