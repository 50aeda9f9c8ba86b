/// A dataset of posts held column by column, sized for millions of rows.
///
/// Hot fields are columns of plain values (an arena of text bytes, integer arrays,
/// interned codes for low-cardinality strings); unknown input fields are kept as
/// sparse-free dense ``Value`` columns so they stay queryable and exportable.
/// Rows are appended by importers and never change afterwards.
public struct PostStore: Sendable {
    public private(set) var ids = StringColumn()
    public private(set) var text = StringColumn()
    public private(set) var transcript = StringColumn()
    public private(set) var url = StringColumn()
    public private(set) var replyTo = StringColumn()
    public private(set) var author = InternedColumn()
    public private(set) var platform = InternedColumn()
    public private(set) var region = InternedColumn()
    public private(set) var lang = InternedColumn()
    /// Instants (UTC seconds) of `created_at`.
    public private(set) var createdSeconds: [Int64] = []
    /// The offsets `created_at` was written in, in seconds.
    public private(set) var createdOffsets: [Int32] = []
    /// Engagement counts; ``PostStore/missing`` marks an absent value.
    public private(set) var likes: [Int64] = []
    public private(set) var shares: [Int64] = []
    public private(set) var comments: [Int64] = []
    public private(set) var views: [Int64] = []
    /// Hashtags: per row a range into ``hashtagCodes``; codes index ``hashtagValues``.
    public private(set) var hashtagCodes: [Int32] = []
    public private(set) var hashtagEnds: [Int] = []
    public private(set) var hashtagValues = InternedColumn()
    /// Rows whose text holds non-ASCII bytes (they take the slow, Unicode-aware matching path).
    public private(set) var nonASCIIText = Bitset()
    /// Unknown fields in first-seen order, each a column as long as the store.
    public private(set) var extraNames: [String] = []
    public private(set) var extraColumns: [[Value]] = []
    private var extraIndex: [String: Int] = [:]
    private var idIndex: [String: Int32]?

    /// Marks an absent integer.
    public static let missing = Int64.min

    /// The fields every post has, in canonical order.
    public static let canonicalFields = [
        "id", "text", "created_at", "author", "platform", "url", "region", "hashtags",
        "likes", "shares", "comments", "views", "transcript", "reply_to", "lang",
    ]

    public init() {}

    /// Number of posts.
    public var count: Int { ids.count }

    /// Reserves room for `rows` posts.
    public mutating func reserve(rows: Int) {
        ids.reserve(rows: rows, bytesPerRow: 12)
        text.reserve(rows: rows, bytesPerRow: 200)
        createdSeconds.reserveCapacity(rows)
        createdOffsets.reserveCapacity(rows)
        for c in [\PostStore.likes, \.shares, \.comments, \.views] as [WritableKeyPath<PostStore, [Int64]>] {
            self[keyPath: c].reserveCapacity(rows)
        }
    }

    /// Appends one post; `hashtags` and `extra` are read during the call only.
    public mutating func append(
        _ p: RawPost, hashtags: [UnsafeBufferPointer<UInt8>] = [], extra: [(String, Value)] = []
    ) {
        let row = ids.count
        ids.append(p.id)
        text.append(p.text)
        if !PostStore.isASCII(p.text) { nonASCIIText.set(row) }
        transcript.append(p.transcript)
        url.append(p.url)
        replyTo.append(p.replyTo)
        author.append(p.author)
        platform.append(p.platform)
        region.append(p.region)
        lang.append(p.lang)
        createdSeconds.append(p.createdAt.seconds)
        createdOffsets.append(p.createdAt.offsetSeconds)
        likes.append(p.likes ?? PostStore.missing)
        shares.append(p.shares ?? PostStore.missing)
        comments.append(p.comments ?? PostStore.missing)
        views.append(p.views ?? PostStore.missing)
        for h in hashtags { hashtagCodes.append(hashtagValues.intern(String(decoding: h, as: UTF8.self))) }
        hashtagEnds.append(hashtagCodes.count)
        for (name, value) in extra {
            let col: Int
            if let c = extraIndex[name] {
                col = c
            } else {
                col = extraNames.count
                extraIndex[name] = col
                extraNames.append(name)
                extraColumns.append(Array(repeating: .null, count: row))
            }
            if extraColumns[col].count == row { extraColumns[col].append(value) }
        }
        if !extraNames.isEmpty {
            for c in extraColumns.indices where extraColumns[c].count == row { extraColumns[c].append(.null) }
        }
        idIndex = nil
    }

