/// Makes a store's posts into ``ContentItem``s for one worker thread, sharing no strings with other threads.
///
/// ``PostStore/item(_:)`` hands out the store's own interned strings (authors, regions,
/// hashtags). When two cores copy the same string on every post, its reference count bounces
/// between them: measured, that was about half of the runner's own time on 1 M posts. A reader
/// copies each long interned value once into a string of its own and makes every other field
/// from the column bytes, so the items it makes touch no reference count another thread touches.
///
///     var reader = PostReader(store)
///     for row in chunk { let item = reader.item(row) ... }
///
/// Make one reader per worker (or per chunk of rows); never share one across threads.
public struct PostReader {
    private let store: PostStore
    /// Per interned column (author, platform, region, lang, hashtag): this reader's copies of
    /// values, in a direct-mapped cache (slot `code % 256`; a clash just makes the copy again).
    private var copies: [Int32] = Array(repeating: -1, count: 5 * 256)
    private var copied: [String] = Array(repeating: "", count: 5 * 256)

    /// A reader of `store`.
    public init(_ store: PostStore) {
        self.store = store
    }

    /// The post at `row`, equal to `store.item(row)`.
    public mutating func item(_ row: Int) -> ContentItem {
        func num(_ v: Int64) -> Int64? { v == PostStore.missing ? nil : v }
        let start = row == 0 ? 0 : store.hashtagEnds[row - 1]
        var tags: [String] = []
        if store.hashtagEnds[row] > start {
            tags.reserveCapacity(store.hashtagEnds[row] - start)
            for k in start..<store.hashtagEnds[row] { tags.append(own(store.hashtagValues, store.hashtagCodes[k], 4) ?? "") }
        }
        return ContentItem(
            id: store.ids.string(row) ?? "", text: store.text.string(row) ?? "", createdAt: store.createdAt(row),
            author: own(store.author, store.author.codes[row], 0), platform: own(store.platform, store.platform.codes[row], 1),
            url: store.url.string(row), region: own(store.region, store.region.codes[row], 2), hashtags: tags,
            likes: num(store.likes[row]), shares: num(store.shares[row]), comments: num(store.comments[row]),
            views: num(store.views[row]), transcript: store.transcript.string(row), replyTo: store.replyTo.string(row),
            lang: own(store.lang, store.lang.codes[row], 3),
            extra: store.extraNames.indices.compactMap { c in
                let v = store.extraColumns[c][row]
                return v.isNull ? nil : (store.extraNames[c], v)
            }
        )
    }

    /// Interned value `code` of `column` as this reader's own string (short strings are stored
    /// inline and have no reference count, so they are returned as they are).
    private mutating func own(_ column: InternedColumn, _ code: Int32, _ slot: Int) -> String? {
        guard code >= 0 else { return nil }
        let k = slot * 256 + Int(code & 255)
        if copies[k] == code { return copied[k] }
        let shared = column.values[Int(code)]
        let s = shared.utf8.count <= 15 ? shared : String(decoding: Array(shared.utf8), as: UTF8.self)
        copies[k] = code
        copied[k] = s
        return s
    }
}
