import JagaSDK

/// One post read once for all ten checkers: its normalised words, sentences, and cue hits.
///
/// Built from the text and the transcript (each token remembers its field, so evidence points
/// at what the user sees), shared through ``ItemContext/analyses``. The cues say *what words*
/// are there; ``CampaignContent`` and the checkers decide what they mean together.
public final class PostAnalysis: @unchecked Sendable {
    /// One normalised word (its normal form is ``PostAnalysis/texts``, so a token is plain data:
    /// copying one costs no reference counting).
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

    public private(set) var tokens: [Token] = []
    /// The normal form of each token (`amplop`, `tidak`, `02`).
    public private(set) var texts: [String] = []
    public private(set) var hits: [Hit] = []
    /// Every cue found anywhere.
    public private(set) var mask: UInt64 = 0
    /// Cues per sentence.
    public private(set) var sentenceMasks: [UInt64] = []
    /// Sentences that end with a question mark.
    public private(set) var questions = SentenceSet()
    /// Sentences with an exclamation mark.
    public private(set) var exclamations = SentenceSet()
    /// The cues of the hits covering each token.
    private var tokenCues: [UInt64] = []
    /// ``WordSet/hash(_:)`` of each token's text.
    private var hashes: [UInt64] = []
    /// Token indices of ballot numbers used as such (`no 2`, `coblos 02`, `nomor urut dua`, `✌`).
    public private(set) var ballots: [Int] = []
    /// The stance of the whole post (refutes, warns, asks, spreads) from the toolkit's cues,
    /// worked out the first time a checker asks (most posts never get that far).
    public var stance: Stance.Label { stanceBox.label() }
    private var stanceBox = StanceBox(tokens: [], text: "")

    /// Reads `item` with `lexicon`.
    public convenience init(_ item: ContentItem, lexicon: PilkadaLexicon) {
        self.init(item, lexicon: lexicon, normalizer: lexicon.normalizer)
    }

    /// Reads `item` with `lexicon`, tokenising with `normalizer`.
    public init(_ item: ContentItem, lexicon: PilkadaLexicon, normalizer: Normalizer) {
        var sentence = 0
        var normal: [NormalToken] = []
        var percents: [Int] = []
        var decimals = Set<Int>()
        for field in UInt8(0)...1 {
            var copy = field == 0 ? item.text : item.transcript ?? ""
            guard !copy.isEmpty else { continue }
            copy.withUTF8 { bytes in
                let toks = normalizer.tokens(utf8: bytes)
                if normal.isEmpty { normal = toks } else { normal.append(contentsOf: toks) }
                var previousEnd = 0
                for t in toks {
                    // A sentence ends at . ! ? ; or a line break between two words.
                    var boundary = false
                    if t.range.lowerBound > previousEnd {
                        if bytes[previousEnd] == 0x25, let last = tokens.indices.last, tokens[last].kind == .number, tokens[last].end == previousEnd {
                            percents.append(last)
                            if Self.decimalBefore(last, tokens, bytes) { decimals.insert(last) }
                        }
                        for i in previousEnd..<t.range.lowerBound {
                            let b = bytes[i]
                            if b == 0x3F { questions.insert(sentence) }
                            if b == 0x21 { exclamations.insert(sentence) }
                            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x0A { boundary = true }
                        }
                    }
                    if boundary, !tokens.isEmpty, tokens[tokens.count - 1].sentence == sentence { sentence += 1 }
                    let first = t.range.lowerBound < bytes.count ? bytes[t.range.lowerBound] : 0
                    let second = t.range.lowerBound + 1 < t.range.upperBound ? bytes[t.range.lowerBound + 1] : 0x61
                    texts.append(t.text)
                    tokens.append(Token(start: t.range.lowerBound, end: t.range.upperBound, field: field,
                                        sentence: sentence, kind: t.kind, capitalised: first >= 0x41 && first <= 0x5A && !(second >= 0x41 && second <= 0x5A)))
                    previousEnd = max(previousEnd, t.range.upperBound)
                }
                if previousEnd < bytes.count {
                    if bytes[previousEnd] == 0x25, let last = tokens.indices.last, tokens[last].kind == .number, tokens[last].end == previousEnd {
                        percents.append(last)
                        if Self.decimalBefore(last, tokens, bytes) { decimals.insert(last) }
                    }
                    for i in previousEnd..<bytes.count {
                        if bytes[i] == 0x3F { questions.insert(sentence) }
                        if bytes[i] == 0x21 { exclamations.insert(sentence) }
                    }
                }
            }
            if !tokens.isEmpty, tokens[tokens.count - 1].sentence == sentence { sentence += 1 }
        }
        sentenceMasks = Array(repeating: 0, count: max(1, sentence))
        stanceBox = StanceBox(tokens: normal, text: item.text)
        match(lexicon)
        for i in percents {
            // `52,3%`: the whole decimal number is the evidence.
            let decimal = decimals.contains(i)
            addHit(Hit(cues: Cue.percent.bit | Cue.result.bit, first: decimal ? i - 1 : i, last: i, sentence: tokens[i].sentence))
        }
        findAmounts()
        findBallots()
    }

