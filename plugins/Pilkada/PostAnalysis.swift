import JagaSDK

/// One post read once for all ten checkers: its normalised words, sentences, and cue hits.
///
/// Built from the text and the transcript (each token remembers its field, so evidence points
/// at what the user sees), shared through ``ItemContext/analyses``. The cues say *what words*
/// are there; ``CampaignContent`` and the checkers decide what they mean together.
public final class PostAnalysis: @unchecked Sendable {
    /// One normalised word (its normal form is ``PostAnalysis/text(_:)``, so a token is plain
    /// data: copying one costs no reference counting).
    public struct Token: Sendable {
        /// UTF-8 range in its field.
        public var start: Int
        /// One past its last byte.
        public var end: Int
        /// 0: `text`, 1: `transcript`.
        public var field: UInt8
        /// The sentence it is in (numbered across text and transcript).
        public var sentence: Int
        /// Word, number, emoji or hashtag part.
        public var kind: NormalToken.Kind
        /// True when the original is written Like This (a name, maybe; not an ACRONYM).
        public var capitalised: Bool
        /// ``WordSet/hash(_:)`` of its normal form.
        var hash: UInt64 = 0
        /// The cues of the hits covering it.
        var cues: UInt64 = 0
        /// Its normal form starts with a digit.
        var leadingDigit = false
        /// Its normal form is `0` and one more character (`02`).
        var zeroPadded = false
        /// Its value 1...9 when it could be a ballot number by its digits (`2`, `02`), else 0.
        var ballot: UInt8 = 0
        /// Its id in the lexicon's word table (-1: a word no phrase has).
        var word: Int32 = -1
    }

    /// A run of tokens that is a phrase of one or more cues.
    public struct Hit: Sendable {
        /// The cues of the phrase (bits of ``Cue/bit``).
        public var cues: UInt64
        /// Its first and last token.
        public var first: Int
        public var last: Int
        /// The sentence it is in.
        public var sentence: Int
        /// True when the phrase signals `c`.
        public func has(_ c: Cue) -> Bool { cues & c.bit != 0 }
    }

    public let tokens: [Token]
    /// The normal forms of the tokens, in one buffer (token `i` there is token `i` here).
    private let normal: NormalTokenBuffer
    public let hits: [Hit]
    /// Every cue found anywhere.
    public let mask: UInt64
    /// Cues per sentence.
    public let sentenceMasks: [UInt64]
    /// Sentences that end with a question mark.
    public let questions: SentenceSet
    /// Sentences with an exclamation mark.
    public let exclamations: SentenceSet
    /// Token indices of ballot numbers used as such (`no 2`, `coblos 02`, `nomor urut dua`, `✌`).
    public let ballots: [Int]
    /// The stance of the whole post (refutes, warns, asks, spreads) from the toolkit's cues,
    /// worked out the first time a checker asks (most posts never get that far).
    public var stance: Stance.Label {
        if let stanceMemo { return stanceMemo }
        let label = Self.stance(normal, text: text)
        stanceMemo = label
        return label
    }
    /// The post's text (its question marks count for the stance).
    private let text: String
    /// The stance once worked out (an analysis is used by one thread at a time).
    private var stanceMemo: Stance.Label?

    /// Reads `item` with `lexicon`.
    public convenience init(_ item: borrowing ContentItem, lexicon: PilkadaLexicon) {
        self.init(item, lexicon: lexicon, normalizer: lexicon.normalizer)
    }

    /// Reads `item` with `lexicon`, tokenising with `normalizer`.
    public init(_ item: borrowing ContentItem, lexicon: PilkadaLexicon, normalizer: Normalizer) {
        // Built in a value of its own, then kept in constants: checkers read them many times per
        // post, and a class's constants are read without reference counting.
        var b = PostAnalysisBuilder()
        let storage = AnalysisStorage.current
        storage.take(into: &b)
        b.read(item, lexicon: lexicon, normalizer: normalizer)
        tokens = b.tokens
        normal = b.normal
        hits = b.hits
        mask = b.mask
        sentenceMasks = b.sentenceMasks
        questions = b.questions
        exclamations = b.exclamations
        ballots = b.ballots
        text = item.text
    }

    deinit {
        // Its arrays serve the thread's next analysis (see ``AnalysisStorage``).
        AnalysisStorage.current.keep(tokens: tokens, hits: hits, masks: sentenceMasks, ballots: ballots, normal: normal)
    }

    /// Regional and colloquial particles skipped inside phrases (`pilih ki nomor 2`, `jangan mi pilih`).
    static let particles: Set<String> = ["mi", "ji", "ki", "ta", "nah", "kodong", "sih", "deh", "nih", "lho", "loh",
                                         "toh", "tho", "to", "je", "bah", "mah", "teh", "atuh", "euy", "wae", "we", "ae",
                                         "aja", "saja", "pun", "kah", "lah", "dong", "tong", "ko", "sa", "e", "yo", "ya"]
    /// Endings tried off a word the lexicon does not know (`amplopnya` → `amplop`, `syaratnya` → `syarat`).
    static let endings = ["nya", "nye", "ne", "na", "kan", "ku", "mu", "lah", "kah", "pun", "in", "an"]
    /// The last letters of ``endings`` (bit `k`: letter `a` + k): a word ending in none of them
    /// has no ending to try.
    static let endingLastLetters: UInt32 = endings.reduce(0) { $0 | 1 << UInt32(($1.utf8.last ?? 0x61) - 0x61) }

