import JagaCore
@testable import JagaQuery

/// Small in-memory datasets and a session that captures output, for query tests.
enum Fixtures {
    static func ts(_ s: String) -> Timestamp {
        Timestamp(rfc3339: s) ?? Timestamp(seconds: 0)
    }

    static let items: [ContentItem] = [
        ContentItem(id: "p1", text: "Besok ada SERANGAN FAJAR di kampung, siapkan amplop!", createdAt: ts("2024-11-26T05:00:00+07:00"),
                    author: "budi", platform: "tiktok", region: "Jabar", hashtags: ["pilkada"], likes: 10, views: 900),
        ContentItem(id: "p2", text: "Tolak serangan-fajar! Laporkan ke Bawaslu.", createdAt: ts("2024-11-25T10:00:00+08:00"),
                    author: "sari", platform: "x", region: "Makassar", hashtags: ["TolakPolitikUang"], likes: 50, views: 5000),
        ContentItem(id: "p3", text: "Serangan fajarnya tim lawan bikin gol 😂", createdAt: ts("2024-11-20T19:00:00+07:00"),
                    author: "budi", platform: "tiktok", region: "kab bandung", likes: 3, views: 100),
        ContentItem(id: "p4", text: "Pilih nomor 2 dapat Rp100rb, transfer via e-wallet", createdAt: ts("2024-11-24T00:15:00+08:00"),
                    author: "anon1", platform: "whatsapp", region: "Sulsel", likes: nil, views: nil,
                    extra: [("kecamatan", .string("Tamalate")), ("batch", .int(7))]),
        ContentItem(id: "p5", text: "Jangan lupa nyoblos 27 November, TPS buka jam 07.00", createdAt: ts("2024-11-26T08:00:00Z"),
                    author: "kpu_jabar", platform: "instagram", likes: 200, views: 20000),
        ContentItem(id: "p6", text: "Serangán   fajár itu haram", createdAt: ts("2024-11-23T23:30:00+07:00"),
                    author: "ustadz", platform: "youtube", region: "Papua Tengah", likes: 7, views: 700,
                    transcript: "ceramah tentang serangan fajar"),
    ]

    static func store() -> PostStore {
        var s = PostStore()
        for i in items { s.append(i) }
        return s
    }

    static func session() -> (Session, StringSink) {
        let sink = StringSink()
        let s = Session(output: sink, workspaceDirectory: "/tmp/jaga-test-ws")
        s.setDataset(Dataset(name: "posts", kind: .posts, table: PostTable(store: store()), source: "fixture"))
        s.setDataset(Dataset(name: "reports", kind: .reports, table: ReportTable(reports: [
            Report(id: "r1", contentID: "p1", reportedAt: ts("2024-11-26T06:00:00+07:00"), reporter: "warga1",
                   category: "pilkada.politik-uang", description: "amplop dibagi", status: .new),
            Report(id: "r2", contentID: "p4", reporter: "warga2", category: "pilkada.politik-uang", status: .escalated),
        ]), source: "fixture"))
        return (s, sink)
    }

    /// Runs `script` in a fresh fixture session; returns output and the error, if any.
    static func run(_ script: String) -> (String, ScriptError?) {
        let (s, sink) = session()
        do {
            try s.execute(script, file: "test.jaga")
            return (sink.text, nil)
        } catch {
            return (sink.text, error)
        }
    }
}