    /// Regional and colloquial particles skipped inside phrases (`pilih ki nomor 2`, `jangan mi pilih`).
    static let particles: Set<String> = ["mi", "ji", "ki", "ta", "nah", "kodong", "sih", "deh", "nih", "lho", "loh",
                                         "toh", "tho", "to", "je", "bah", "mah", "teh", "atuh", "euy", "wae", "we", "ae",
                                         "aja", "saja", "pun", "kah", "lah", "dong", "tong", "ko", "sa", "e", "yo", "ya"]
    /// Endings tried off a word the lexicon does not know (`amplopnya` → `amplop`, `syaratnya` → `syarat`).
    static let endings = ["nya", "nye", "ne", "na", "kan", "ku", "mu", "lah", "kah", "pun", "in", "an"]
    /// ``endings`` as (bytes packed little-endian, length): compared with a word's last bytes
    /// without touching an array per ending.
    static let packedEndings: [(UInt32, Int)] = endings.map { e in
        var v: UInt32 = 0
        for (k, b) in e.utf8.enumerated() { v |= UInt32(b) << UInt32(8 * k) }
        return (v, e.utf8.count)
    }

    /// Finds every phrase of the lexicon (longest first at each word; phrases may overlap).
    ///
    /// Particles are skipped between the words of a phrase, and a word the lexicon does not
    /// know is tried without a possessive or particle ending. One dictionary lookup per word;
    /// phrases compare word ids.
    private func match(_ lexicon: PilkadaLexicon) {
        let n = tokens.count
        var wordIDs = [Int32](repeating: -1, count: n)
        var content: [Int] = []
        content.reserveCapacity(n)
        hashes = [UInt64](repeating: 0, count: n)
        // The lexicon's tables, read once per post rather than once per word.
        let ids = lexicon.ids, particle = lexicon.particle, endings = Self.packedEndings
        for i in 0..<n {
            var text = texts[i]
            let (h, id) = text.withUTF8 { b -> (UInt64, Int32) in
                let h = WordSet.hash(b)
                if let id = ids[h] { return (h, id) }
                // A word the lexicon does not know, tried without an ending (`amplopnya` → `amplop`).
                if b.count > 5 {
                    for (packed, length) in endings where b.count > length + 3 {
                        var tail: UInt32 = 0
                        for k in 0..<length { tail |= UInt32(b[b.count - length + k]) << UInt32(8 * k) }
                        if tail == packed, let id = ids[WordSet.hash(UnsafeBufferPointer(rebasing: b[0..<(b.count - length)]))] { return (h, id) }
                    }
                }
                return (h, -1)
            }
            hashes[i] = h
            wordIDs[i] = id
            if id < 0 || !particle[Int(id)] { content.append(i) }
        }
        tokenCues = [UInt64](repeating: 0, count: n)
        let m = content.count
        let phraseStart = lexicon.phraseStart, phraseWordStart = lexicon.phraseWordStart
        let phraseWords = lexicon.phraseWords, phraseCues = lexicon.phraseCues
        for ci in 0..<m {
            let i = content[ci]
            let first = wordIDs[i]
            guard first >= 0 else { continue }
            for p in Int(phraseStart[Int(first)])..<Int(phraseStart[Int(first) + 1]) {
                let ws = Int(phraseWordStart[p])
                let len = Int(phraseWordStart[p + 1]) - ws
                var last = i
                if len > 1 {
                    guard ci + len <= m else { continue }
                    var ok = true
                    for k in 1..<len {
                        let j = content[ci + k]
                        if wordIDs[j] != phraseWords[ws + k] || tokens[j].sentence != tokens[i].sentence { ok = false; break }
                    }
                    guard ok else { continue }
                    last = content[ci + len - 1]
                }
                addHit(Hit(cues: phraseCues[p], first: i, last: last, sentence: tokens[i].sentence))
            }
        }
    }

