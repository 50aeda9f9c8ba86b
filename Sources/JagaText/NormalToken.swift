/// One token of normalised text: its normal form, where it came from, and what it is.
///
/// `range` holds UTF-8 offsets into the original text (not the normal form), so
/// `Array(text.utf8)[range]` gives back exactly what the writer typed (`4mpl0p`,
/// `s e r a n g a n`, `#TolakPolitikUang`). When one original word yields several tokens
/// (a hashtag split into words, a slang abbreviation that expands to two words), each
/// token covers its own part of the word where that part is known, else the whole word.
@frozen
public struct NormalToken: Hashable, Sendable {
    /// What a token is.
    ///
    /// Frozen (the four kinds are the contract; another would be a new major SDK version), so
    /// a token's layout is known to plugins at compile time and arrays of tokens are copied as
    /// plain data rather than through generic code (measured: a few percent of every checker).
    @frozen
    public enum Kind: UInt8, Hashable, Sendable {
        /// A word of letters (possibly decoded from digits, rejoined or expanded from slang).
        case word
        /// A number (`2`, `02`, `200`, `1.000.000`); kept as written, digits and group separators.
        case number
        /// One emoji (with its modifiers and joiners); variation selectors and skin tones dropped.
        case emoji
        /// A word or number from inside a hashtag (`#TolakPolitikUang` → `tolak`, `politik`, `uang`).
        case hashtagPart
    }

    /// The normal form: folded, lower case, evasions undone (`amplop`, `tidak`, `02`, `✌`).
    public var text: String
    /// UTF-8 offsets of the token's source in the original text.
    public var range: Range<Int>
    /// What the token is.
    public var kind: Kind

    /// Makes a token.
    public init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
    }
}
