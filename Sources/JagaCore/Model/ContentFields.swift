/// Which optional fields of a ``ContentItem`` a detector reads, so a run makes only those.
///
/// `id`, `text` and `createdAt` are always there. A run whose detectors all read, say, only
/// `transcript` besides them gets items whose other fields are empty (`nil`, `[]`): making a
/// `String` for every URL and author of a million posts is a measurable part of a run.
public struct ContentFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let author = ContentFields(rawValue: 1 << 0)
    public static let platform = ContentFields(rawValue: 1 << 1)
    public static let url = ContentFields(rawValue: 1 << 2)
    public static let region = ContentFields(rawValue: 1 << 3)
    public static let hashtags = ContentFields(rawValue: 1 << 4)
    /// `likes`, `shares`, `comments`, `views`.
    public static let engagement = ContentFields(rawValue: 1 << 5)
    public static let transcript = ContentFields(rawValue: 1 << 6)
    public static let replyTo = ContentFields(rawValue: 1 << 7)
    public static let lang = ContentFields(rawValue: 1 << 8)
    /// Fields of the input that Jaga does not know (`extra`).
    public static let extra = ContentFields(rawValue: 1 << 9)

    /// Every field.
    public static let all: ContentFields = [.author, .platform, .url, .region, .hashtags, .engagement, .transcript, .replyTo, .lang, .extra]
}
