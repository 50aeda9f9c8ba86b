/// The canonical post fields, in the order of `PostStore.canonicalFields`.
enum PostField: Int, CaseIterable {
    case id, text, createdAt, author, platform, url, region, hashtags
    case likes, shares, comments, views, transcript, replyTo, lang

    /// The canonical field names, by raw value.
    static let names = [
        "id", "text", "created_at", "author", "platform", "url", "region", "hashtags",
        "likes", "shares", "comments", "views", "transcript", "reply_to", "lang",
    ]

    /// The canonical field name.
    var name: String { PostField.names[rawValue] }

    /// The field a JSON key names, or nil.
    ///
    /// A switch on the key's length and first byte, then one byte comparison: this runs for
    /// every field of every line, and a table lookup cost several times more.
    @inline(__always)
    init?(key k: UnsafeBufferPointer<UInt8>) {
        guard let base = k.baseAddress else { return nil }
        @inline(__always) func equals(_ s: StaticString) -> Bool {
            s.utf8CodeUnitCount == k.count && memcmpBytes(base, s.utf8Start, k.count)
        }
        let c = base[0]
        switch k.count {
        case 2: if equals("id") { self = .id; return }
        case 3: if equals("url") { self = .url; return }
        case 4:
            if c == UInt8(ascii: "t"), equals("text") { self = .text; return }
            if c == UInt8(ascii: "l"), equals("lang") { self = .lang; return }
        case 5:
            if c == UInt8(ascii: "l"), equals("likes") { self = .likes; return }
            if c == UInt8(ascii: "v"), equals("views") { self = .views; return }
        case 6:
            if c == UInt8(ascii: "a"), equals("author") { self = .author; return }
            if c == UInt8(ascii: "r"), equals("region") { self = .region; return }
            if c == UInt8(ascii: "s"), equals("shares") { self = .shares; return }
        case 8:
            if c == UInt8(ascii: "p"), equals("platform") { self = .platform; return }
            if c == UInt8(ascii: "h"), equals("hashtags") { self = .hashtags; return }
            if c == UInt8(ascii: "c"), equals("comments") { self = .comments; return }
            if c == UInt8(ascii: "r"), equals("reply_to") { self = .replyTo; return }
        case 10:
            if c == UInt8(ascii: "c"), equals("created_at") { self = .createdAt; return }
            if c == UInt8(ascii: "t"), equals("transcript") { self = .transcript; return }
        default: break
        }
        return nil
    }
}
