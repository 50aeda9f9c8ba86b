/// One post, video or comment as Jaga models it; the row form of ``PostStore``.
///
/// Fields follow the canonical record in `data-formats.md`. Fields Jaga does not know are
/// kept in ``extra`` so they stay queryable and exportable.
public struct ContentItem: Sendable, Hashable {
    public var id: String
    public var text: String
    public var createdAt: Timestamp
    public var author: String?
    public var platform: String?
    public var url: String?
    /// The region as written in the input.
    public var region: String?
    public var hashtags: [String]
    public var likes: Int64?
    public var shares: Int64?
    public var comments: Int64?
    public var views: Int64?
    public var transcript: String?
    public var replyTo: String?
    public var lang: String?
    /// Unknown input fields by name, in input order.
    public var extra: [(String, Value)]

    public init(
        id: String, text: String, createdAt: Timestamp, author: String? = nil, platform: String? = nil,
        url: String? = nil, region: String? = nil, hashtags: [String] = [], likes: Int64? = nil,
        shares: Int64? = nil, comments: Int64? = nil, views: Int64? = nil, transcript: String? = nil,
        replyTo: String? = nil, lang: String? = nil, extra: [(String, Value)] = []
    ) {
        self.id = id
        self.text = text
        self.createdAt = createdAt
        self.author = author
        self.platform = platform
        self.url = url
        self.region = region
        self.hashtags = hashtags
        self.likes = likes
        self.shares = shares
        self.comments = comments
        self.views = views
        self.transcript = transcript
        self.replyTo = replyTo
        self.lang = lang
        self.extra = extra
    }

    public static func == (a: ContentItem, b: ContentItem) -> Bool {
        a.id == b.id && a.text == b.text && a.createdAt == b.createdAt && a.author == b.author
            && a.platform == b.platform && a.url == b.url && a.region == b.region && a.hashtags == b.hashtags
            && a.likes == b.likes && a.shares == b.shares && a.comments == b.comments && a.views == b.views
            && a.transcript == b.transcript && a.replyTo == b.replyTo && a.lang == b.lang
            && a.extra.map(\.0) == b.extra.map(\.0) && a.extra.map(\.1) == b.extra.map(\.1)
    }

    public func hash(into h: inout Hasher) { h.combine(id) }
}