    /// Records a hit: in the list, the post's and sentence's masks, and each token's mask.
    private func addHit(_ h: Hit) {
        hits.append(h)
        mask |= h.cues
        sentenceMasks[h.sentence] |= h.cues
        for t in h.first...h.last { tokenCues[t] |= h.cues }
    }

    /// Marks sums of money: a number followed by an amount word (`100rb`, `50 rebu`, `150k`,
    /// `1,2jt`) or after `rp`, as a `money` hit over both words.
    private func findAmounts() {
        guard mask & (Cue.amount.bit | Cue.exchange.bit) != 0 else { return }
        for i in tokens.indices where tokens[i].kind == .number || tokens[i].kind == .hashtagPart {
            guard texts[i].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { continue }
            let s = tokens[i].sentence
            var found: Hit?
            if i + 1 < tokens.count, tokens[i + 1].sentence == s, cuesAt(i + 1) & Cue.amount.bit != 0 {
                found = Hit(cues: Cue.money.bit | Cue.amount.bit, first: i, last: i + 1, sentence: s)
            } else if i > 0, tokens[i - 1].sentence == s, texts[i - 1] == "rp" {
                found = Hit(cues: Cue.money.bit | Cue.amount.bit, first: i - 1, last: i, sentence: s)
            } else if i > 0, tokens[i - 1].sentence == s, cuesAt(i - 1) & Cue.exchange.bit != 0, let v = Int(texts[i]), v >= 10,
                      i + 1 >= tokens.count || tokens[i + 1].sentence != s || tokens[i + 1].kind != .word || cuesAt(i + 1) & Cue.exchange.bit != 0 {
                // "kasih 100", "dapat 150": a bare sum right after a giving or getting word.
                found = Hit(cues: Cue.money.bit | Cue.amount.bit, first: i, last: i, sentence: s)
            }
            if let found { addHit(found) }
        }
    }

    /// The numeric value of a ballot-number-like token (1...9), or nil.
    private func ballotValue(_ i: Int) -> Int? {
        switch tokens[i].kind {
        case .number, .hashtagPart, .word:
            // Words are digits only when spaced digits were joined (`0 2`): look at the first byte first.
            guard let first = texts[i].utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
            var v = 0, n = 0
            for b in texts[i].utf8 {
                guard b >= 0x30 && b <= 0x39, n < 3 else { return nil }
                v = v * 10 + Int(b - 0x30)
                n += 1
            }
            return (1...9).contains(v) ? v : nil
        default:
            return nil
        }
    }

    @inline(__always) private func cuesAt(_ i: Int) -> UInt64 { tokenCues[i] }

    /// Marks ballot numbers: a digit 1–9 or number word after `nomor`/`no`/`coblos`/`pilih`/`paslon`
    /// (not after `tps`, `jam`, `rt`, ...), a standalone `01`–`09`, and the ✌/☝ signs.
    private func findBallots() {
        let viaUrutWords: WordSet = Self.viaUrut
        for i in tokens.indices {
            if tokens[i].kind == .emoji {
                if texts[i].hasPrefix("✌") || texts[i].hasPrefix("☝") { ballots.append(i) }
                continue
            }
            let isNumberWord = tokens[i].kind == .word && cuesAt(i) & Cue.numberWord.bit != 0
            guard isNumberWord || ballotValue(i) != nil else { continue }
            let t = tokens[i]
            let prev = i > 0 && tokens[i - 1].sentence == t.sentence ? cuesAt(i - 1) : 0
            let prev2 = i > 1 && tokens[i - 2].sentence == t.sentence ? cuesAt(i - 2) : 0
            let next = i + 1 < tokens.count && tokens[i + 1].sentence == t.sentence ? cuesAt(i + 1) : 0
            if prev & Cue.numberBlocker.bit != 0 && prev & Cue.numberIntro.bit == 0 { continue }
            if next & (Cue.amount.bit | Cue.percent.bit) != 0, i + 1 < tokens.count, tokens[i + 1].kind == .word { continue }
            if percents(at: i) { continue }
            // `nomor urut 2`, `paslon nomor 2`: the intro may be two words back only through `urut`/`nomor`.
            let viaUrut = i > 1 && viaUrutWords.contains(hashes[i - 1])
            let introduced = prev & Cue.numberIntro.bit != 0 || (viaUrut && prev2 & Cue.numberIntro.bit != 0 && prev2 & Cue.numberBlocker.bit == 0)
            let zeroPadded = texts[i].utf8.count == 2 && texts[i].utf8.first == 0x30
            if introduced || (zeroPadded && !isNumberWord && prev2 & Cue.numberBlocker.bit == 0) {
                ballots.append(i)
            }
        }
    }

