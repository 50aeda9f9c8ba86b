/// A `has` query: whole words or a phrase, case- and accent-insensitive by default.
///
/// The phrase is folded (see `TextFolding`) and split into words:
/// `"Serangan-Fajar"` → `["serangan", "fajar"]`. Text matches when it holds the
/// words in order, each a whole word, separated only by one or more non-word
/// characters (spaces, punctuation, emoji, line breaks). So `fajar` matches
/// `"Fajar!"` and `"(fajar)"` but not `"fajarnya"`, and `serangan fajar` matches
/// `"SERANGAN  FAJAR"`, `"serangan-fajar"` and `"serangán ｆａｊａｒ"`.
/// A phrase without words matches nothing.
///
/// Case-sensitive queries (`has_cs`) skip folding: words compare byte for byte.
public struct PhraseQuery: Sendable, Hashable {
    /// The phrase as written.
    public let phrase: String
    /// True for `has_cs`: no case, accent or width folding.
    public let caseSensitive: Bool
    /// The (folded) words to find, in order.
    public let tokens: [String]
    /// Raw-byte scanner for ASCII text; nil when some token is not ASCII (ASCII text cannot match then).
    let fast: ByteScanner?
    /// `" w1 w2 "` on the word stream of non-ASCII text; nil when there are no tokens.
    let stream: ByteScanner?

    /// Prepares `phrase`.
    public init(_ phrase: String, caseSensitive: Bool = false) {
        self.phrase = phrase
        self.caseSensitive = caseSensitive
        tokens = caseSensitive ? TextFolding.exactTokens(phrase) : TextFolding.tokens(phrase)
        let joined = Array(tokens.joined(separator: " ").utf8)
        if !tokens.isEmpty && joined.allSatisfy({ $0 < 0x80 }) {
            fast = ByteScanner(joined, mode: caseSensitive ? .wordsExact : .words)
        } else {
            fast = nil
        }
        stream = tokens.isEmpty ? nil : ByteScanner([0x20] + joined + [0x20], mode: .substringExact)
    }

    /// True when the phrase has no words (and so matches nothing).
    public var isEmpty: Bool { tokens.isEmpty }

    /// True when ASCII text takes the vectorised path (every token is ASCII).
    public var hasFastPath: Bool { fast != nil }

    public static func == (a: PhraseQuery, b: PhraseQuery) -> Bool {
        a.phrase == b.phrase && a.caseSensitive == b.caseSensitive
    }

    public func hash(into h: inout Hasher) {
        h.combine(phrase)
        h.combine(caseSensitive)
    }

    /// True when `text` contains the phrase.
    public func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// True when the UTF-8 bytes contain the phrase (invalid UTF-8 is tolerated).
    public func matches(utf8 text: UnsafeBufferPointer<UInt8>) -> Bool {
        var scratch = FoldedStream()
        return matchesRow(text, isASCII: ArenaScan.isASCII(text), scratch: &scratch)
    }

    /// The UTF-8 byte range in `text` from the start of the first word of the
    /// first match to the end of its last word, for highlighting evidence.
    public func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(utf8: $0) }
    }

    /// The byte range of the first match in UTF-8 `text` (see `firstMatch(in:)`).
    public func firstMatch(utf8 text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let stream else { return nil }
        if ArenaScan.isASCII(text) { return fast?.find(in: text) }
        var folded = FoldedStream()
        folded.build(text, form: caseSensitive ? .exactWords : .words, trackOffsets: true)
        return folded.bytes.withUnsafeBufferPointer { b -> Range<Int>? in
            // The match spans " w1 ... wn ": skip its leading and trailing spaces.
            guard let m = stream.find(in: b), m.count >= 3 else { return nil }
            return folded.sourceStarts[m.lowerBound + 1]..<folded.sourceEnds[m.upperBound - 2]
        }
    }

    /// Tests one row; `scratch` is reused across rows by scans.
    func matchesRow(_ row: UnsafeBufferPointer<UInt8>, isASCII: Bool, scratch: inout FoldedStream) -> Bool {
        guard let stream else { return false }
        if isASCII { return fast?.find(in: row) != nil }
        scratch.build(row, form: caseSensitive ? .exactWords : .words)
        return scratch.bytes.withUnsafeBufferPointer { stream.find(in: $0) != nil }
    }
}