    /// Appends a post given as a model value.
    public mutating func append(_ item: ContentItem) {
        func withOpt<R>(_ s: String?, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
            guard var s else { return body(nil) }
            return s.withUTF8 { body($0) }
        }
        var id = item.id, txt = item.text
        let tags = item.hashtags
        id.withUTF8 { idp in
            txt.withUTF8 { tp in
                withOpt(item.author) { a in withOpt(item.platform) { pl in withOpt(item.url) { u in
                withOpt(item.region) { r in withOpt(item.transcript) { tr in withOpt(item.replyTo) { rt in
                withOpt(item.lang) { lg in
                    var p = RawPost(id: idp, text: tp, createdAt: item.createdAt)
                    p.author = a; p.platform = pl; p.url = u; p.region = r
                    p.transcript = tr; p.replyTo = rt; p.lang = lg
                    p.likes = item.likes; p.shares = item.shares; p.comments = item.comments; p.views = item.views
                    // A String's bytes are only borrowed inside withUTF8, so copy the tags into one arena.
                    var arena: [UInt8] = []
                    var ranges: [Range<Int>] = []
                    for t in tags { let s = arena.count; arena.append(contentsOf: t.utf8); ranges.append(s..<arena.count) }
                    arena.withUnsafeBufferPointer { ab in
                        append(p, hashtags: ranges.map { UnsafeBufferPointer(rebasing: ab[$0]) }, extra: item.extra)
                    }
                } } } } } } }
            }
        }
    }

    /// The post at `row` as a model value (makes Strings; for display and export, not scans).
    public func item(_ row: Int) -> ContentItem {
        func num(_ v: Int64) -> Int64? { v == PostStore.missing ? nil : v }
        return ContentItem(
            id: ids.string(row) ?? "", text: text.string(row) ?? "", createdAt: createdAt(row),
            author: author.string(row), platform: platform.string(row), url: url.string(row),
            region: region.string(row), hashtags: hashtags(row), likes: num(likes[row]), shares: num(shares[row]),
            comments: num(comments[row]), views: num(views[row]), transcript: transcript.string(row),
            replyTo: replyTo.string(row), lang: lang.string(row),
            extra: extraNames.indices.compactMap { c in
                let v = extraColumns[c][row]
                return v.isNull ? nil : (extraNames[c], v)
            }
        )
    }

    /// `created_at` of `row`, in the offset it was written in.
    @inline(__always) public func createdAt(_ row: Int) -> Timestamp {
        Timestamp(seconds: createdSeconds[row], offsetSeconds: createdOffsets[row])
    }

    /// Hashtags of `row`.
    public func hashtags(_ row: Int) -> [String] {
        let start = row == 0 ? 0 : hashtagEnds[row - 1]
        return hashtagCodes[start..<hashtagEnds[row]].map { hashtagValues.values[Int($0)] }
    }

    /// The column of an unknown field, by name.
    public func extraColumn(named name: String) -> [Value]? {
        extraIndex[name].map { extraColumns[$0] }
    }

    /// The row of a post id, building an index on first use.
    public mutating func row(ofID id: String) -> Int? {
        if idIndex == nil {
            var idx = [String: Int32](minimumCapacity: count)
            for r in 0..<count where idx[ids.string(r) ?? ""] == nil { idx[ids.string(r) ?? ""] = Int32(r) }
            idIndex = idx
        }
        return idIndex?[id].map(Int.init)
    }

    /// The row of a post id by a linear scan (for a store that cannot be mutated).
    public func findRow(ofID id: String) -> Int? {
        if let idIndex { return idIndex[id].map(Int.init) }
        let target = Array(id.utf8)
        return ids.bytes.withUnsafeBufferPointer { b in
            for r in 0..<count {
                let rg = ids.range(r)
                if rg.count == target.count, b[rg].elementsEqual(target) { return r }
            }
            return nil
        }
    }

    /// All field names: canonical first, then unknown fields in first-seen order.
    public var fieldNames: [String] { PostStore.canonicalFields + extraNames }

    /// Approximate heap bytes held by the store.
    public var memoryFootprint: Int {
        ids.memoryFootprint + text.memoryFootprint + transcript.memoryFootprint + url.memoryFootprint
            + replyTo.memoryFootprint + author.memoryFootprint + platform.memoryFootprint
            + region.memoryFootprint + lang.memoryFootprint + createdSeconds.capacity * 12
            + (likes.capacity + shares.capacity + comments.capacity + views.capacity) * 8
            + hashtagCodes.capacity * 4 + hashtagEnds.capacity * 8 + extraColumns.reduce(0) { $0 + $1.capacity * 24 }
    }

    /// True when every byte is ASCII (8 bytes at a time).
    @inline(__always) static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let n = b.count
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
