import JagaCore

/// The canonical post fields, in ``PostStore/canonicalFields`` order.
enum PostField: Int, CaseIterable {
    case id, text, createdAt, author, platform, url, region, hashtags
    case likes, shares, comments, views, transcript, replyTo, lang

    /// The canonical field name.
    var name: String { PostStore.canonicalFields[rawValue] }

    /// Lookup of canonical names.
    static let table = KeyTable(PostStore.canonicalFields)
}
