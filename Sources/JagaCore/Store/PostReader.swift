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

    /// The post at `row`, equal to `store.item(row)` in `id`, `text`, `createdAt` and the `fields`
    /// asked for; the others are empty (every field by default).
    public mutating func item(_ row: Int, fields: ContentFields = .all) -> ContentItem {
        func num(_ v: Int64) -> Int64? { fields.contains(.engagement) && v != PostStore.missing ? v : nil }
        var tags: [String] = []
        if fields.contains(.hashtags) {
            let start = row == 0 ? 0 : store.hashtagEnds[row - 1]
            if store.hashtagEnds[row] > start {
                tags.reserveCapacity(store.hashtagEnds[row] - start)
                for k in start..<store.hashtagEnds[row] { tags.append(own(store.hashtagValues, store.hashtagCodes[k], 4) ?? "") }
            }
        }
        return ContentItem(
            id: store.ids.string(row) ?? "", text: store.text.string(row) ?? "", createdAt: store.createdAt(row),
            author: fields.contains(.author) ? own(store.author, store.author.codes[row], 0) : nil,
            platform: fields.contains(.platform) ? own(store.platform, store.platform.codes[row], 1) : nil,
            url: fields.contains(.url) ? store.url.string(row) : nil,
            region: fields.contains(.region) ? own(store.region, store.region.codes[row], 2) : nil, hashtags: tags,
            likes: num(store.likes[row]), shares: num(store.shares[row]), comments: num(store.comments[row]),
            views: num(store.views[row]), transcript: fields.contains(.transcript) ? store.transcript.string(row) : nil,
            replyTo: fields.contains(.replyTo) ? store.replyTo.string(row) : nil,
            lang: fields.contains(.lang) ? own(store.lang, store.lang.codes[row], 3) : nil,
            extra: !fields.contains(.extra) || store.extraNames.isEmpty ? [] : store.extraNames.indices.compactMap { c in
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
        let s = Self.ownCopy(column.values[Int(code)])
        copies[k] = code
        copied[k] = s
        return s
    }

    /// `s` with storage of its own (short strings are stored inline and returned as they are).
    public static func ownCopy(_ s: String) -> String {
        s.utf8.count <= 15 ? s : String(decoding: Array(s.utf8), as: UTF8.self)
    }

    /// `r` with strings of its own.
    public static func ownCopy(_ r: Region) -> Region {
        Region(code: ownCopy(r.code), name: ownCopy(r.name), level: r.level, provinceCode: ownCopy(r.provinceCode), timeZone: r.timeZone)
    }
}
