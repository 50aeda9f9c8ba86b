/// One post handed to ``PostStore/append(_:)`` by an importer, as borrowed UTF-8 bytes.
///
/// The buffers need only live for the duration of the `append` call, so an importer can
/// point them straight into its parser's buffers and no `String` is made for the text.
public struct RawPost {
    public var id: UnsafeBufferPointer<UInt8>
    public var text: UnsafeBufferPointer<UInt8>
    public var createdAt: Timestamp
    public var author: UnsafeBufferPointer<UInt8>?
    public var platform: UnsafeBufferPointer<UInt8>?
    public var url: UnsafeBufferPointer<UInt8>?
    public var region: UnsafeBufferPointer<UInt8>?
    public var transcript: UnsafeBufferPointer<UInt8>?
    public var replyTo: UnsafeBufferPointer<UInt8>?
    public var lang: UnsafeBufferPointer<UInt8>?
    public var likes: Int64?
    public var shares: Int64?
    public var comments: Int64?
    public var views: Int64?

    public init(id: UnsafeBufferPointer<UInt8>, text: UnsafeBufferPointer<UInt8>, createdAt: Timestamp) {
        self.id = id
        self.text = text
        self.createdAt = createdAt
    }
}
