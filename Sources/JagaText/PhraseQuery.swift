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
    /// The words joined by single spaces, for the C scanner in a Unicode word
    /// mode: on raw ASCII text and on `FoldedStream`s alike. Nil without words.
    let scanner: ByteScanner?
    /// True when every word is ASCII: only then can ASCII text match.
    let asciiTokens: Bool

    /// Prepares `phrase`.
    public init(_ phrase: String, caseSensitive: Bool = false) {
        self.phrase = phrase
        self.caseSensitive = caseSensitive
        tokens = caseSensitive ? TextFolding.exactTokens(phrase) : TextFolding.tokens(phrase)
        let joined = Array(tokens.joined(separator: " ").utf8)
        asciiTokens = joined.allSatisfy { $0 < 0x80 }
        scanner = tokens.isEmpty ? nil : ByteScanner(joined, mode: caseSensitive ? .wordsUnicodeExact : .wordsUnicode)
    }

    /// True when the phrase has no words (and so matches nothing).
    public var isEmpty: Bool { tokens.isEmpty }

    /// True when ASCII text takes the vectorised path (every word is ASCII).
    public var hasFastPath: Bool { asciiTokens && scanner != nil }

    /// The scanner for raw arena rows, when ASCII rows can match at all.
    var fast: ByteScanner? { asciiTokens ? scanner : nil }

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
        matchesRow(text, isASCII: ArenaScan.isASCII(text), scratch: FoldedStream())
    }

    /// The UTF-8 byte range in `text` from the start of the first word of the
    /// first match to the end of its last word, for highlighting evidence.
    public func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(utf8: $0) }
    }

    /// The byte range of the first match in UTF-8 `text` (see `firstMatch(in:)`).
    public func firstMatch(utf8 text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let scanner else { return nil }
        if ArenaScan.isASCII(text) { return asciiTokens ? scanner.find(in: text) : nil }
        let folded = FoldedStream()
        folded.buildTracked(text, form: caseSensitive ? .exactWords : .words)
        guard let m = scanner.find(in: folded.bytes), !m.isEmpty else { return nil }
        return folded.sourceStarts[m.lowerBound]..<folded.sourceEnds[m.upperBound - 1]
    }

    /// Tests one row; `scratch` is reused across rows by scans.
    func matchesRow(_ row: UnsafeBufferPointer<UInt8>, isASCII: Bool, scratch: FoldedStream) -> Bool {
        guard let scanner else { return false }
        if isASCII { return asciiTokens && scanner.find(in: row) != nil }
        scratch.build(row, form: caseSensitive ? .exactWords : .words)
        return scanner.find(in: scratch.bytes) != nil
    }
}
