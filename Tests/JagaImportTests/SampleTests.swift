import Foundation
import JagaCore
import Testing
@testable import JagaImport

/// The repository's `samples/` folder (written by others; these tests skip when it is absent).
let samplesPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path + "/samples"
}()

@Suite("Samples", .enabled(if: FileManager.default.fileExists(atPath: samplesPath + "/posts.jsonl")))
struct SampleTests {
    @Test("posts.jsonl loads whole, keeping unknown fields")
    func posts() throws {
        let dir = TempDir()
        var (store, summary) = try loadPosts(samplesPath + "/posts.jsonl", in: dir)
        #expect(summary.loaded == 380)
        #expect(summary.rejected == 0)
        #expect(store.item(0).id == "p0001")
        #expect(store.extraColumn(named: "desa") != nil)
        #expect(store.extraColumn(named: "kecamatan") != nil)
        #expect(store.extraColumn(named: "source_batch") != nil)
        let row = store.row(ofID: "p0280")
        let p0280 = try #require(row)
        #expect(store.item(p0280).text == "")
        #expect(store.item(p0280).transcript != nil)
    }

    @Test("broken.jsonl: 8 loaded, lines 3, 6, 9 and 11 rejected")
    func broken() throws {
        let dir = TempDir()
        let (_, summary) = try loadPosts(samplesPath + "/broken.jsonl", in: dir)
        #expect(summary.loaded == 8)
        #expect(summary.rejected == 4)
        #expect(summary.firstRejects.map(\.line) == [3, 6, 9, 11])
        let reasons = summary.firstRejects.map(\.reason)
        #expect(reasons[0].hasPrefix("invalid JSON"))
        #expect(reasons[1] == "missing text")
        #expect(reasons[2].contains("has no UTC offset"))
        #expect(reasons[3] == "likes must be an integer ≥ 0, not a string")
        let written = dir.lines("rejects/posts.rejects.jsonl").map(rejectObject)
        let original = try String(contentsOfFile: samplesPath + "/broken.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(written.map { $0["raw"] as? String } == [original[2], original[5], original[8], original[10]])
    }

    @Test("reports.csv and reports.jsonl")
    func reports() throws {
        let (csv, s1) = try Importer.loadReports(from: samplesPath + "/reports.csv")
        #expect(s1.loaded == 50 && s1.rejected == 0)
        #expect(csv[0].id == "r0001")
        #expect(csv[0].notes?.contains("\n") == true)
        #expect(csv[0].status == .escalated)
        let (jsonl, s2) = try Importer.loadReports(from: samplesPath + "/reports.jsonl")
        #expect(s2.loaded == 10 && s2.rejected == 0)
        #expect(jsonl.first?.id == "r0051")
    }

    @Test("TikTok pages and an X response")
    func pages() throws {
        let dir = TempDir()
        let (tiktok, s1) = try loadPosts(samplesPath + "/tiktok", in: dir)
        #expect(s1.format == .tiktok && s1.files == 2)
        #expect(s1.loaded == 23 && s1.rejected == 0)
        #expect(tiktok.item(0).id == "7440654601998153745")
        #expect(tiktok.item(0).url == "https://www.tiktok.com/@budisari.lovers/video/7440654601998153745")
        let (x, s2) = try loadPosts(samplesPath + "/x/tweets-001.json", in: dir)
        #expect(s2.format == .x)
        #expect(s2.loaded == 10 && s2.rejected == 0)
        #expect(x.item(0).id == "1860488503098505733")
        #expect(x.item(0).author != "1461230981442387968")
    }
}
