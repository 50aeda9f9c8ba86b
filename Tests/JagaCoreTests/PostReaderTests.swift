import Testing
@testable import JagaCore

/// A ``PostReader`` makes the same items as ``PostStore/item(_:)``, with strings of its own.
@Suite struct PostReaderTests {
    static func items() -> [ContentItem] {
        var out: [ContentItem] = []
        let t0 = Timestamp(rfc3339: "2024-11-25T10:00:00+08:00")!
        for k in 0..<40 {
            out.append(ContentItem(
                id: "p\(k)", text: k % 7 == 0 ? "" : "pesan nomor \(k) ✌️ coblos 0\(k % 4)", createdAt: t0,
                author: k % 5 == 0 ? nil : (k % 2 == 0 ? "akun_dengan_nama_yang_sangat_panjang_\(k % 3)" : "a\(k % 3)"),
                platform: k % 3 == 0 ? "tiktok" : nil, url: k % 4 == 0 ? nil : "https://x.com/a/status/\(k)",
                region: k % 6 == 0 ? nil : (k % 2 == 0 ? "Kabupaten Kepulauan Seribu Utara" : "Makassar"),
                hashtags: k % 3 == 0 ? [] : ["PilkadaDamaiSulawesiSelatan2024", "fyp"],
                likes: k % 2 == 0 ? Int64(k) : nil, shares: nil, comments: Int64(k * 2), views: k % 5 == 0 ? nil : 100,
                transcript: k % 8 == 0 ? "transkrip video \(k)" : nil, replyTo: k % 9 == 0 ? "p0" : nil,
                lang: k % 2 == 0 ? "id" : nil, extra: k % 10 == 0 ? [("kecamatan", .string("Tamalanrea"))] : []))
        }
        return out
    }

    @Test func readerItemsEqualStoreItems() {
        var store = PostStore()
        for item in Self.items() { store.append(item) }
        var reader = PostReader(store)
        // Twice over, so the second pass reads the reader's own copies.
        for _ in 0..<2 {
            for row in 0..<store.count {
                let a = store.item(row), b = reader.item(row)
                #expect(a.id == b.id && a.text == b.text && a.createdAt == b.createdAt)
                #expect(a.author == b.author && a.platform == b.platform && a.url == b.url && a.region == b.region)
                #expect(a.hashtags == b.hashtags && a.likes == b.likes && a.shares == b.shares && a.comments == b.comments && a.views == b.views)
                #expect(a.transcript == b.transcript && a.replyTo == b.replyTo && a.lang == b.lang)
                #expect(a.extra.map(\.0) == b.extra.map(\.0) && a.extra.map(\.1) == b.extra.map(\.1))
            }
        }
    }

    @Test func readerMakesOnlyTheFieldsAskedFor() {
        var store = PostStore()
        for item in Self.items() { store.append(item) }
        var reader = PostReader(store)
        for row in 0..<store.count {
            let full = store.item(row), some = reader.item(row, fields: [.transcript, .hashtags])
            #expect(some.id == full.id && some.text == full.text && some.createdAt == full.createdAt)
            #expect(some.transcript == full.transcript && some.hashtags == full.hashtags)
            #expect(some.author == nil && some.platform == nil && some.url == nil && some.region == nil && some.lang == nil)
            #expect(some.likes == nil && some.comments == nil && some.views == nil && some.replyTo == nil && some.extra.isEmpty)
            let none = reader.item(row, fields: [])
            #expect(none.transcript == nil && none.hashtags.isEmpty && none.text == full.text)
        }
    }
}
