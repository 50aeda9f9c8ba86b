import Foundation
import JagaCore
import Testing
@testable import JagaImport

@Suite("Reports")
struct ReportImporterTests {
    @Test("reports from JSON Lines")
    func jsonl() throws {
        let dir = TempDir()
        let file = dir.write("reports.jsonl", """
        {"id":"r1","content_id":"p0001","reported_at":"2024-11-26T08:00:00+08:00","reporter":"pelapor@contoh.id","category":"R-03","description":"politik uang","status":"new","assignee":"ayu","notes":"cek","channel":"form"}
        {"id":"r2","content_id":12345,"status":"Triaged"}
        {"id":"r3","reported_at":"2024-11-26T08:00:00+08:00"}
        {"id":"r4","content_id":"p1","reported_at":"2024-11-26 08:00:00"}
        {"id":"r5","content_id":"p1","status":"closed"}
        {"id":"r1","content_id":"p9"}
        {"content_id":"p9"}
        """)
        let options = ImportOptions(rejectsPath: dir.path + "/rejects/reports.rejects.jsonl")
        let (reports, summary) = try Importer.loadReports(from: file, options: options)
        #expect(reports.count == 2)
        #expect(summary.loaded == 2 && summary.rejected == 5)
        let r = reports[0]
        #expect(r.id == "r1" && r.contentID == "p0001")
        #expect(r.reportedAt == Timestamp(rfc3339: "2024-11-26T00:00:00Z"))
        #expect(r.reporter == "pelapor@contoh.id" && r.category == "R-03" && r.description == "politik uang")
        #expect(r.status == .new && r.assignee == "ayu" && r.notes == "cek")
        #expect(r.extra == ["channel": .string("form")])
        #expect(reports[1].contentID == "12345")
        #expect(reports[1].status == .triaged)
        #expect(summary.firstRejects.map(\.reason) == [
            "missing content_id",
            #"reported_at "2024-11-26 08:00:00" has no UTC offset (write e.g. +07:00 or Z)"#,
            #"unknown status "closed" (expected new, triaged, escalated, actioned or dismissed)"#,
            "duplicate id r1 (first seen on line 1)",
            "missing id",
        ])
        #expect(summary.firstRejects.map(\.line) == [3, 4, 5, 6, 7])
        #expect(dir.lines("rejects/reports.rejects.jsonl").count == 5)
        #expect(summary.description.hasPrefix("loaded 2 reports from \(file) in "))
    }

    @Test("reports from CSV with a mapping")
    func csv() throws {
        let dir = TempDir()
        let file = dir.write("reports.csv", """
        id,konten,reported_at,status,description,kanal
        r1,p0001,2024-11-26T08:00:00+08:00,escalated,"ada ""uang"", katanya",wa
        r2,p0002,,,,
        r3,,2024-11-26T08:00:00+08:00,new,,
        r4,p0003,2024-11-26T08:00:00+08:00,dibuang,,
        """)
        let options = ImportOptions(mapping: ["konten": "content_id"])
        let (reports, summary) = try Importer.loadReports(from: file, options: options)
        #expect(summary.format == .csv)
        #expect(reports.count == 2)
        #expect(reports[0].contentID == "p0001")
        #expect(reports[0].status == .escalated)
        #expect(reports[0].description == #"ada "uang", katanya"#)
        #expect(reports[0].extra == ["kanal": .string("wa")])
        #expect(reports[1].reportedAt == nil && reports[1].status == nil && reports[1].extra.isEmpty)
        #expect(summary.firstRejects.map(\.line) == [4, 5])
        #expect(summary.firstRejects.map(\.reason) == ["missing content_id", #"unknown status "dibuang" (expected new, triaged, escalated, actioned or dismissed)"#])
        #expect(summary.rejectsPath == nil)
    }
}
