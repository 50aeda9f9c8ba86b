/// Normalised tokens in two flat arrays: their normal forms in one byte buffer, no `String` each.
///
/// What ``Normalizer/tokens(utf8:into:)`` fills, for callers that read many posts and compare
/// words by hash: a token's normal form is a slice of ``bytes`` and its FNV-1a hash is made
/// once, while the bytes are at hand. ``Normalizer/tokens(utf8:)`` gives the same tokens as
/// ``NormalToken`` values. Reuse one buffer for many texts: ``removeAll()`` keeps the capacity.
///
/// Frozen (its two arrays are its layout for good): a plugin copies it as two references
/// rather than through the type's value witnesses, which was about 1,000 instructions per post
/// for the pilkada checkers' analysis.
@frozen
public struct NormalTokenBuffer: Sendable {
    /// One token: where it came from, where its normal form is, what it is, and that form's hash.
    @frozen
    public struct Token: Sendable {
        /// UTF-8 offsets of its source in the original text.
        public var start: Int
        public var end: Int
        /// Where its normal form is in ``NormalTokenBuffer/bytes``.
        public var textStart: Int
        public var textEnd: Int
        /// 64-bit FNV-1a of its normal form (``NormalTokenBuffer/hash(_:)``).
        public var hash: UInt64
        /// What the token is.
        public var kind: NormalToken.Kind

        /// UTF-8 offsets of its source in the original text.
        @inlinable public var range: Range<Int> { start..<end }
    }

    /// The tokens, in text order.
    public private(set) var tokens: [Token] = []
    /// The normal forms of the tokens (the normaliser also keeps each text's folded words here,
    /// and most tokens' normal forms are those bytes as they are).
    public internal(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init() {}

    /// The number of tokens.
    @inlinable public var count: Int { tokens.count }

    /// Forgets every token, keeping the arrays' capacity.
    public mutating func removeAll() {
        tokens.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The normal form of token `i` as a `String`.
    public func text(_ i: Int) -> String {
        let t = tokens[i]
        return String(decoding: bytes[t.textStart..<t.textEnd], as: UTF8.self)
    }

    /// The normal form of token `i` as bytes.
    @inlinable public func textBytes(_ i: Int) -> ArraySlice<UInt8> { bytes[tokens[i].textStart..<tokens[i].textEnd] }

    /// Token `i` as a ``NormalToken``.
    public func token(_ i: Int) -> NormalToken {
        NormalToken(text: text(i), range: tokens[i].range, kind: tokens[i].kind)
    }

    /// Every token as ``NormalToken`` values.
    public var normalTokens: [NormalToken] { tokens.indices.map(token) }

    /// 64-bit FNV-1a of UTF-8 bytes (the hash every token carries).
    @inlinable public static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// Adds a token whose normal form is already in ``bytes`` at `text`, with hash `hash`.
    @inline(__always) mutating func appendFolded(_ text: Range<Int>, hash: UInt64, range: Range<Int>, kind: NormalToken.Kind) {
        tokens.append(Token(start: range.lowerBound, end: range.upperBound, textStart: text.lowerBound, textEnd: text.upperBound, hash: hash, kind: kind))
    }

    /// Adds a token whose normal form is `text` with hash `hash`.
    mutating func append<C: Collection<UInt8>>(_ text: C, hash: UInt64, range: Range<Int>, kind: NormalToken.Kind) {
        let a = bytes.count
        bytes.append(contentsOf: text)
        tokens.append(Token(start: range.lowerBound, end: range.upperBound, textStart: a, textEnd: bytes.count, hash: hash, kind: kind))
    }

    /// Adds a token whose normal form is `text`.
    mutating func append<C: Collection<UInt8>>(_ text: C, range: Range<Int>, kind: NormalToken.Kind) {
        append(text, hash: Self.hash(text), range: range, kind: kind)
    }

    /// Reserves room for `n` more tokens.
    mutating func reserve(tokens n: Int, bytes b: Int) {
        tokens.reserveCapacity(tokens.count + n)
        bytes.reserveCapacity(bytes.count + b)
    }
}
