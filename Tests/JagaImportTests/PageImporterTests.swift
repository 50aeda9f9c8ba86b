import Foundation
import JagaCore
import Testing
@testable import JagaImport

@Suite("TikTok and X pages")
struct PageImporterTests {
    static let tiktokPage1 = """
    {"data":{"videos":[
      {"id":7300000000000000001,"video_description":"Serangan fajar di #pilkada","create_time":1732532580,"region_code":"ID","username":"warga_mks","like_count":120,"comment_count":4,"share_count":9,"view_count":15000,"favorites_count":3,"hashtag_names":["pilkada","#makassar"],"voice_to_text":"ini uangnya","music_id":123,"effect_ids":["e1"],"video_label":{"content":"election"},"is_stem_verified":false},
      {"video_description":"tanpa id","create_time":1732532581},
      {"id":7300000000000000003,"video_description":"tanpa waktu"}
    ],"cursor":3,"has_more":true,"search_id":"s-1"},"error":{"code":"ok","message":"","log_id":"x"}}
    """
    static let tiktokPage2 = """
    {"data":{"videos":[
      {"id":"7300000000000000004","video_description":"halaman dua","create_time":1732532590,"username":"b","like_count":-1},
      {"id":7300000000000000005,"video_description":"","create_time":1732532591}
    ],"cursor":5,"has_more":false,"search_id":"s-1"},"error":{"code":"ok"}}
    """

    @Test("a folder of two TikTok pages, read in name order")
    func tiktokFolder() throws {
        let dir = TempDir()
        dir.write("pages/page-002.json", Self.tiktokPage2)
        dir.write("pages/page-001.json", Self.tiktokPage1)
        dir.write("pages/page-003.json", #"{"data":{},"error":{"code":"rate_limit_exceeded","message":"slow down"}}"#)
        dir.write("pages/page-004.json", #"{"data":{"videos":[}"#)
        dir.write("pages/notes.txt", "ignored")
        #expect(try ImportFormat.detect(path: dir.path + "/pages") == .tiktok)
        let (store, summary) = try loadPosts(dir.path + "/pages", in: dir)
        #expect(summary.format == .tiktok)
        #expect(summary.files == 4)
        #expect(summary.loaded == 2)
        #expect(summary.rejected == 5)
        let v = store.item(0)
        #expect(v.id == "7300000000000000001")
        #expect(v.text == "Serangan fajar di #pilkada")
        #expect(v.createdAt == Timestamp(seconds: 1_732_532_580))
        #expect(v.createdAt.offsetSeconds == 0)
        #expect(v.author == "warga_mks")
        #expect(v.platform == "tiktok")
        #expect(v.url == "https://www.tiktok.com/@warga_mks/video/7300000000000000001")
        #expect(v.hashtags == ["pilkada", "makassar"])
        #expect(v.likes == 120 && v.comments == 4 && v.shares == 9 && v.views == 15000)
        #expect(v.transcript == "ini uangnya")
        let extra = Dictionary(uniqueKeysWithValues: v.extra.map { ($0.0, $0.1) })
        #expect(extra["region_code"] == .string("ID"))
        #expect(extra["favorites_count"] == .int(3))
        #expect(extra["effect_ids"] == .list([.string("e1")]))
        #expect(extra["video_label"] == .json(#"{"content":"election"}"#))
        #expect(extra["is_stem_verified"] == .bool(false))
        #expect(store.item(1).id == "7300000000000000005")
        #expect(store.item(1).url == nil)
        let r = summary.firstRejects
        #expect(r.map { FileSystem.lastComponent($0.file) } == ["page-001.json", "page-001.json", "page-002.json", "page-003.json", "page-004.json"])
        #expect(r.map(\.line) == [2, 3, 1, 0, 0])
        #expect(r[0].reason == "missing id")
        #expect(r[1].reason == "missing create_time")
        #expect(r[2].reason == "like_count must be an integer ≥ 0, not -1")
        #expect(r[3].reason == "API error rate_limit_exceeded: slow down")
        #expect(r[4].reason.hasPrefix("page is not valid JSON"))
        #expect(r[0].raw == #"{"video_description":"tanpa id","create_time":1732532581}"#)
    }

    static let xPage = """
    {"data":[
      {"id":"1860000000000000001","text":"Cek DPT kamu #Pemilu2024 #KPU","created_at":"2024-11-25T11:03:00.000Z","author_id":"42","conversation_id":"1860000000000000001","lang":"in",
       "public_metrics":{"retweet_count":5,"reply_count":2,"like_count":30,"quote_count":1,"bookmark_count":0,"impression_count":900},
       "entities":{"hashtags":[{"start":13,"end":24,"tag":"Pemilu2024"},{"start":25,"end":29,"tag":"KPU"}]}},
      {"id":"1860000000000000002","text":"@kpu balas","created_at":"2024-11-25T11:05:00.000Z","author_id":"77","in_reply_to_user_id":"42",
       "referenced_tweets":[{"type":"replied_to","id":"1860000000000000001"}],"public_metrics":{"like_count":0}},
      {"id":"1860000000000000003","text":"no time","author_id":"42"},
      {"id":"1860000000000000004","text":"pendek","note_tweet":{"text":"panjang sekali"},"created_at":"2024-11-25T11:06:00Z","author_id":"42"}
    ],"includes":{"users":[{"id":"42","username":"kpu_ri","name":"KPU"}]},"meta":{"result_count":4}}
    """

    @Test("X tweets with authors from includes")
    func xPage() throws {
        let dir = TempDir()
        let file = dir.write("x/tweets-001.json", Self.xPage)
        #expect(try ImportFormat.detect(path: file) == .x)
        #expect(try ImportFormat.detect(path: dir.path + "/x") == .x)
        let (store, summary) = try loadPosts(dir.path + "/x", in: dir)
        #expect(summary.loaded == 3)
        #expect(summary.rejected == 1)
        #expect(summary.firstRejects.first?.line == 3)
        #expect(summary.firstRejects.first?.reason == "missing created_at")
        let t = store.item(0)
        #expect(t.id == "1860000000000000001")
        #expect(t.author == "kpu_ri")
        #expect(t.platform == "x")
        #expect(t.url == "https://x.com/kpu_ri/status/1860000000000000001")
        #expect(t.likes == 30 && t.shares == 5 && t.comments == 2 && t.views == 900)
        #expect(t.hashtags == ["Pemilu2024", "KPU"])
        #expect(t.lang == "in")
        #expect(t.createdAt == Timestamp(rfc3339: "2024-11-25T11:03:00Z"))
        let extra = Dictionary(uniqueKeysWithValues: t.extra.map { ($0.0, $0.1) })
        #expect(extra["quote_count"] == .int(1))
        #expect(extra["conversation_id"] == .string("1860000000000000001"))
        #expect(extra["author_id"] == .string("42"))
        let reply = store.item(1)
        #expect(reply.author == "77")
        #expect(reply.url == "https://x.com/i/status/1860000000000000002")
        #expect(reply.replyTo == "1860000000000000001")
        #expect(store.item(2).text == "panjang sekali")
    }

    @Test("an X page with only errors is rejected as a whole")
    func xErrors() throws {
        let dir = TempDir()
        let file = dir.write("e.json", #"{"errors":[{"title":"Not Found Error","detail":"Could not find tweet"}]}"#)
        let (_, summary) = try loadPosts(file, in: dir, format: .x)
        #expect(summary.loaded == 0)
        #expect(summary.rejected == 1)
        #expect(summary.firstRejects.first?.reason == "API error: Could not find tweet")
    }
}