    /// True when a word whose last (lower-case) byte is `b` may end in one of ``endings``.
    @inline(__always) static func mayEndInEnding(_ b: UInt8) -> Bool {
        let k = b &- 0x61
        return k < 26 && (endingLastLetters >> UInt32(k)) & 1 != 0
    }

    /// ``endings`` as (bytes packed little-endian, length): compared with a word's last two or
    /// three bytes packed the same way (every ending is two or three letters).
    static let packedEndings: [(UInt32, Int)] = endings.map { e in
        precondition((2...3).contains(e.utf8.count), "endings are two or three letters")
        var v: UInt32 = 0
        for (k, b) in e.utf8.enumerated() { v |= UInt32(b) << UInt32(8 * k) }
        return (v, e.utf8.count)
    }

    /// ``packedEndings`` grouped by their last letter, in list order within a group: a word whose
    /// last letter is `a` + k can only end in `endingsByLast[endingStart[k]..<endingStart[k + 1]]`.
    static let endingsByLast: [(UInt32, Int)] = (0..<26).flatMap { k in packedEndings.filter { ($0.0 >> UInt32(8 * ($0.1 - 1))) & 0xFF == 0x61 + UInt32(k) } }
    static let endingStart: [Int] = (0...26).map { k in packedEndings.filter { ($0.0 >> UInt32(8 * ($0.1 - 1))) & 0xFF < 0x61 + UInt32(k) }.count }

    // MARK: - Questions checkers ask

    /// The normal form of token `i` (`amplop`, `tidak`, `02`).
    public func text(_ i: Int) -> String { normal.text(i) }

    /// The normal forms of tokens `first...last`, joined by spaces (`serangan fajar`).
    public func phrase(_ first: Int, _ last: Int) -> String { (first...last).map(text).joined(separator: " ") }

    /// True when cue `c` is anywhere in the post.
    @inline(__always) public func has(_ c: Cue) -> Bool { mask & c.bit != 0 }

    @inline(__always) private func cuesAt(_ i: Int) -> UInt64 { tokens[i].cues }

    /// True when any of `cues` is anywhere in the post.
    @inline(__always) public func hasAny(_ cues: [Cue]) -> Bool { cues.contains { mask & $0.bit != 0 } }

    /// ``Stopwords`` by hash.
    static let stopwords = WordSet(Array(Stopwords.all))

    static let viaUrut: WordSet = ["urut", "urutan", "nomor", "no"]

    /// True when token `i` is the fraction of a decimal number (`52,3`: a number, one `,` or `.`, this).
    static func decimalBefore(_ i: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, tokens[i - 1].kind == .number, tokens[i - 1].field == tokens[i].field,
              tokens[i - 1].end + 1 == tokens[i].start, tokens[i].start > 0 else { return false }
        let sep = bytes[tokens[i].start - 1]
        return sep == 0x2C || sep == 0x2E
    }

    /// True when a capitalised name stands within `window` words before a percentage or
    /// percent word (`Cak Imron 48,2%`, `Pak Obet 52 persen`): results about a person.
    public var namesWithPercent: Bool {
        hits.contains { $0.has(.percent) && nameBefore($0.first, window: 4) != nil }
    }

    /// Words that negate what follows them.
    static let negations: WordSet = ["tidak", "bukan", "belum", "jangan", "ojo", "ulah", "tra", "nda", "ndak", "hindari", "tanpa",
                                         "jang", "ora", "teu", "henteu", "kagak", "enggak", "tak", "dilarang", "stop"]

    /// True when a negation stands up to `window` words before hit `h`, in its sentence.
    public func negated(_ h: Hit, window: Int = 3) -> Bool {
        var j = h.first - 1
        while j >= 0, j >= h.first - window, tokens[j].sentence == h.sentence {
            if Self.negations.contains(tokens[j].hash) { return true }
            j -= 1
        }
        return false
    }

    /// Words that refuse what follows (`tidak terima`, `ojo gelem`); unlike ``negations``, not `belum`.
    static let refusals: WordSet = ["tidak", "tra", "ora", "teu", "henteu", "ndak", "nda", "jangan", "ojo", "ulah", "jang", "enggak", "emoh", "ogah"]

    /// True when the word right before hit `h` refuses it.
    public func refused(_ h: Hit) -> Bool {
        // "jangan lupa setor nama" asks for it.
        guard h.first > 0, tokens[h.first - 1].sentence == h.sentence, tokens[h.first - 1].hash != Self.lupa else { return false }
        return Self.refusals.contains(tokens[h.first - 1].hash)
    }

    private static let lupa = WordSet.hash("lupa".utf8)
    private static let existence: WordSet = ["ada", "aya", "ono", "enek"]

