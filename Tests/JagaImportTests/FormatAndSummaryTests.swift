import Foundation
import JagaCore
import Testing
@testable import JagaImport

@Suite("Formats, summaries, rejects file")
struct FormatAndSummaryTests {
    @Test("format detection by extension and content")
    func detect() throws {
        let dir = TempDir()
        let jsonl = dir.write("a.jsonl", "{}\n")
        let ndjson = dir.write("a.ndjson", "{}\n")
        let csv = dir.write("a.csv", "id\n")
        let lines = dir.write("a.json", "{\"id\":\"1\"}\n{\"id\":\"2\"}\n")
        let tiktok = dir.write("t.json", #"{"data":{"videos":[]},"error":{"code":"ok"}}"#)
        let x = dir.write("x.json", #"{"data":[]}"#)
        let unknown = dir.write("data.txt", "id,text\n")
        #expect(try ImportFormat.detect(path: jsonl) == .jsonl)
        #expect(try ImportFormat.detect(path: ndjson) == .jsonl)
        #expect(try ImportFormat.detect(path: csv) == .csv)
        #expect(try ImportFormat.detect(path: lines) == .jsonl)
        #expect(try ImportFormat.detect(path: tiktok) == .tiktok)
        #expect(try ImportFormat.detect(path: x) == .x)
        #expect(try ImportFormat.detect(path: unknown) == .csv)
        #expect(throws: ImportError.self) { try ImportFormat.detect(path: dir.path + "/missing.json") }
        #expect(ImportFormat(name: "NDJSON") == .jsonl)
        #expect(ImportFormat(name: "twitter") == .x)
    }

    @Test("summary description")
    func description() {
        var s = LoadSummary(kind: "posts", source: "big.jsonl", format: .jsonl)
        s.loaded = 1_000_000
        s.rejected = 3
        s.bytesRead = 430_000_000
        s.seconds = 1.12
        s.rejectsPath = ".jaga/rejects/posts.rejects.jsonl"
        #expect(s.description == "loaded 1000000 posts from big.jsonl in 1.12 s (893k posts/s, 384 MB/s); 3 rejected → .jaga/rejects/posts.rejects.jsonl")
        s.rejected = 0
        s.rejectsPath = nil
        s.blankLines = 1
        #expect(s.description == "loaded 1000000 posts from big.jsonl in 1.12 s (893k posts/s, 384 MB/s); 1 blank line skipped")
    }

    @Test("reject writer escapes strings and creates folders on the first reject")
    func writer() throws {
        let dir = TempDir()
        let path = dir.path + "/a/b/rejects.jsonl"
        let w = RejectWriter(path: path, keep: 1)
        #expect(!dir.exists("a"))
        let raw = Array("tab\there \"q\" back\\slash \u{01} é 🙂\u{7F}".utf8)
        try raw.withUnsafeBufferPointer { try w.reject(file: "f\"1.jsonl", line: 12, reason: "why\nnot", raw: $0) }
        try [UInt8]("second".utf8).withUnsafeBufferPointer { try w.reject(file: "f", line: 13, reason: "r", raw: $0) }
        try w.finish()
        #expect(w.count == 2 && w.kept.count == 1)
        let lines = dir.lines("a/b/rejects.jsonl")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"file":"f\"1.jsonl","line":12,"reason":"why\nnot","raw":"tab\there \"q\" back\\slash \u0001 é 🙂\u007f"}"#)
        let o = rejectObject(lines[0])
        #expect(o["raw"] as? String == String(decoding: raw, as: UTF8.self))
    }

    @Test("post field names match the store's and are recognised from bytes")
    func fieldNames() {
        #expect(PostField.names == PostStore.canonicalFields)
        for field in PostField.allCases {
            let bytes = Array(field.name.utf8)
            #expect(bytes.withUnsafeBufferPointer { PostField(key: $0) } == field)
        }
        for other in ["", "i", "ID", "texts", "created", "hashtag", "reply_tO", "platforms", "transcripT"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { PostField(key: $0) } == nil)
        }
    }
}
