/// Splits informal Indonesian text into normalised tokens that keep their place in the original.
///
/// Each token (`NormalToken`) has a normal form, its UTF-8 range in the original text and a
/// kind. The rules, applied in one byte-level pass plus a second pass over the words:
/// - **Folding**: case, accents, width and compatibility forms as `TextFolding.fold`
///   (`ＰＩＬＫＡＤＡ`, `Pilkáda` → `pilkada`); combining marks and invisible format characters
///   inside a word are skipped (`se\u{200B}rangan` is one word).
/// - **Emoji** are tokens of their own (`✌️` → `✌`): variation selectors and skin tones are
///   dropped, zero-width-joiner sequences, flags and keycaps stay whole. A keycap digit (`2️⃣`)
///   is the number `2`.
/// - **Numbers** are kept as written (`2`, `02`, `2024`); thousands groups join
///   (`1.000.000` → one number `1.000.000`). A word of letters and digits that does not decode
///   to a known word is split into its runs (`Rp200rb` → `rp`, `200`, `ribu`; `02menang` →
///   `02`, `menang`), and a trailing `2` after three or more letters is reduplication
///   (`bagi2` → `bagi`, `bagi`).
/// - **Digits for letters** (0→o 1→i/l 3→e 4→a 5→s 6→g 7→t 8→b 9→g) are decoded only when
///   the decoded word is known: `4mpl0p` → `amplop`, `p1lk4d4` → `pilkada`.
/// - **Stretched letters**: runs of three or more equal letters collapse to one letter, or to
///   two when only that spelling is known (`pilihhhh` → `pilih`, `saaaat` → `saat`); an
///   unknown word with doubled letters loses them only when that gives a known word
///   (`pilihh` → `pilih`; `tinggi`, `saat` are untouched).
/// - **Spaced or dotted letters**: three or more one-letter words with the same one-character
///   gap are joined (`s e r a n g a n`, `S.E.R.A.N.G.A.N` → `serangan`), and a join that is not a
///   known word is split into known words when possible (`s e r a n g a n f a j a r` →
///   `serangan`, `fajar`). Two to four parts glued by one `.` `-` `_` `*` `'` `’` `·` `|` `/`
///   `~` are joined when the result is a known word (`amp.lop` → `amplop`, but `bagi-bagi`
///   stays two words).
/// - **Hashtags** become `hashtagPart` tokens: split at case changes and letter/digit
///   boundaries (`#TolakPolitikUang` → `tolak`, `politik`, `uang`), and a one-case hashtag is
///   split into known words when it can be (`#tolakpolitikuang`); otherwise it stays whole.
/// - **Slang**: a word in the slang table is replaced by its formal words (`yg` → `yang`,
///   `gak` → `tidak`, `gpp` → `tidak`, `apa`, `apa`), all with the word's range.
///
/// "Known" means in the vocabulary: the slang table's words, the stopwords, Jaga's election
/// lexicon, the stemmer's protected words and any `vocabulary` given, or a word whose stem is
/// one of those. Thread-safe; costs grow with the text only.
public struct Normalizer: Sendable {
    /// What a normaliser knows, in one object: copying a normaliser (every call on every post
    /// does) then touches one reference count instead of one per table, shared by all threads.
    final class Tables: Sendable {
        let slang: SlangTable
        let vocabulary: Set<String>
        let stemmer: Stemmer
        let expandSlang: Bool
        /// How hashtags and unusual words were read before (shared by copies; thread-safe).
        let memo: NormalizerMemo?
        /// Hashes of the slang table's informal words: most words are not slang, and this says
        /// so without building a `String` key.
        /// The slang table by hash, with formal words as bytes (empty when slang is not expanded).
        let slangIndex: SlangIndex

        init(slang: SlangTable, vocabulary: Set<String>, stemmer: Stemmer, expandSlang: Bool, memo: NormalizerMemo?) {
            self.slang = slang
            self.vocabulary = vocabulary
            self.stemmer = stemmer
            self.expandSlang = expandSlang
            self.memo = memo
            self.slangIndex = SlangIndex(slang, expand: expandSlang)
        }
    }

    let tables: Tables
    /// How hashtags and unusual words were read before (shared by copies; thread-safe).
    var memo: NormalizerMemo? { tables.memo }

    /// The normaliser with the built-in slang table and vocabulary.
    public static let standard = Normalizer()

    /// Makes a normaliser; `vocabulary` (folded words) is added to the built-in one, and
    /// `expandSlang: false` keeps informal words as written (still folded and decoded).
    /// It remembers how hashtags and words that need the costly rules were read, so repeated
    /// spellings cost one lookup.
    public init(slang: SlangTable = .builtin, vocabulary extra: some Sequence<String> = [String](), expandSlang: Bool = true) {
        self.init(slang: slang, vocabulary: extra, expandSlang: expandSlang, memoize: true)
    }

    /// Makes a normaliser that remembers readings (`memoize`, the default) or not (same tokens
    /// either way; a test checks it).
    public init(slang: SlangTable = .builtin, vocabulary extra: some Sequence<String> = [String](), expandSlang: Bool = true,
                memoize: Bool) {
        var v = slang.vocabulary
        v.formUnion(Stopwords.all)
        v.formUnion(ElectionLexicon.words)
        v.formUnion(Stemmer.builtinProtected)
        v.formUnion(Stemmer.builtinRoots)
        v.formUnion(extra)
        tables = Tables(slang: slang, vocabulary: v, stemmer: Stemmer.standard, expandSlang: expandSlang,
                        memo: memoize ? NormalizerMemo() : nil)
    }

    /// The tokens of `text` with the standard normaliser.
    public static func tokens(_ text: String) -> [NormalToken] {
        standard.tokens(text)
    }

    /// The tokens of `text`; ranges are UTF-8 offsets into `text`.
    public func tokens(_ text: String) -> [NormalToken] {
        var copy = text
        return copy.withUTF8 { tokens(utf8: $0) }
    }

    /// The tokens of UTF-8 `bytes`; ranges are offsets into `bytes`. Invalid UTF-8 separates words.
    public func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [NormalToken] {
        var buffer = NormalTokenBuffer()
        tokens(utf8: bytes, into: &buffer)
        return buffer.normalTokens
    }

    /// Appends the tokens of UTF-8 `bytes` to `buffer` (ranges are offsets into `bytes`): the
    /// same tokens as ``tokens(utf8:)``, without a `String` per token.
    public func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>, into buffer: inout NormalTokenBuffer) {
        var run = NormalizerRun(bytes: bytes, normalizer: self)
        swap(&run.out, &buffer)
        // Room for the folded text and its tokens (folding rarely makes a text longer).
        run.out.reserve(tokens: bytes.count / 4 + 4, bytes: bytes.count + 16)
        run.scan()
        run.emitAll()
        swap(&run.out, &buffer)
        run.finish()
    }

    /// True when `word` (folded) is in the vocabulary, directly or through its stem.
    public func isKnown(_ word: String) -> Bool {
        if tables.vocabulary.contains(word) { return true }
        guard word.utf8.count > 5 else { return false }
        let s = tables.stemmer.stem(word)
        return s != word && s.utf8.count > 2 && tables.vocabulary.contains(s)
    }

    /// True when `word` is in the vocabulary or the slang table, without stemming.
    func isListed(_ word: String) -> Bool {
        tables.vocabulary.contains(word)
    }

    func formal(for word: String) -> [String]? {
        tables.expandSlang ? tables.slang.formal(for: word) : nil
    }
}
