import JagaSDK

/// One lexicon entry of a rule: a word or a phrase of consecutive words, with optional wildcards.
///
/// The entry is split into words the way post text is (see ``TokenStream``) and each word is
/// folded with `TextFolding.fold` (case, accents, width). Two wildcards exist inside a word:
/// `*` at its end matches any continuation (`amplop*` → `amplopnya`), and `<n>` matches a run of
/// digits (`<n>rb` → `100rb`, `<n>` → `02`); internally `<n>` is kept as `#`, which no word of a
/// post can contain (`#` separates words, as in hashtags).
public struct Term: Sendable, Hashable, CustomStringConvertible {
    /// One word of a term.
    public struct Word: Sendable, Hashable {
        /// The folded word without a trailing `*`; `#` stands for a digit run (`<n>` in the pack).
        public var text: String
        /// True when the word ended in `*`: a prefix of the word in the post.
        public var isPrefix: Bool
        /// True when the word contains a digit run (`<n>`): it is compared with the post word's digit shape.
        public var usesDigits: Bool
    }

    /// The entry as written in the pack.
    public let text: String
    /// Its words, in order.
    public let words: [Word]

    /// Reads an entry; the error says what is wrong with it.
    public static func parse(_ text: String) -> Result<Term, TermProblem> {
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        func flush() -> TermProblem? {
            defer { current = String.UnicodeScalarView() }
            guard !current.isEmpty else { return nil }
            var raw = String(current)
            var isPrefix = false
            if raw.hasSuffix("*") {
                isPrefix = true
                raw.removeLast()
            }
            if raw.contains("*") {
                return TermProblem("'*' may only end a word (as in amplop*), found in '\(String(current))'")
            }
            var folded = ""
            for ch in TextFolding.fold(raw) where !(ch == "#" && folded.last == "#") { folded.append(ch) }
            if isPrefix, folded.count < 2 {
                return TermProblem("a word ending in '*' needs at least 2 characters before it, found '\(String(current))'")
            }
            guard !folded.isEmpty else { return nil }
            words.append(Word(text: folded, isPrefix: isPrefix, usesDigits: folded.contains("#")))
            return nil
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            i += 1
            if u == "<", i + 1 < scalars.count, scalars[i] == "n" || scalars[i] == "N", scalars[i + 1] == ">" {
                current.append("#")
                i += 2
            } else if u == "*" || TextFolding.isWordScalar(u) {
                current.append(u)
            } else if TokenStream.isIgnorable(u) {
                continue
            } else if let p = flush() {
                return .failure(p)
            }
        }
        if let p = flush() { return .failure(p) }
        guard !words.isEmpty else {
            return .failure(TermProblem("'\(text)' has no words (only spaces, punctuation or symbols)"))
        }
        return .success(Term(text: text, words: words))
    }

    /// The entry as written.
    public var description: String { text }
}

/// Why a lexicon entry cannot be used.
public struct TermProblem: Error, Sendable, Hashable {
    /// What is wrong, in one sentence.
    public var message: String
    /// Makes a problem with its message.
    public init(_ message: String) { self.message = message }
}