    /// True when the words before hit `h` deny it exists: "tidak ada", "gak ada", "tra ada", "teu aya", "ora ono".
    public func deniedExistence(_ h: Hit) -> Bool {
        var j = h.first - 1
        while j > 0, j >= h.first - 5, tokens[j].sentence == h.sentence {
            if Self.existence.contains(tokens[j].hash), Self.negations.contains(tokens[j - 1].hash) { return true }
            j -= 1
        }
        return false
    }

    /// True when some hit of `cues` is not negated.
    public func hasUnnegated(_ cues: [Cue]) -> Bool {
        var m: UInt64 = 0
        for c in cues { m |= c.bit }
        guard mask & m != 0 else { return false }
        return hits.contains { $0.cues & m != 0 && !negated($0, window: 2) }
    }

    /// True when one of `words` (normalised) is a token of the post.
    public func containsWord(_ words: WordSet) -> Bool { tokens.contains { words.contains($0.hash) } }

    /// True when token `i` is one of `words`.
    public func token(_ i: Int, in words: WordSet) -> Bool { i >= 0 && i < tokens.count && words.contains(tokens[i].hash) }

    /// The hits of cue `c`, in order.
    public func hits(_ c: Cue) -> [Hit] { hits.filter { $0.has(c) } }

    /// The first hit of any of `cues` in `sentence`.
    public func hit(_ cues: [Cue], in sentence: Int) -> Hit? {
        var m: UInt64 = 0
        for c in cues { m |= c.bit }
        return hits.first { $0.sentence == sentence && $0.cues & m != 0 }
    }

    /// True when sentence `s` has any of `cues`.
    public func sentence(_ s: Int, has cues: [Cue]) -> Bool {
        guard s >= 0, s < sentenceMasks.count else { return false }
        var m: UInt64 = 0
        for c in cues { m |= c.bit }
        return sentenceMasks[s] & m != 0
    }

    /// The ballot-number tokens of sentence `s`.
    public func ballots(in s: Int) -> [Int] { ballots.filter { tokens[$0].sentence == s } }

    /// A capitalised word that is no cue and no stopword within `window` words after token `i`
    /// (a candidate's name: `pilih Budi`, `menangkan Sari`).
    public func nameAfter(_ i: Int, window: Int = 3) -> Int? {
        var j = i + 1
        while j < tokens.count, j <= i + window, tokens[j].sentence == tokens[i].sentence {
            if isName(j) { return j }
            j += 1
        }
        return nil
    }

    /// A name in sentence `s` (a title-case word that is no cue and no stopword, not the first
    /// word of its sentence, or two title-case words in a row anywhere; hashtag words after a
    /// campaign verb count too: `#MenangkanDaengRustam`).
    public func name(in s: Int) -> Int? {
        var first = true
        for j in tokens.indices where tokens[j].sentence == s {
            if isName(j) && (!first || (j + 1 < tokens.count && tokens[j + 1].capitalised)) { return j }
            if tokens[j].kind == .hashtagPart, j > 0, tokens[j - 1].kind == .hashtagPart, cuesAt(j - 1) & Cue.strongVoteVerb.bit != 0 { return j }
            first = false
        }
        return nil
    }

    /// A name within `window` words before token `i` (`Bang Rizal no 2`).
    public func nameBefore(_ i: Int, window: Int = 3) -> Int? {
        var j = i - 1
        while j >= 0, j >= i - window, tokens[j].sentence == tokens[i].sentence {
            if isName(j) { return j }
            j -= 1
        }
        return nil
    }

    /// True when token `j` could be a name: written Like This, a word of 3+ letters, no cue, no stopword.
    @inline(__always) private func isName(_ j: Int) -> Bool {
        tokens[j].capitalised && tokens[j].kind == .word && cuesAt(j) == 0 && normal.tokens[j].textEnd - normal.tokens[j].textStart >= 3
            && !Self.stopwords.contains(tokens[j].hash)
    }

    /// The evidence span of tokens `first...last` (they are in one field).
    public func span(_ first: Int, _ last: Int) -> EvidenceSpan {
        let a = tokens[first], b = tokens[max(first, last)]
        return EvidenceSpan(field: a.field == 0 ? "text" : "transcript", start: a.start, end: max(a.end, b.end))
    }

    /// The evidence span of a hit.
    public func span(_ h: Hit) -> EvidenceSpan { span(h.first, h.last) }

    /// The number of sentences.
    public var sentenceCount: Int { sentenceMasks.count }
}

extension PostAnalysis {
    /// The stance of a post with normal tokens `tokens` and text `text`.
    static func stance(_ tokens: NormalTokenBuffer, text: String) -> Stance.Label {
        guard tokens.count > 0 else { return .spreads }
        let st = StanceCues.analyse(buffer: tokens, text: text)
        // "jangan salah pilih", "salah hitung", "fitnah" in an accusation: weak cues alone do not refute here.
        if st.label == .refutes, st.cues.filter({ $0.label == .refutes }).allSatisfy({ !$0.strong && ($0.phrase == "salah" || $0.phrase == "fitnah") }) {
            return .spreads
        }
        return st.label
    }
}
