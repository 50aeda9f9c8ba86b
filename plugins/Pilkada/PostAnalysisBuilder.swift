import JagaSDK
import JagaText

/// Builds a ``PostAnalysis``: tokens, sentences, cue hits, sums of money and ballot numbers.
///
/// A value type with the analysis's fields as variables; the analysis copies them into
/// constants when done.
struct PostAnalysisBuilder {
    typealias Token = PostAnalysis.Token
    typealias Hit = PostAnalysis.Hit

    var tokens: [Token] = []
    /// The normal forms of the tokens (token `i` of ``tokens`` is token `i` here).
    var normal = NormalTokenBuffer()
    var hits: [Hit] = []
    var mask: UInt64 = 0
    var sentenceMasks: [UInt64] = []
    var questions = SentenceSet()
    var exclamations = SentenceSet()
    var ballots: [Int] = []

    /// Reads the text and transcript of `item`.
    mutating func read(_ item: borrowing ContentItem, lexicon: PilkadaLexicon, normalizer: Normalizer) {
        var sentence = 0
        // The current sentence has a token already (then a boundary starts the next one).
        var sentenceUsed = false
        // Some token could be a ballot number by itself (digits or an emoji; number words are cues).
        var ballotCandidates = false
        var percents: [Int] = []
        var decimals = Set<Int>()
        for field in UInt8(0)...1 {
            var copy = field == 0 ? item.text : item.transcript ?? ""
            guard !copy.isEmpty else { continue }
            copy.withUTF8 { bytes in
                let first = normal.count
                normalizer.tokens(utf8: bytes, into: &normal)
                // Read through locals: `normal` itself is not touched again in the loop.
                let produced = normal.tokens, forms = normal.bytes
                tokens.reserveCapacity(produced.count)
                var previousEnd = 0
                for k in first..<produced.count {
                    let t = produced[k]
                    // A sentence ends at . ! ? ; or a line break between two words.
                    var boundary = false
                    if t.start > previousEnd {
                        if bytes[previousEnd] == 0x25, let last = tokens.indices.last, tokens[last].kind == .number, tokens[last].end == previousEnd {
                            percents.append(last)
                            if PostAnalysis.decimalBefore(last, tokens, bytes) { decimals.insert(last) }
                        }
                        for i in previousEnd..<t.start {
                            let b = bytes[i]
                            if b == 0x3F { questions.insert(sentence) }
                            if b == 0x21 { exclamations.insert(sentence) }
                            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x0A { boundary = true }
                        }
                    }
                    if boundary, sentenceUsed { sentence += 1; sentenceUsed = false }
                    let first = t.start < bytes.count ? bytes[t.start] : 0
                    let second = t.start + 1 < t.end ? bytes[t.start + 1] : 0x61
                    var token = Token(start: t.start, end: t.end, field: field, sentence: sentence, kind: t.kind,
                                      capitalised: first >= 0x41 && first <= 0x5A && !(second >= 0x41 && second <= 0x5A), hash: t.hash)
                    Self.readDigits(t, forms, into: &token)
                    if token.ballot != 0 || t.kind == .emoji { ballotCandidates = true }
                    tokens.append(token)
                    sentenceUsed = true
                    previousEnd = max(previousEnd, t.end)
                }
                if previousEnd < bytes.count {
                    if bytes[previousEnd] == 0x25, let last = tokens.indices.last, tokens[last].kind == .number, tokens[last].end == previousEnd {
                        percents.append(last)
                        if PostAnalysis.decimalBefore(last, tokens, bytes) { decimals.insert(last) }
                    }
                    for i in previousEnd..<bytes.count {
                        if bytes[i] == 0x3F { questions.insert(sentence) }
                        if bytes[i] == 0x21 { exclamations.insert(sentence) }
                    }
                }
            }
            if sentenceUsed { sentence += 1; sentenceUsed = false }
        }
        sentenceMasks.append(contentsOf: repeatElement(0, count: max(1, sentence)))
        // Most posts that get here have a few hits: one allocation rather than four.
        hits.reserveCapacity(16)
        match(lexicon)
        for i in percents {
            // `52,3%`: the whole decimal number is the evidence.
            let decimal = decimals.contains(i)
            addHit(Hit(cues: Cue.percent.bit | Cue.result.bit, first: decimal ? i - 1 : i, last: i, sentence: tokens[i].sentence))
        }
        findAmounts()
        // Only digits 1–9, ✌/☝ and number words (`dua`) can be ballot numbers.
        if ballotCandidates || mask & Cue.numberWord.bit != 0 { findBallots() }
    }