    // MARK: - Questions checkers ask

    /// True when cue `c` is anywhere in the post.
    @inline(__always) public func has(_ c: Cue) -> Bool { mask & c.bit != 0 }

    /// True when any of `cues` is anywhere in the post.
    @inline(__always) public func hasAny(_ cues: [Cue]) -> Bool { cues.contains { mask & $0.bit != 0 } }

    static let viaUrut: WordSet = ["urut", "urutan", "nomor", "no"]

    /// True when token `i` is the fraction of a decimal number (`52,3`: a number, one `,` or `.`, this).
    static func decimalBefore(_ i: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, tokens[i - 1].kind == .number, tokens[i - 1].field == tokens[i].field,
              tokens[i - 1].end + 1 == tokens[i].start, tokens[i].start > 0 else { return false }
        let sep = bytes[tokens[i].start - 1]
        return sep == 0x2C || sep == 0x2E
    }

    /// True when token `i` is a percentage (`48%`).
    func percents(at i: Int) -> Bool { hits.contains { $0.first <= i && i <= $0.last && $0.has(.percent) } }

    /// True when a capitalised name stands within `window` words before a percentage or
    /// percent word (`Cak Imron 48,2%`, `Pak Obet 52 persen`): results about a person.
    public var namesWithPercent: Bool {
        hits.contains { $0.has(.percent) && nameBefore($0.first, window: 4) != nil }
    }

    /// Words that negate what follows them.
    static let negations: Set<String> = ["tidak", "bukan", "belum", "jangan", "ojo", "ulah", "tra", "nda", "ndak", "hindari", "tanpa",
                                         "jang", "ora", "teu", "henteu", "kagak", "enggak", "tak", "dilarang", "stop"]

    /// True when a negation stands up to `window` words before hit `h`, in its sentence.
    public func negated(_ h: Hit, window: Int = 3) -> Bool {
        var j = h.first - 1
        while j >= 0, j >= h.first - window, tokens[j].sentence == h.sentence {
            if Self.negations.contains(texts[j]) { return true }
            j -= 1
        }
        return false
    }

    /// Words that refuse what follows (`tidak terima`, `ojo gelem`); unlike ``negations``, not `belum`.
    static let refusals: Set<String> = ["tidak", "tra", "ora", "teu", "henteu", "ndak", "nda", "jangan", "ojo", "ulah", "jang", "enggak", "emoh", "ogah"]

    /// True when the word right before hit `h` refuses it.
    public func refused(_ h: Hit) -> Bool {
        // "jangan lupa setor nama" asks for it.
        guard h.first > 0, tokens[h.first - 1].sentence == h.sentence, texts[h.first - 1] != "lupa" else { return false }
        return Self.refusals.contains(texts[h.first - 1])
    }

    /// True when the words before hit `h` deny it exists: "tidak ada", "gak ada", "tra ada", "teu aya", "ora ono".
    public func deniedExistence(_ h: Hit) -> Bool {
        var j = h.first - 1
        while j > 0, j >= h.first - 5, tokens[j].sentence == h.sentence {
            if ["ada", "aya", "ono", "enek"].contains(texts[j]), Self.negations.contains(texts[j - 1]) { return true }
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
    public func containsWord(_ words: WordSet) -> Bool { hashes.contains { words.contains($0) } }

    /// True when token `i` is one of `words`.
    public func token(_ i: Int, in words: WordSet) -> Bool { i >= 0 && i < hashes.count && words.contains(hashes[i]) }

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
        tokens[j].capitalised && tokens[j].kind == .word && cuesAt(j) == 0 && texts[j].utf8.count >= 3
            && !Stopwords.contains(texts[j])
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

/// The lazily computed stance of one post (one thread only, like the analysis it belongs to).
final class StanceBox: @unchecked Sendable {
    private var tokens: [NormalToken]
    private let text: String
    private var value: Stance.Label?

    init(tokens: [NormalToken], text: String) {
        self.tokens = tokens
        self.text = text
    }

    func label() -> Stance.Label {
        if let value { return value }
        var label = Stance.Label.spreads
        if !tokens.isEmpty {
            let st = StanceCues.analyse(tokens: tokens, text: text)
            label = st.label
            // "jangan salah pilih", "salah hitung", "fitnah" in an accusation: weak cues alone do not refute here.
            if st.label == .refutes, st.cues.filter({ $0.label == .refutes }).allSatisfy({ !$0.strong && ($0.phrase == "salah" || $0.phrase == "fitnah") }) {
                label = .spreads
            }
        }
        value = label
        tokens = []
        return label
    }
}
