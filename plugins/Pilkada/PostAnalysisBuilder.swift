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
    var texts: [String] = []
    var hits: [Hit] = []
    var mask: UInt64 = 0
    var sentenceMasks: [UInt64] = []
    var questions = SentenceSet()
    var exclamations = SentenceSet()
    var ballots: [Int] = []

    /// Reads the text and transcript of `item`; returns the toolkit's tokens (for the stance).
    mutating func read(_ item: ContentItem, lexicon: PilkadaLexicon, normalizer: Normalizer) -> [NormalToken] {
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
                            if PostAnalysis.decimalBefore(last, tokens, bytes) { decimals.insert(last) }
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
                        if PostAnalysis.decimalBefore(last, tokens, bytes) { decimals.insert(last) }
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
        match(lexicon)
        for i in percents {
            // `52,3%`: the whole decimal number is the evidence.
            let decimal = decimals.contains(i)
            addHit(Hit(cues: Cue.percent.bit | Cue.result.bit, first: decimal ? i - 1 : i, last: i, sentence: tokens[i].sentence))
        }
        findAmounts()
        findBallots()
        return normal
    }

    /// Finds every phrase of the lexicon (longest first at each word; phrases may overlap).
    ///
    /// Particles are skipped between the words of a phrase, and a word the lexicon does not
    /// know is tried without a possessive or particle ending. One dictionary lookup per word;
    /// phrases compare word ids.
    private mutating func match(_ lexicon: PilkadaLexicon) {
        let n = tokens.count
        var wordIDs = [Int32](repeating: -1, count: n)
        var content: [Int] = []
        content.reserveCapacity(n)
        // The lexicon's tables, read once per post rather than once per word.
        let ids = lexicon.ids, particle = lexicon.particle, endings = PostAnalysis.packedEndings
        for i in 0..<n {
            var text = texts[i]
            let (h, id) = text.withUTF8 { b -> (UInt64, Int32) in
                let h = WordSet.hash(b)
                if let id = ids[h] { return (h, id) }
                // A word the lexicon does not know, tried without an ending (`amplopnya` → `amplop`).
                if b.count > 5 {
                    let c = b.count
                    let tail2 = UInt32(b[c - 2]) | UInt32(b[c - 1]) << 8
                    let tail3 = UInt32(b[c - 3]) | tail2 << 8
                    for (packed, length) in endings where c > length + 3 && (length == 3 ? tail3 : tail2) == packed {
                        if let id = ids[WordSet.hash(UnsafeBufferPointer(rebasing: b[0..<(c - length)]))] { return (h, id) }
                    }
                }
                return (h, -1)
            }
            tokens[i].hash = h
            wordIDs[i] = id
            if id < 0 || !particle[Int(id)] { content.append(i) }
        }
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
    private mutating func addHit(_ h: Hit) {
        hits.append(h)
        mask |= h.cues
        sentenceMasks[h.sentence] |= h.cues
        for t in h.first...h.last { tokens[t].cues |= h.cues }
    }

    /// Marks sums of money: a number followed by an amount word (`100rb`, `50 rebu`, `150k`,
    /// `1,2jt`) or after `rp`, as a `money` hit over both words.
    private mutating func findAmounts() {
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

    @inline(__always) private func cuesAt(_ i: Int) -> UInt64 { tokens[i].cues }

    /// Marks ballot numbers: a digit 1–9 or number word after `nomor`/`no`/`coblos`/`pilih`/`paslon`
    /// (not after `tps`, `jam`, `rt`, ...), a standalone `01`–`09`, and the ✌/☝ signs.
    private mutating func findBallots() {
        let viaUrutWords: WordSet = PostAnalysis.viaUrut
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
            let viaUrut = i > 1 && viaUrutWords.contains(tokens[i - 1].hash)
            let introduced = prev & Cue.numberIntro.bit != 0 || (viaUrut && prev2 & Cue.numberIntro.bit != 0 && prev2 & Cue.numberBlocker.bit == 0)
            let zeroPadded = texts[i].utf8.count == 2 && texts[i].utf8.first == 0x30
            if introduced || (zeroPadded && !isNumberWord && prev2 & Cue.numberBlocker.bit == 0) {
                ballots.append(i)
            }
        }
    }

    /// True when token `i` is a percentage (`48%`).
    private func percents(at i: Int) -> Bool { hits.contains { $0.first <= i && i <= $0.last && $0.has(.percent) } }
}