    /// Finds every phrase of the lexicon (longest first at each word; phrases may overlap).
    ///
    /// Particles are skipped between the words of a phrase, and a word the lexicon does not
    /// know is tried without a possessive or particle ending. One table lookup per word (by the
    /// hash the normaliser made); phrases compare word ids.
    private mutating func match(_ lexicon: PilkadaLexicon) {
        let n = tokens.count
        guard n > 0 else { return }
        // The lexicon's tables, read once per post rather than once per word.
        let ids = lexicon.ids, particle = lexicon.particle
        let endings = PostAnalysis.endingsByLast, endingStart = PostAnalysis.endingStart
        let phraseWordStart = lexicon.phraseWordStart, phraseWords = lexicon.phraseWords, phraseCues = lexicon.phraseCues
        let pairs = lexicon.pairs, pairStart = lexicon.pairStart, pairPhrases = lexicon.pairPhrases, single = lexicon.single
        let produced = normal.tokens, forms = normal.bytes
        // Tokens and hits are moved out while the loops work on them through pointers.
        var toks: [Token] = [], found: [Hit] = []
        swap(&toks, &tokens)
        swap(&found, &hits)
        let firstNew = found.count
        // The tokens that are no particle (phrases skip particles), on the stack for most posts.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { content in
            toks.withUnsafeMutableBufferPointer { t in
                var m = 0
                forms.withUnsafeBufferPointer { all in
                    produced.withUnsafeBufferPointer { p in
                        for i in 0..<n {
                            let pt = p[i]
                            var id = ids[pt.hash] ?? -1
                            let c = pt.textEnd - pt.textStart
                            if id < 0, c > 5, PostAnalysis.mayEndInEnding(all[pt.textEnd - 1]) {
                                // A word the lexicon does not know, tried without an ending (`amplopnya` → `amplop`).
                                let e = pt.textEnd
                                let tail2 = UInt32(all[e - 2]) | UInt32(all[e - 1]) << 8
                                let tail3 = UInt32(all[e - 3]) | tail2 << 8
                                let letter = Int(all[e - 1] &- 0x61)
                                for g in endingStart[letter]..<endingStart[letter + 1] {
                                    let (packed, length) = endings[g]
                                    guard c > length + 3 && (length == 3 ? tail3 : tail2) == packed else { continue }
                                    if let found = ids[WordSet.hash(UnsafeBufferPointer(rebasing: all[pt.textStart..<(e - length)]))] { id = found; break }
                                }
                            }
                            t[i].word = id
                            if id < 0 || !particle[Int(id)] { content[m] = i; m += 1 }
                        }
                    }
                }
                for ci in 0..<m {
                    let i = content[ci]
                    let first = t[i].word
                    guard first >= 0 else { continue }
                    let sentence = t[i].sentence
                    // Phrases of two or more words, found by their first two words (in phrase
                    // order: longest first), then the one-word phrase, which comes last.
                    if ci + 1 < m, t[content[ci + 1]].word >= 0, let s = pairs[PilkadaLexicon.pairKey(first, t[content[ci + 1]].word)] {
                        for q in Int(pairStart[Int(s)])..<Int(pairStart[Int(s) + 1]) {
                            let p = Int(pairPhrases[q])
                            let ws = Int(phraseWordStart[p])
                            let len = Int(phraseWordStart[p + 1]) - ws
                            guard ci + len <= m else { continue }
                            var ok = true
                            for k in 1..<len {
                                let j = content[ci + k]
                                if t[j].word != phraseWords[ws + k] || t[j].sentence != sentence { ok = false; break }
                            }
                            guard ok else { continue }
                            found.append(Hit(cues: phraseCues[p], first: i, last: content[ci + len - 1], sentence: sentence))
                        }
                    }
                    let p = single[Int(first)]
                    if p >= 0 { found.append(Hit(cues: phraseCues[Int(p)], first: i, last: i, sentence: sentence)) }
                }
            }
        }
        swap(&toks, &tokens)
        swap(&found, &hits)
        for k in firstNew..<hits.count { mark(hits[k]) }
    }

    /// Records a hit: in the list, the post's and sentence's masks, and each token's mask.
    private mutating func addHit(_ h: Hit) {
        hits.append(h)
        mark(h)
    }

    /// Adds hit `h`'s cues to the post's and sentence's masks and to each of its tokens.
    private mutating func mark(_ h: Hit) {
        mask |= h.cues
        sentenceMasks[h.sentence] |= h.cues
        for t in h.first...h.last { tokens[t].cues |= h.cues }
    }

    /// Marks sums of money: a number followed by an amount word (`100rb`, `50 rebu`, `150k`,
    /// `1,2jt`) or after `rp`, as a `money` hit over both words.
    private mutating func findAmounts() {
        guard mask & (Cue.amount.bit | Cue.exchange.bit) != 0 else { return }
        for i in tokens.indices where tokens[i].kind == .number || tokens[i].kind == .hashtagPart {
            guard tokens[i].leadingDigit else { continue }
            let s = tokens[i].sentence
            var found: Hit?
            if i + 1 < tokens.count, tokens[i + 1].sentence == s, cuesAt(i + 1) & Cue.amount.bit != 0 {
                found = Hit(cues: Cue.money.bit | Cue.amount.bit, first: i, last: i + 1, sentence: s)
            } else if i > 0, tokens[i - 1].sentence == s, tokens[i - 1].hash == Self.rp {
                found = Hit(cues: Cue.money.bit | Cue.amount.bit, first: i - 1, last: i, sentence: s)
            } else if i > 0, tokens[i - 1].sentence == s, cuesAt(i - 1) & Cue.exchange.bit != 0, let v = integer(i), v >= 10,
                      i + 1 >= tokens.count || tokens[i + 1].sentence != s || tokens[i + 1].kind != .word || cuesAt(i + 1) & Cue.exchange.bit != 0 {
                // "kasih 100", "dapat 150": a bare sum right after a giving or getting word.
                found = Hit(cues: Cue.money.bit | Cue.amount.bit, first: i, last: i, sentence: s)
            }
            if let found { addHit(found) }
        }
    }

    /// Notes what the digits of normal token `t` (its normal form in `forms`) say: whether it
    /// starts with a digit, whether it is `0` and one more character, and its value as a
    /// ballot-number-like token (1...9: at most three digits, of a number, hashtag part or word).
    @inline(__always)
    static func readDigits(_ t: NormalTokenBuffer.Token, _ forms: [UInt8], into token: inout Token) {
        guard t.textEnd > t.textStart, t.kind != .emoji else { return }
        let first = forms[t.textStart]
        // Words are digits only when spaced digits were joined (`0 2`): look at the first byte first.
        guard first >= 0x30 && first <= 0x39 else { return }
        token.leadingDigit = true
        token.zeroPadded = t.textEnd - t.textStart == 2 && first == 0x30
        var v = 0, n = 0
        for k in t.textStart..<t.textEnd {
            let b = forms[k]
            guard b >= 0x30 && b <= 0x39, n < 3 else { return }
            v = v * 10 + Int(b - 0x30)
            n += 1
        }
        if (1...9).contains(v) { token.ballot = UInt8(v) }
    }

    @inline(__always) private func cuesAt(_ i: Int) -> UInt64 { tokens[i].cues }

    /// False when an emoji's normal form cannot start with ✌ (E2 9C 8C) or ☝ (E2 98 9D): neither
    /// has another canonically equivalent spelling, so the bytes decide before the `Character`s.
    @inline(__always) static func mayBeBallotSign(_ b: ArraySlice<UInt8>) -> Bool {
        guard b.count >= 3 else { return false }
        let i = b.startIndex
        return b[i] == 0xE2 && ((b[i + 1] == 0x9C && b[i + 2] == 0x8C) || (b[i + 1] == 0x98 && b[i + 2] == 0x9D))
    }

    /// The value of token `i` when its normal form is ASCII digits only (as `Int(text)` reads it).
    private func integer(_ i: Int) -> Int? {
        let digits = normal.textBytes(i)
        guard !digits.isEmpty else { return nil }
        var v = 0
        for b in digits {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(b - 0x30))
            guard !o1, !o2 else { return nil }
            v = a
        }
        return v
    }

    /// The hash of `rp` (rupiah before a sum).
    private static let rp = WordSet.hash("rp".utf8)

    /// Marks ballot numbers: a digit 1–9 or number word after `nomor`/`no`/`coblos`/`pilih`/`paslon`
    /// (not after `tps`, `jam`, `rt`, ...), a standalone `01`–`09`, and the ✌/☝ signs.
    private mutating func findBallots() {
        let viaUrutWords: WordSet = PostAnalysis.viaUrut
        for i in tokens.indices {
            if tokens[i].kind == .emoji {
                if Self.mayBeBallotSign(normal.textBytes(i)) {
                    let text = normal.text(i)
                    if text.hasPrefix("✌") || text.hasPrefix("☝") { ballots.append(i) }
                }
                continue
            }
            let isNumberWord = tokens[i].kind == .word && cuesAt(i) & Cue.numberWord.bit != 0
            guard isNumberWord || tokens[i].ballot != 0 else { continue }
            let t = tokens[i]
            let prev = i > 0 && tokens[i - 1].sentence == t.sentence ? cuesAt(i - 1) : 0
            let prev2 = i > 1 && tokens[i - 2].sentence == t.sentence ? cuesAt(i - 2) : 0
            let next = i + 1 < tokens.count && tokens[i + 1].sentence == t.sentence ? cuesAt(i + 1) : 0
            if prev & Cue.numberBlocker.bit != 0 && prev & Cue.numberIntro.bit == 0 { continue }
            if next & (Cue.amount.bit | Cue.percent.bit) != 0, i + 1 < tokens.count, tokens[i + 1].kind == .word { continue }
            if percents(at: i) { continue }
            // `nomor urut 2`, `paslon nomor 2`: the intro may be two words back only through `urut`/`nomor`.
            let viaUrut = i > 1 && viaUrutWords.contains(tokens[i - 1].hash)
            let introduced = prev & Cue.numberIntro.bit != 0 || (viaUrut && prev2 & Cue.numberIntro.bit != 0 && prev2 & Cue.numberBlocker.bit == 0)
            if introduced || (t.zeroPadded && !isNumberWord && prev2 & Cue.numberBlocker.bit == 0) {
                ballots.append(i)
            }
        }
    }

    /// True when token `i` is a percentage (`48%`).
    private func percents(at i: Int) -> Bool { hits.contains { $0.first <= i && i <= $0.last && $0.has(.percent) } }
}
