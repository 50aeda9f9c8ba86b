import Foundation
import JagaSDK
import Synchronization

/// Matches post text against a claim corpus: normalised words, required key terms per claim,
/// IDF-weighted coverage of the claim's wordings, character trigrams, typo tolerance and stance.
///
/// All the text matching of the plugin lives in this one file so it can move to the JagaText
/// toolkit (normaliser, slang table, stemmer, stance cues) once that exists. Everything is
/// precomputed in `init`; matching only reads, so one matcher serves all threads.
///
/// Pipeline for a text:
/// 1. **Words** with their UTF-8 ranges and sentence numbers (split at `. ! ? ;`, line breaks
///    and emoji): runs of word scalars, folded (`TextFolding`); a hashtag is split at camel-case
///    and letter/digit boundaries (`#KotakKosongTidakSah`) and is a sentence of its own; runs of
///    three or more one-letter words are joined (`k o t a k`); two words glued by one `.`, `-`,
///    `_` or `*` also yield the joined word (`amp.lop`, `KTP-el`).
/// 2. **Normalisation** of each word, on bytes: reduplication `bagi2` → `bagi`; digits read as
///    letters in mixed words (`k0t4k` → `kotak`); stretched letters squeezed (`sahhh` → `sah`);
///    `20jt` → `20 juta`; the slang table (`gak`/`ora`/`teu` → `tidak`, `kotkos` → `kotak kosong`);
///    a light, dictionary-free affix stemmer with a protected list (`dicoblos`, `pencoblosan` →
///    `coblos`). Glued claim phrases (`exitpoll`) are split; spoken numbers (`dua puluh delapan`)
///    also give `28`.
/// 3. **Prefilter**: an index from key-term words to (claim, key group). Only claims whose every
///    key group is hit are scored. Unknown words of 5+ bytes are matched to a vocabulary word one
///    edit away (symmetric-deletion index) only when some claim lacks at most one key group.
/// 4. **Score**, per sentence that holds all the claim's key groups: 0.7 × the IDF-weighted share
///    of a wording's words present (each key group counts as one slot of twice its weight; typo
///    matches get 0.8 credit) + 0.3 × the share of the wording's character trigrams found in the
///    sentence; the best wording wins. A claim is dropped when a `counter` term of it is present
///    (the post states the fact) or a negation stands just before one of its key terms.
/// 5. **Stance**: a post that debunks or warns (`hoaks`, `tidak benar`, `cek fakta`, `jangan
///    percaya`, `bukan … tapi …`, ...) or asks whether the claim is true (`benar tidak`, a `?`
///    with `benarkah`/`emang`/`… gak ya?`, or a `?` right after the claim's words) matches
///    nothing. A cue that is part of a claim's own wording does not count against that claim;
///    `waspada`/`awas` count only against scam claims.
final class ClaimMatcher: Sendable {
    /// One claim found in a text.
    struct Match: Sendable, Hashable {
        /// Index of the claim in the corpus the matcher was built from.
        var claim: Int
        /// Index of the best-matching variant within the claim.
        var variant: Int
        /// Similarity in 0...1.
        var score: Double
        /// UTF-8 range in the text of the words that matched.
        var start: Int
        var end: Int
    }

    /// What a text does with the claims it resembles.
    enum Stance: Sendable, Hashable {
        /// Repeats them (or resembles nothing).
        case repeats
        /// Debunks or warns about them.
        case debunks
        /// Asks whether they are true.
        case asks
    }

    /// One claim variant, prepared: its words outside the claim's key groups, and its trigrams.
    private struct Variant: Sendable {
        var claim: Int32
        /// Distinct token ids with weight > 0 that are not in a key group of the claim.
        var tokens: [Int32]
        var weights: [Float]
        /// Weight of `tokens` plus the weight of the claim's key groups.
        var total: Float
        /// Sorted distinct character-trigram hashes of the normalised variant.
        var trigrams: [UInt32]
    }

    /// What tokenising a post needs, shared by reference (one retain per post, not one per table).
    private let lexicon: Lexicon
    private let tokenBytes: [[UInt8]]
    private let variants: [Variant]
    /// Variants of each claim, in order.
    private let claimVariants: [[Int]]
    /// Per claim: groups (all required) of alternatives (any suffices) of token ids (consecutive in the post).
    private let keys: [[[[Int32]]]]
    /// Per claim: the weight of each key group (the heaviest alternative).
    private let groupWeights: [[Float]]
    /// First token of every key alternative → (claim, group): the prefilter.
    private let keyIndex: [[(claim: Int32, group: Int16)]]
    /// Claims without key groups, found through their variants' words instead.
    private let keylessPostings: [[Int32]]
    /// Per claim: the distinct token ids of its key groups.
    private let keyTokens: [[Int32]]
    /// Per claim: negation words that appear in its own wording (so they do not negate it).
    private let ownNegations: [Set<UInt64>]
    /// Per claim: alternatives (token ids, consecutive) that show the post states the fact.
    private let counters: [[[Int32]]]
    /// Per claim: cue ids that do not count against it.
    private let excludedCues: [Set<Int>]
    /// Per claim: true for scams (warnings count against them).
    private let scam: [Bool]
    /// The cheap check that rejects posts no claim could be a candidate for.
    private let filter: CandidateFilter

    /// Prepares the index for `claims` (variants and key groups in any informal spelling).
    init(claims: [Claim]) {
        var vocab: [UInt64: Int32] = [:]
        var bytes: [[UInt8]] = []
        func id(_ t: [UInt8]) -> Int32 {
            let h = Normalizer.hash(t)
            if let i = vocab[h] { return i }
            let i = Int32(bytes.count)
            vocab[h] = i
            bytes.append(t)
            return i
        }
        func phrases(_ list: [String]) -> [[[Int32]]] {
            list.map { k in k.split(separator: "|").map { Normalizer.normalizedWords(String($0)).map(id) }.filter { !$0.isEmpty } }
                .filter { !$0.isEmpty }
        }
        let claimWords: [[[[UInt8]]]] = claims.map { $0.variants.map { Normalizer.normalizedWords($0) } }
        let keyTable = claims.map { phrases($0.keys) }
        let counterTable = claims.map { phrases($0.counter).flatMap { $0 } }

        // Inverse document frequency over claims (a claim's words: its variants and keys).
        var df: [Int32: Int] = [:]
        for (ci, words) in claimWords.enumerated() {
            var all = Set<Int32>()
            for v in words { for w in v { all.insert(id(w)) } }
            for g in keyTable[ci] { for alt in g { all.formUnion(alt) } }
            for t in all { df[t, default: 0] += 1 }
        }
        let n = Double(max(1, claims.count))
        func weight(_ t: Int32) -> Float {
            if Normalizer.stopwords.contains(Normalizer.hash(bytes[Int(t)])) { return 0 }
            return Float(Foundation.log(1 + n / Double(df[t] ?? 1)))
        }

        var built: [Variant] = []
        var claimVariants: [[Int]] = []
        var groupWeights: [[Float]] = []
        var keyIndexMap: [Int32: [(claim: Int32, group: Int16)]] = [:]
        var keylessMap: [Int32: [Int32]] = [:]
        for (ci, words) in claimWords.enumerated() {
            let groups = keyTable[ci]
            let inKeys = Set(groups.flatMap { $0.flatMap { $0 } })
            // A key group weighs twice its heaviest alternative: it is the claim's core.
            let gw: [Float] = groups.map { g in 2 * (g.map { alt in alt.map(weight).reduce(0, +) }.max() ?? 0) }
            groupWeights.append(gw)
            for (gi, g) in groups.enumerated() {
                for alt in g { keyIndexMap[Self.rarest(alt, bytes), default: []].append((Int32(ci), Int16(gi))) }
            }
            var mine: [Int] = []
            for v in words where !v.isEmpty {
                var seen = Set<Int32>()
                var toks: [Int32] = []
                var ws: [Float] = []
                for w in v {
                    let t = id(w)
                    guard !inKeys.contains(t), seen.insert(t).inserted else { continue }
                    let wt = weight(t)
                    guard wt > 0 else { continue }
                    toks.append(t)
                    ws.append(wt)
                    if groups.isEmpty { keylessMap[t, default: []].append(Int32(built.count)) }
                }
                mine.append(built.count)
                built.append(Variant(claim: Int32(ci), tokens: toks, weights: ws, total: ws.reduce(0, +) + gw.reduce(0, +),
                                     trigrams: Normalizer.trigrams(Array(v.joined(separator: [0x20])))))
            }
            claimVariants.append(mine)
        }

        // Glued forms of 2–3 adjacent words of variants, keys and counters.
        var glued: [UInt64: [[UInt8]]] = [:]
        var sequences: [[[UInt8]]] = claimWords.flatMap { $0 }
        for claim in claims {
            for k in claim.keys + claim.counter { for alt in k.split(separator: "|") { sequences.append(Normalizer.normalizedWords(String(alt))) } }
        }
        for words in sequences where words.count >= 2 {
            for len in 2...3 where words.count >= len {
                for i in 0...(words.count - len) {
                    let piece = Array(words[i..<(i + len)])
                    let h = Normalizer.hash(Array(piece.joined()))
                    if glued[h] == nil { glued[h] = piece }
                }
            }
        }

        // Cues made of a claim's own words do not count against it.
        var excluded: [Set<Int>] = []
        var negations: [Set<UInt64>] = []
        for words in claimWords {
            var own = Set<UInt64>()
            for v in words { for w in v { own.insert(Normalizer.hash(w)) } }
            var set = Set<Int>()
            for (cueIndex, cue) in StanceCues.debunk.enumerated() where cue.allSatisfy({ own.contains($0) }) { set.insert(cueIndex) }
            excluded.append(set)
            negations.append(StanceCues.negations.union([StanceCues.jangan]).intersection(own))
        }

        lexicon = Lexicon(vocabulary: HashTable(vocab), compounds: Compounds(glued), typos: TypoIndex(words: bytes), tokenBytes: bytes)
        tokenBytes = bytes
        variants = built
        self.claimVariants = claimVariants
        keys = keyTable
        self.groupWeights = groupWeights
        var keyIndex: [[(claim: Int32, group: Int16)]] = Array(repeating: [], count: bytes.count)
        for (t, list) in keyIndexMap { keyIndex[Int(t)] = list }
        self.keyIndex = keyIndex
        var keyless: [[Int32]] = Array(repeating: [], count: bytes.count)
        for (t, list) in keylessMap { keyless[Int(t)] = list }
        keylessPostings = keyless
        filter = CandidateFilter(keys: keyTable, keyIndex: keyIndex, keyless: keyless,
                                 variantClaim: built.map(\.claim), tokenBytes: bytes, vocabulary: vocab, compounds: glued)

        keyTokens = keyTable.map { groups in Array(Set(groups.flatMap { $0.flatMap { $0 } })) }
        ownNegations = negations
        counters = counterTable
        excludedCues = excluded
        scam = claims.map { Claim.scamVerdicts.contains($0.verdict.lowercased()) }
    }

    /// The claims `text` repeats with a score of at least `threshold`, best first.
    ///
    /// Texts with fewer than `minTokens` words, questions and debunks match nothing.
    func match(_ text: String, threshold: Double, minTokens: Int) -> [Match] {
        evaluate(text, threshold: threshold, minTokens: minTokens).0
    }

    /// Words that many election posts contain: a poor choice to index a key phrase by.
    private static let commonWords: Set<UInt64> = Set([
        "pilih", "memilih", "coblos", "nyoblos", "suara", "tps", "nomor", "no", "pilkada", "kpu", "paslon", "calon",
        "warga", "hasil", "jam", "sampai", "karena", "gara", "bisa", "boleh", "ada", "tidak", "bukan", "sudah", "lagi",
    ].map { Normalizer.hash(Array($0.utf8)) })

    /// The word a multi-word key phrase is indexed by: the one least likely in an ordinary post.
    ///
    /// A phrase is found only when all its words are, so indexing any one of them keeps the
    /// candidate test exact; the rarest one makes the prefilter and ``collectHits`` reject far
    /// more posts (`tidak libur` by `libur`, not `tidak`). Preference: not a stopword, not a
    /// common election word, not a number, then the longest (ties: the first).
    static func rarest(_ phrase: [Int32], _ bytes: [[UInt8]]) -> Int32 {
        guard phrase.count > 1 else { return phrase[0] }
        func rank(_ t: Int32) -> (Int, Int, Int, Int) {
            let w = bytes[Int(t)]
            let h = Normalizer.hash(w)
            return (Normalizer.stopwords.contains(h) ? 0 : 1, commonWords.contains(h) ? 0 : 1,
                    w.allSatisfy { $0 &- 0x30 < 10 } ? 0 : 1, w.count)
        }
        var best = phrase[0]
        for t in phrase.dropFirst() where rank(t) > rank(best) { best = t }
        return best
    }

    /// The matches above `threshold` and the stance of the text (`.repeats` when nothing scored).
    ///
    /// `trace`, when given, receives one line per candidate claim saying how it scored.
    func evaluate(_ text: String, threshold: Double, minTokens: Int, trace: ((String) -> Void)? = nil) -> ([Match], Stance) {
        guard !text.isEmpty else { return ([], .repeats) }
        // Cheap rejection: most posts cannot make any claim a candidate.
        if trace == nil, !mayMatch(text) { return ([], .repeats) }
        var post = PostTokens(text, lexicon: lexicon)
        trace?("words: " + post.pieces.indices.map { "\(String(decoding: post.flat[post.pieces[$0]], as: UTF8.self))@\(post.sentence[$0])" }.joined(separator: " "))
        guard post.count >= minTokens, post.count > 0 else { return ([], .repeats) }
        var distinct: [Int32] = []
        var hitClaims: [Int32] = []
        var hitMasks: [UInt64] = []
        var keylessVariants: [Int32] = []
        var seen = [UInt64](repeating: 0, count: (tokenBytes.count + 63) / 64)
        /// Which claims' key groups the post's words hit.
        func collectHits() {
            distinct.removeAll(keepingCapacity: true)
            hitClaims.removeAll(keepingCapacity: true)
            hitMasks.removeAll(keepingCapacity: true)
            keylessVariants.removeAll(keepingCapacity: true)
            seen.withUnsafeMutableBufferPointer { bits in
                for k in bits.indices { bits[k] = 0 }
                for t in post.ids where t >= 0 {
                    let (word, bit) = (Int(t) >> 6, UInt64(1) << UInt64(t & 63))
                    if bits[word] & bit == 0 { bits[word] |= bit; distinct.append(t) }
                }
            }
            for t in distinct {
                for e in keyIndex[Int(t)] {
                    if let k = hitClaims.firstIndex(of: e.claim) {
                        hitMasks[k] |= 1 << UInt64(e.group & 63)
                    } else {
                        hitClaims.append(e.claim)
                        hitMasks.append(1 << UInt64(e.group & 63))
                    }
                }
                for v in keylessPostings[Int(t)] where !keylessVariants.contains(v) { keylessVariants.append(v) }
            }
        }
        collectHits()
        // Typos are looked up only when some claim lacks at most one key group (or has none).
        let near = hitClaims.indices.contains { hitMasks[$0].nonzeroBitCount + 1 >= keys[Int(hitClaims[$0])].count }
        if near || !keylessVariants.isEmpty, post.resolveTypos(lexicon) { collectHits() }
        guard !distinct.isEmpty else { return ([], .repeats) }
        trace?("key hits: \(zip(hitClaims, hitMasks).map { "\($0):\(String($1, radix: 2))" })")
        var candidates: [Int] = []
        for (k, c) in hitClaims.enumerated() where hitMasks[k].nonzeroBitCount >= keys[Int(c)].count { candidates.append(Int(c)) }
        for v in keylessVariants where !candidates.contains(Int(variants[Int(v)].claim)) { candidates.append(Int(variants[Int(v)].claim)) }
        guard !candidates.isEmpty else { return ([], .repeats) }
        candidates.sort()

        var best: [Match] = []
        var asked: [Int: Bool] = [:]
        var sentenceTrigrams: [Int: [UInt32]] = [:]
        let sentences = post.sentenceList
        for claim in candidates {
            if counters[claim].contains(where: { post.position(of: $0) != nil }) {
                trace?("claim \(claim): states the fact (counter term)")
                continue
            }
            var top: Match?
            // A claim is a sentence: its key terms must all be in one (hashtags are sentences of their own).
            for sentence in sentences {
                var used: [Int] = []
                guard keysPresent(claim: claim, post: post, sentence: sentence, used: &used) else { continue }
                if negatesKey(claim: claim, post: post, sentence: sentence) {
                    trace?("claim \(claim): a key term is negated in sentence \(sentence)")
                    continue
                }
                let trigrams = sentenceTrigrams[sentence] ?? Normalizer.trigrams(post.normalizedText(sentence: sentence))
                sentenceTrigrams[sentence] = trigrams
                for (local, vi) in claimVariants[claim].enumerated() {
                    let v = variants[vi]
                    guard v.total > 0 else { continue }
                    var got = groupWeights[claim].reduce(0, +)
                    // Evidence: every word of the claim's key groups, plus the variant's words found.
                    var positions = used
                    for i in 0..<post.count where post.sentence[i] == sentence && post.ids[i] >= 0
                        && keyTokens[claim].contains(post.ids[i]) && !positions.contains(i) { positions.append(i) }
                    for (k, t) in v.tokens.enumerated() {
                        if let i = post.ids.indices.first(where: { post.ids[$0] == t && post.sentence[$0] == sentence }) {
                            got += v.weights[k] * (post.fuzzy[i] ? 0.8 : 1)
                            positions.append(i)
                        }
                    }
                    let tokenScore = Double(got / v.total)
                    let charScore = Normalizer.containment(v.trigrams, in: trigrams)
                    let score = min(1, 0.7 * tokenScore + 0.3 * charScore)
                    trace?("claim \(claim) sentence \(sentence) variant \(local): tokens \(tokenScore) chars \(charScore) score \(score)")
                    guard score >= threshold, score > (top?.score ?? -1) else { continue }
                    let lo = positions.map { post.starts[$0] }.min() ?? 0
                    let hi = positions.map { post.ends[$0] }.max() ?? 0
                    top = Match(claim: claim, variant: local, score: (score * 1000).rounded() / 1000, start: lo, end: max(lo, hi))
                    let first = positions.min() ?? 0, last = positions.max() ?? 0
                    asked[claim] = (first...min(post.count - 1, last + 1)).contains { post.beforeQuestion[$0] }
                }
            }
            if let top { best.append(top) }
        }
        guard !best.isEmpty else { return ([], .repeats) }
        let cues = StanceCues.scan(post)
        trace?("cues: debunk \(cues.debunk.sorted().map { StanceCues.debunkPhrases[$0] }) warning \(cues.warning) question \(cues.question)")
        if cues.question { return ([], .asks) }
        var kept: [Match] = []
        for m in best {
            // A `?` right after the claim's words asks about it (`hasilnya sudah diatur? ...`).
            if asked[m.claim] == true { trace?("claim \(m.claim): asked about"); continue }
            if !cues.debunk.subtracting(excludedCues[m.claim]).isEmpty { continue }
            if cues.warning && scam[m.claim] { continue }
            kept.append(m)
        }
        if kept.isEmpty { return ([], asked.values.contains(true) ? .asks : .debunks) }
        kept.sort { $0.score != $1.score ? $0.score > $1.score : $0.claim < $1.claim }
        return (kept, .repeats)
    }

    /// False only when `text` cannot make any claim a candidate (see ``CandidateFilter``): the
    /// words ``PostTokens`` would make of it (words, hashtag pieces, joined one-letter runs, glued
    /// pairs), normalised through the per-thread cache, hit no claim's every key group. Runs on the
    /// raw UTF-8 bytes. Conservative: a text with a non-ASCII word character, an invisible character
    /// inside a word, or a hashtag with one-letter pieces or glued to the next word, answers true.
    func mayMatch(_ text: String) -> Bool {
        let count = max(1, filter.fullMasks.count)
        let filter = self.filter, vocabulary = lexicon.vocabulary
        return text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * count) { masks -> Bool in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { folded -> Bool in
                    guard let m = masks.baseAddress, let f = folded.baseAddress else { return true }
                    m.initialize(repeating: 0, count: 3 * count)
                    var scan = CandidateScan(filter: filter, vocabulary: vocabulary, masks: m, global: m + count,
                                             sentenceWords: m + 2 * count, count: count)
                    return scan.run(b, f)
                }
            }
        } ?? true
    }

    /// True when a negation (`tidak`, `bukan`, `belum`; for scams also `jangan`) stands up to three
    /// words before one of the claim's key terms and the claim's own wording has no such negation
    /// (`KPU tidak memajukan jadwal`, `WNA tidak punya hak pilih`, `jangan kasih OTP`).
    private func negatesKey(claim: Int, post: PostTokens, sentence: Int) -> Bool {
        let keys = keyTokens[claim]
        guard !keys.isEmpty else { return false }
        for i in 0..<post.count where post.sentence[i] == sentence && post.ids[i] >= 0 && keys.contains(post.ids[i]) {
            for j in max(0, i - 3)..<i {
                let h = post.hashes[j]
                let negation = StanceCues.negations.contains(h) || (scam[claim] && h == StanceCues.jangan)
                if negation, !ownNegations[claim].contains(h) { return true }
            }
        }
        return false
    }

    /// True when every key group of `claim` has an alternative in the post (its words consecutive;
    /// a word may be misspelt); `used` gets their positions.
    private func keysPresent(claim: Int, post: PostTokens, sentence: Int, used: inout [Int]) -> Bool {
        for group in keys[claim] {
            var found: [Int]?
            for alt in group {
                if let p = post.position(of: alt, sentence: sentence) { found = p; break }
            }
            guard let found else { return false }
            used += found
        }
        return true
    }
}

// MARK: - Candidate prefilter

/// What a claim needs before ``ClaimMatcher`` scores it — a word of every key group (or, for a
/// claim without keys, one of its words) — checked cheaply on the raw text, so that the many
/// posts that cannot make any claim a candidate skip tokenising and normalising.
///
/// Conservative by construction: when the exact words bring some claim within one key group (the
/// matcher then resolves typos), a word unknown to the vocabulary (5+ bytes) counts for every
/// trigger word one edit away; `puluh` (spoken numbers) sends the post to the matcher.
final class CandidateFilter: Sendable {
    /// Unique per filter made in this process (unlike an object's address, never reused), so a
    /// thread's ``NormalizationCache`` knows whose classifications it holds.
    let serial: UInt64 = CandidateFilter.serials.add(1, ordering: .relaxed).newValue
    private static let serials = Atomic<UInt64>(0)
    /// Normalised word hash → entry (its hits are `hitClaim`/`hitBits` in `entryStart[e]..<entryStart[e+1]`).
    private let index: HashTable
    private let entryStart: [Int32]
    /// Claim hit (-1: send the post to the matcher) and the key-group bits it sets.
    private let hitClaim: [Int32]
    private let hitBits: [UInt64]
    /// Per claim: the bits of all its key groups (1 for a claim without keys).
    let fullMasks: [UInt64]
    /// Typo candidates: word-minus-one-byte hash and whole-word hash → entries in `typoStart`.
    private let typoDeletions: HashTable
    private let typoWhole: HashTable
    private let typoStart: [Int32]
    /// Entries (into `entryStart`) of the trigger words a typo could stand for.
    private let typoEntries: [Int32]
    /// Sentence-level entries, one per key alternative by its LAST word: hits `sClaim`/`sBits` in
    /// `sStart[e]..<sStart[e+1]`, each with the hashes of the words that must come right before it
    /// (`sPrev[sPrevStart[k]..<sPrevStart[k+1]]`), so `karena pilih` needs `karena` before `pilih`.
    private let sStart: [Int32]
    private let sClaim: [Int32]
    private let sBits: [UInt64]
    private let sPrevStart: [Int32]
    private let sPrev: [UInt64]
    /// One lookup per word: word hash → slot; per slot the word-level entry, the sentence-level
    /// entry (-1: none) and whether the word is a compound the matcher splits into parts
    /// (`kotakkosong`: after one, adjacency is not checked).
    private let slots: HashTable
    private let slotWord: [Int32]
    private let slotSentence: [Int32]
    private let slotCompound: [Bool]

    init(keys: [[[[Int32]]]], keyIndex: [[(claim: Int32, group: Int16)]], keyless: [[Int32]],
         variantClaim: [Int32], tokenBytes: [[UInt8]], vocabulary: [UInt64: Int32], compounds: [UInt64: [[UInt8]]]) {
        fullMasks = keys.map { g in g.isEmpty ? 1 : (g.count >= 64 ? ~0 : (UInt64(1) << UInt64(g.count)) - 1) }
        func merge(_ a: inout [(Int32, UInt64)], _ b: [(Int32, UInt64)]) {
            for (c, m) in b { if let k = a.firstIndex(where: { $0.0 == c }) { a[k].1 |= m } else { a.append((c, m)) } }
        }
        var tokenHits: [[(Int32, UInt64)]] = Array(repeating: [], count: tokenBytes.count)
        for t in tokenBytes.indices {
            var hits: [(Int32, UInt64)] = []
            merge(&hits, keyIndex[t].map { ($0.claim, UInt64(1) << UInt64($0.group & 63)) })
            merge(&hits, keyless[t].map { (variantClaim[Int($0)], 1) })
            tokenHits[t] = hits
        }
        var byHash: [UInt64: [(Int32, UInt64)]] = [:]
        for t in tokenBytes.indices where !tokenHits[t].isEmpty { merge(&byHash[Normalizer.hash(tokenBytes[t]), default: []], tokenHits[t]) }
        for (h, parts) in compounds {
            var hits: [(Int32, UInt64)] = []
            for p in parts { if let t = vocabulary[Normalizer.hash(p)] { merge(&hits, tokenHits[Int(t)]) } }
            if !hits.isEmpty { merge(&byHash[h, default: []], hits) }
        }
        byHash[Normalizer.hash(Array("puluh".utf8)), default: []].append((-1, 0))
        var index: [UInt64: Int32] = [:]
        var starts: [Int32] = [0]
        var claimsOut: [Int32] = [], bitsOut: [UInt64] = []
        var tokenEntry: [Int32] = Array(repeating: -1, count: tokenBytes.count)
        for (h, hits) in byHash.sorted(by: { $0.key < $1.key }) {
            index[h] = Int32(starts.count - 1)
            for (c, m) in hits { claimsOut.append(c); bitsOut.append(m) }
            starts.append(Int32(claimsOut.count))
        }
        for t in tokenBytes.indices where !tokenHits[t].isEmpty { tokenEntry[t] = index[Normalizer.hash(tokenBytes[t])] ?? -1 }
        self.index = HashTable(index)
        entryStart = starts
        hitClaim = claimsOut
        hitBits = bitsOut
        // Every trigger word a typo could resolve to (TypoIndex: 5+ bytes with a letter).
        var deletions: [UInt64: [Int32]] = [:]
        var whole: [UInt64: [Int32]] = [:]
        for (t, w) in tokenBytes.enumerated() where tokenEntry[t] >= 0 && w.count >= 5 && w.contains(where: { $0 &- 0x61 < 26 }) {
            whole[Normalizer.hash(w), default: []].append(tokenEntry[t])
            for k in 1..<w.count {
                var d = w
                d.remove(at: k)
                deletions[Normalizer.hash(d), default: []].append(tokenEntry[t])
            }
        }
        var tStarts: [Int32] = [0]
        var tEntries: [Int32] = []
        func table(_ m: [UInt64: [Int32]]) -> HashTable {
            var idx: [UInt64: Int32] = [:]
            for (h, list) in m.sorted(by: { $0.key < $1.key }) {
                idx[h] = Int32(tStarts.count - 1)
                tEntries += list
                tStarts.append(Int32(tEntries.count))
            }
            return HashTable(idx)
        }
        typoDeletions = table(deletions)
        typoWhole = table(whole)
        typoStart = tStarts
        typoEntries = tEntries

        // Sentence level: every key alternative by its last word, with the words before it.
        var sByHash: [UInt64: [(claim: Int32, bits: UInt64, prev: [UInt64])]] = [:]
        for (ci, groups) in keys.enumerated() {
            for (gi, group) in groups.enumerated() {
                for alt in group {
                    let hs = alt.map { Normalizer.hash(tokenBytes[Int($0)]) }
                    guard let last = hs.last else { continue }
                    sByHash[last, default: []].append((Int32(ci), UInt64(1) << UInt64(gi & 63), Array(hs.dropLast())))
                }
            }
        }
        for t in keyless.indices {
            for v in keyless[t] { sByHash[Normalizer.hash(tokenBytes[t]), default: []].append((variantClaim[Int(v)], 1, [])) }
        }
        let plain = sByHash
        var compoundSet: [UInt64: Int32] = [:]
        for (h, parts) in compounds {
            compoundSet[h] = 1
            // A compound stands for its parts: their hits apply whatever comes before.
            for p in parts {
                for e in plain[Normalizer.hash(p)] ?? [] { sByHash[h, default: []].append((e.claim, e.bits, [])) }
            }
        }
        sByHash[Normalizer.hash(Array("puluh".utf8)), default: []].append((-1, 0, []))
        var sIdx: [UInt64: Int32] = [:]
        var sStarts: [Int32] = [0], sClaims: [Int32] = [], sBitsOut: [UInt64] = [], prevStarts: [Int32] = [0], prevs: [UInt64] = []
        for (h, list) in sByHash.sorted(by: { $0.key < $1.key }) {
            sIdx[h] = Int32(sStarts.count - 1)
            for e in list {
                sClaims.append(e.claim)
                sBitsOut.append(e.bits)
                prevs += e.prev
                prevStarts.append(Int32(prevs.count))
            }
            sStarts.append(Int32(sClaims.count))
        }
        sStart = sStarts
        sClaim = sClaims
        sBits = sBitsOut
        sPrevStart = prevStarts
        sPrev = prevs
        var slotOf: [UInt64: Int32] = [:]
        var sw: [Int32] = [], ss: [Int32] = [], sc: [Bool] = []
        for h in Set(index.keys).union(sIdx.keys).union(compoundSet.keys).sorted() {
            slotOf[h] = Int32(sw.count)
            sw.append(index[h] ?? -1)
            ss.append(sIdx[h] ?? -1)
            sc.append(compoundSet[h] != nil)
        }
        slots = HashTable(slotOf)
        slotWord = sw
        slotSentence = ss
        slotCompound = sc
    }

    /// Applies sentence-level entry `e` to the sentence's `masks`, checking each phrase's words
    /// before it against `ring`; true when a claim has all its key groups in this sentence.
    @inline(__always) private func applySentence(_ e: Int, _ masks: UnsafeMutablePointer<UInt64>, _ ring: PhraseRing) -> Bool {
        for k in Int(sStart[e])..<Int(sStart[e + 1]) {
            let c = Int(sClaim[k])
            if c < 0 { return true }
            let p0 = Int(sPrevStart[k]), p1 = Int(sPrevStart[k + 1])
            if p1 > p0, !ring.matches(sPrev, p0..<p1) { continue }
            masks[c] |= sBits[k]
            if masks[c] == fullMasks[c] { return true }
        }
        return false
    }

    /// Records one normalised word: word-level bits in `words` (for the typo step), and — with
    /// adjacency checked — sentence-level bits in `sentence`; `.candidate` when the sentence holds
    /// every key group of a claim (or the post must go to the matcher).
    @inline(__always) func feed(hash h: UInt64, length: Int, vocabulary: HashTable, sentence: UnsafeMutablePointer<UInt64>,
                                words: UnsafeMutablePointer<UInt64>, ring: inout PhraseRing) -> Fed {
        let (slot, unknown) = classify(hash: h, length: length, vocabulary: vocabulary)
        return feed(slot: slot, hash: h, unknown: unknown, sentence: sentence, words: words, ring: &ring)
    }

    /// What a normalised word is to this filter, which depends on the word only (so a thread's
    /// ``NormalizationCache`` keeps it): its slot (-1: no trigger) and whether, when it is not a
    /// trigger, it is unknown (5+ letters, not in `vocabulary`: a typo candidate).
    @inline(__always) func classify(hash h: UInt64, length: Int, vocabulary: HashTable) -> (slot: Int32, unknown: Bool) {
        (slots.get(h) ?? -1, length >= 5 && vocabulary.get(h) == nil)
    }

    /// ``feed(hash:length:vocabulary:sentence:words:ring:)`` with the word already classified.
    @inline(__always) func feed(slot: Int32, hash h: UInt64, unknown: Bool, sentence: UnsafeMutablePointer<UInt64>,
                                words: UnsafeMutablePointer<UInt64>, ring: inout PhraseRing) -> Fed {
        guard slot >= 0 else {
            ring.push(h)
            return unknown ? .unknown : .nothing
        }
        let e = Int(slotWord[Int(slot)]), se = Int(slotSentence[Int(slot)])
        if e >= 0 { _ = apply(e, words) }
        if slotCompound[Int(slot)] { ring.loose = true }
        if se >= 0, applySentence(se, sentence, ring) { return .candidate }
        ring.push(h)
        if e >= 0 { return .nothing }
        return unknown ? .unknown : .nothing
    }

    /// Applies entry `e` to `masks`; true when it completes a claim or asks for the matcher.
    @inline(__always) private func apply(_ e: Int, _ masks: UnsafeMutablePointer<UInt64>) -> Bool {
        for k in Int(entryStart[e])..<Int(entryStart[e + 1]) {
            let c = Int(hitClaim[k])
            if c < 0 { return true }
            masks[c] |= hitBits[k]
            if masks[c] == fullMasks[c] { return true }
        }
        return false
    }

    @inline(__always) private func applyTypos(_ listIndex: Int32, _ masks: UnsafeMutablePointer<UInt64>) -> Bool {
        for k in Int(typoStart[Int(listIndex)])..<Int(typoStart[Int(listIndex) + 1]) where apply(Int(typoEntries[k]), masks) { return true }
        return false
    }

    /// What one normalised word of a post does.
    enum Fed { case nothing, candidate, unknown }

    /// True when typo resolution runs for a post with key hits `masks` (``ClaimMatcher``: some claim
    /// lacks at most one key group); keyless claims are complete on one hit, so never reach this.
    func typosMayRun(_ masks: UnsafeMutablePointer<UInt64>) -> Bool {
        for c in fullMasks.indices where masks[c] != 0 && masks[c].nonzeroBitCount + 1 >= fullMasks[c].nonzeroBitCount { return true }
        return false
    }

    /// Adds to `masks` every trigger the unknown word `piece` could be a typo of; true when that completes a claim.
    ///
    /// The typo lists a word reaches (one lookup of the word and two per one-letter deletion) are
    /// remembered in the thread's `cache`: the same unknown words (names, slang) come back post
    /// after post, and most reach none.
    func typos(_ piece: ArraySlice<UInt8>, masks: UnsafeMutablePointer<UInt64>, cache: NormalizationCache) -> Bool {
        let h = Normalizer.hash(piece)
        let lists = cache.typoLists(h) ?? cache.rememberTypoLists(h, typoLists(piece, hash: h))
        for k in lists where applyTypos(cache.typoList(k), masks) { return true }
        return false
    }

    /// The typo lists `piece` (hash `h`) reaches, in the order they are applied.
    private func typoLists(_ piece: ArraySlice<UInt8>, hash h: UInt64) -> [Int32] {
        var out: [Int32] = []
        if let l = typoDeletions.get(h) { out.append(l) }
        piece.withUnsafeBufferPointer { buf in
            for k in 1..<buf.count {
                let hk = Normalizer.hash(buf, skipping: k)
                if let l = typoWhole.get(hk) { out.append(l) }
                if let l = typoDeletions.get(hk) { out.append(l) }
            }
        }
        return out
    }
}

/// The last words of the current sentence, to check that a key phrase's words come in a row.
///
/// `loose` (after a joined run, a glued pair, a hashtag or a compound, whose order in the matcher
/// may differ) lets every phrase through: the prefilter may say "maybe", never a wrong "no".
struct PhraseRing {
    private var h0: UInt64 = 0, h1: UInt64 = 0, h2: UInt64 = 0, h3: UInt64 = 0
    private var count = 0
    var loose = false

    mutating func push(_ h: UInt64) {
        h3 = h2; h2 = h1; h1 = h0; h0 = h
        count += 1
    }

    mutating func reset() {
        count = 0
        loose = false
    }

    /// True when the words just before the current one are `prev[r]` (in order), or when loose.
    func matches(_ prev: [UInt64], _ r: Range<Int>) -> Bool {
        if loose || r.count > 4 { return true }
        guard count >= r.count else { return false }
        // prev[r.upperBound - 1] is the word right before: h0.
        for (k, i) in r.reversed().enumerated() {
            let got: UInt64 = k == 0 ? h0 : (k == 1 ? h1 : (k == 2 ? h2 : h3))
            if got != prev[i] { return false }
        }
        return true
    }
}

/// One pass of ``ClaimMatcher/mayMatch(_:)`` over a text's UTF-8 bytes (word splitting as in
/// ``RawWords``, for ASCII words).
struct CandidateScan {
    let filter: CandidateFilter
    let vocabulary: HashTable
    /// Key-group bits of the current sentence: a claim is a candidate only when one sentence holds
    /// all its key groups, as ``ClaimMatcher/evaluate`` requires.
    let masks: UnsafeMutablePointer<UInt64>
    /// Word-level bits of the whole text (no sentences, no adjacency): whether typos are resolved
    /// is decided on them, as the matcher decides it on the whole post.
    let global: UnsafeMutablePointer<UInt64>
    /// Word-level bits of the current sentence: what typo-resolved words may complete.
    let sentenceWords: UnsafeMutablePointer<UInt64>
    let count: Int
    let cache = NormalizationCache.current
    /// The calling thread's buffers, reused from text to text (no allocation per post).
    let buf: ScanBuffers
    /// The last words of the current sentence.
    var ring = PhraseRing()

    init(filter: CandidateFilter, vocabulary: HashTable, masks: UnsafeMutablePointer<UInt64>,
         global: UnsafeMutablePointer<UInt64>, sentenceWords: UnsafeMutablePointer<UInt64>, count: Int) {
        self.filter = filter
        self.vocabulary = vocabulary
        self.masks = masks
        self.global = global
        self.sentenceWords = sentenceWords
        self.count = count
        buf = cache.buffers
        buf.reset()
        cache.adopt(filter)
    }

    /// True when the text `b` may make some claim a candidate; `f` (as long as `b`) receives folded bytes.
    mutating func run(_ b: UnsafeBufferPointer<UInt8>, _ f: UnsafeMutablePointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        var inWord = false, hashtag = false, pendingHash = false
        var start = 0                       // of the current word in `b`/`f`
        var prev = 0..<0                    // the previous word of the stream in `f`
        var havePrev = false, prevIsSplitHashtag = false
        var separators = 0                  // separator scalars since the last word ended
        var separator: UInt8 = 0            // the last one when ASCII, else 0
        var pendingDot = false              // a `.` right after a word: a sentence ends if a space follows
        while true {
            var x: UInt8 = 0x20
            if i < n {
                x = b[i]
                if x < 0x80, (x | 0x20) &- 0x61 < 26 || x &- 0x30 < 10 {
                    pendingDot = false
                    if !inWord {
                        inWord = true
                        hashtag = pendingHash
                        start = i
                    }
                    pendingHash = false
                    f[i] = x &- 0x41 < 26 ? x | 0x20 : x
                    i += 1
                    continue
                }
            }
            // `x` separates words (the end of the text counts as a space).
            var ignorable = false
            var width = 1
            if x >= 0x80 {
                var v: UInt32
                if x < 0xE0 { v = UInt32(x & 0x1F); width = 2 } else if x < 0xF0 { v = UInt32(x & 0x0F); width = 3 } else { v = UInt32(x & 0x07); width = 4 }
                guard i + width <= n else { return true }
                for k in 1..<width { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                guard let u = Unicode.Scalar(v) else { return true }
                switch cache.scalarClass(u) {
                case 1: return true             // a non-ASCII word character
                case 2: ignorable = true        // stays inside a word
                default: break
                }
                if ignorable && inWord { return true }
                if !ignorable, v >= 0x1F000 || (0x2600...0x27BF).contains(v) || v == 0x2026 { endSentence() }
            }
            let wordJustEnded = inWord
            if inWord {
                inWord = false
                let word = start..<i
                let glued = havePrev && separators == 1
                    && (separator == 0x2E || separator == 0x2D || separator == 0x5F || separator == 0x2A)
                separators = 0
                separator = 0
                // A hashtag, or a word after one-letter words the matcher may join (`s e r a n g a n fajar`):
                // word order may differ from the matcher's, so phrases are not checked from here on.
                if hashtag || !buf.run.isEmpty || word.count == 1 { ring.loose = true }
                if hashtag, word.count > 1 {
                    // Pieces at lower→upper and letter↔digit boundaries (RawWords.splitHashtag).
                    @inline(__always) func kind(_ c: UInt8) -> Int { c &- 0x30 < 10 ? 0 : (c &- 0x41 < 26 ? 1 : 2) }
                    var s = word.lowerBound
                    var pieces = 0
                    var lastStart = s
                    for k in (word.lowerBound + 1)...word.upperBound {
                        if k < word.upperBound {
                            let a = kind(b[k - 1]), c = kind(b[k])
                            guard (a == 2 && c == 1) || (a == 0) != (c == 0) else { continue }
                        }
                        if k - s == 1 && (pieces > 0 || k < word.upperBound) { return true }  // a one-letter piece among others
                        pieces += 1
                        if pieces > 1 || k < word.upperBound, check(f, s..<k) { return true }
                        lastStart = s
                        s = k
                    }
                    if check(f, word) { return true }
                    if runStep(f, word) { return true }
                    prev = lastStart..<word.upperBound
                    prevIsSplitHashtag = pieces > 1
                } else {
                    if check(f, word) { return true }
                    if glued {
                        if prevIsSplitHashtag { return true }
                        ring.loose = true
                        buf.joined.removeAll(keepingCapacity: true)
                        buf.joined.append(contentsOf: UnsafeBufferPointer(start: f + prev.lowerBound, count: prev.count))
                        buf.joined.append(contentsOf: UnsafeBufferPointer(start: f + word.lowerBound, count: word.count))
                        let j = buf.joined
                        if j.withUnsafeBufferPointer({ check($0.baseAddress!, 0..<$0.count) }) { return true }
                    }
                    if runStep(f, word) { return true }
                    prev = word
                    prevIsSplitHashtag = false
                }
                havePrev = true
            }
            if i >= n { break }
            if x < 0x80 {
                switch x {
                case 0x21, 0x3F, 0x3B, 0x0A: endSentence()
                case 0x2E: if wordJustEnded { pendingDot = true } else { endSentence() }
                case 0x20: if pendingDot { endSentence() }
                default: break
                }
                if x != 0x2E { pendingDot = false }
            }
            i += width
            if ignorable { continue }
            pendingHash = x == 0x23
            separators += 1
            separator = x < 0x80 ? x : 0
        }
        if buf.run.count >= 3 {
            ring.loose = true
            let r = buf.run
            if r.withUnsafeBufferPointer({ check($0.baseAddress!, 0..<$0.count) }) { return true }
        }
        // Typos are resolved only when the exact words come close to a claim (as in `evaluate`, over
        // the whole text); then the bits of all sentences count together, as before sentences were kept apart.
        closeSentenceWords()
        guard !buf.unknownEnds.isEmpty else { return false }
        guard filter.typosMayRun(global) else { return false }
        // Each sentence with unknown words: can its typos complete a claim there?
        var word = 0, from = 0
        for (k, end) in buf.snapshotEnds.enumerated() {
            for c in 0..<count { sentenceWords[c] = buf.snapshots[k * count + c] }
            while word < end {
                let stop = buf.unknownEnds[word]
                if filter.typos(buf.unknown[from..<stop], masks: sentenceWords, cache: cache) { return true }
                from = stop
                word += 1
            }
        }
        return false
    }

    /// A sentence ends (a subset of the matcher's boundaries: `! ? ;`, line breaks, `. `, a `.`
    /// not after a word, emoji): its bits are cleared. Not inside a run of one-letter words, which
    /// the matcher may join across it.
    private mutating func endSentence() {
        guard buf.run.isEmpty else { return }
        closeSentenceWords()
        masks.update(repeating: 0, count: count)
        ring.reset()
    }

    /// Keeps the word-level bits of a sentence that has unknown words (for the typo step) and
    /// adds them to the whole text's.
    private mutating func closeSentenceWords() {
        if buf.unknownEnds.count > (buf.snapshotEnds.last ?? 0) {
            buf.snapshots.append(contentsOf: UnsafeBufferPointer(start: sentenceWords, count: count))
            buf.snapshotEnds.append(buf.unknownEnds.count)
        }
        // Branch-free, so the loop vectorises (a sentence touches few of the claims).
        for c in 0..<count { global[c] |= sentenceWords[c] }
        sentenceWords.update(repeating: 0, count: count)
    }

    /// One raw (folded) word `f[r]`: its normalised words go into `masks`.
    private mutating func check(_ f: UnsafePointer<UInt8>, _ r: Range<Int>) -> Bool {
        let w = UnsafeBufferPointer(start: f + r.lowerBound, count: r.count)
        let h = Normalizer.hash(w)
        if let known = cache.feed(h, filter, vocabulary, masks, words: sentenceWords, ring: &ring, unknown: &buf.unknown, &buf.unknownEnds) { return known }
        buf.out.removeAll(keepingCapacity: true)
        buf.ranges.removeAll(keepingCapacity: true)
        buf.scratch.removeAll(keepingCapacity: true)
        buf.scratch.append(contentsOf: w)
        Normalizer.normalize(&buf.scratch, into: &buf.out, &buf.ranges)
        cache.insert(h, buf.out, buf.ranges)
        for p in buf.ranges {
            switch filter.feed(hash: Normalizer.hash(buf.out[p]), length: p.count, vocabulary: vocabulary, sentence: masks, words: sentenceWords, ring: &ring) {
            case .candidate: return true
            case .nothing: break
            case .unknown:
                buf.unknown.append(contentsOf: buf.out[p])
                buf.unknownEnds.append(buf.unknown.count)
            }
        }
        return false
    }

    /// One word of the stream (a hashtag piece or a plain word): runs of one-letter words are joined.
    private mutating func runStep(_ f: UnsafePointer<UInt8>, _ r: Range<Int>) -> Bool {
        if r.count == 1 { buf.run.append(f[r.lowerBound]); return false }
        guard buf.run.count >= 3 else { buf.run.removeAll(keepingCapacity: true); return false }
        let joinedRun = buf.run
        buf.run.removeAll(keepingCapacity: true)
        ring.loose = true
        return joinedRun.withUnsafeBufferPointer { check($0.baseAddress!, 0..<$0.count) }
    }
}

// MARK: - Words of a post

/// The normalised words of one text with their UTF-8 ranges and vocabulary ids (-1: unknown).
struct PostTokens {
    var starts: [Int] = []
    var ends: [Int] = []
    var ids: [Int32] = []
    /// True for a word whose id came from a typo match (`kosng` → `kosong`).
    var fuzzy: [Bool] = []
    var hashes: [UInt64] = []
    /// Normalised bytes of all words, flat; word `i` is `pieces[i]`.
    var flat: [UInt8] = []
    var pieces: [Range<Int>] = []
    /// The sentence of each word (hashtags are sentences of their own).
    var sentence: [Int] = []
    /// True for a word directly followed by `?` (ignoring spaces and other `?`/`!`).
    var beforeQuestion: [Bool] = []
    var hasQuestionMark = false

    var count: Int { ids.count }

    /// The distinct sentence numbers, in order.
    var sentenceList: [Int] {
        var out: [Int] = []
        for s in sentence where out.last != s && !out.contains(s) { out.append(s) }
        return out
    }

    /// The normalised words of one sentence joined by spaces.
    func normalizedText(sentence s: Int) -> [UInt8] {
        var out: [UInt8] = []
        for (i, r) in pieces.enumerated() where sentence[i] == s && !r.isEmpty {
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: flat[r])
        }
        return out
    }

    /// Tokenises and normalises `text`, looking words up in `vocabulary` (pass `[:]` for none).
    init(_ text: String, lexicon: Lexicon) {
        let raw = RawWords(text)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        var ranges: [Range<Int>] = []
        let n = raw.words.count
        ids.reserveCapacity(n + 4); fuzzy.reserveCapacity(n + 4); hashes.reserveCapacity(n + 4)
        pieces.reserveCapacity(n + 4); starts.reserveCapacity(n + 4); ends.reserveCapacity(n + 4)
        beforeQuestion.reserveCapacity(n + 4); sentence.reserveCapacity(n + 4); flat.reserveCapacity(raw.bytes.count + 16)
        let cache = NormalizationCache.current
        for w in raw.words {
            let rawHash = Normalizer.hash(raw.bytes[w.range])
            out.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            if !cache.lookup(rawHash, into: &out, &ranges) {
                buffer.removeAll(keepingCapacity: true)
                buffer.append(contentsOf: raw.bytes[w.range])
                Normalizer.normalize(&buffer, into: &out, &ranges)
                cache.insert(rawHash, out, ranges)
            }
            for r in ranges {
                let piece = out[r]
                let h = Normalizer.hash(piece)
                if let parts = lexicon.compounds.parts(h) {
                    for part in parts { append(part[...], h: Normalizer.hash(part), w, lexicon) }
                    if lexicon.vocabulary.get(h) == nil { continue }
                }
                append(piece, h: h, w, lexicon)
            }
        }
        hasQuestionMark = raw.hasQuestionMark
        // Spoken numbers: `2 puluh 8` (from `dua puluh delapan`) → also `28`.
        let puluh = Normalizer.hash(Array("puluh".utf8))
        for i in 1..<max(1, hashes.count) where hashes[i] == puluh && pieces[i - 1].count == 1 {
            let tens = flat[pieces[i - 1].lowerBound]
            guard tens &- 0x31 < 9 else { continue }
            var number: [UInt8] = [tens, 0x30]
            var last = i
            if i + 1 < pieces.count, pieces[i + 1].count == 1, flat[pieces[i + 1].lowerBound] &- 0x31 < 9 {
                number[1] = flat[pieces[i + 1].lowerBound]
                last = i + 1
            }
            let word = RawWords.Word(range: 0..<0, start: starts[i - 1], end: ends[last], beforeQuestion: beforeQuestion[last],
                                     sentence: sentence[i])
            append(number[...], h: Normalizer.hash(number), word, lexicon)
        }

    }

    /// Gives unknown words of 5+ bytes the id of a vocabulary word one edit away (`kosng` → `kosong`).
    ///
    /// Run only when the exact words already come close to a claim: most posts never pay for it.
    /// Returns true when some word was resolved.
    mutating func resolveTypos(_ lexicon: Lexicon) -> Bool {
        var changed = false
        for i in 0..<ids.count where ids[i] < 0 && pieces[i].count >= 5 {
            if let id = lexicon.typos.match(flat[pieces[i]], words: lexicon.tokenBytes) {
                ids[i] = id
                fuzzy[i] = true
                changed = true
            }
        }
        return changed
    }

    /// Adds one normalised word: its id, range and sentence.
    private mutating func append(_ out: ArraySlice<UInt8>, h: UInt64, _ w: RawWords.Word, _ lexicon: Lexicon) {
        let start = flat.count
        flat.append(contentsOf: out)
        pieces.append(start..<flat.count)
        hashes.append(h)
        if let id = lexicon.vocabulary.get(h) {
            ids.append(id)
            fuzzy.append(false)
        } else {
            ids.append(-1)
            fuzzy.append(false)
        }
        starts.append(w.start)
        ends.append(w.end)
        beforeQuestion.append(w.beforeQuestion)
        sentence.append(w.sentence)
    }

    /// The positions of `phrase` (token ids) in the post, as consecutive words (within `sentence` when given).
    func position(of phrase: [Int32], sentence only: Int? = nil) -> [Int]? {
        guard let first = phrase.first else { return nil }
        for i in 0..<ids.count where ids[i] == first && (only == nil || sentence[i] == only) {
            var out = [i]
            var j = i
            for t in phrase.dropFirst() {
                if j + 1 < ids.count, ids[j + 1] == t { j += 1 } else { out = []; break }
                out.append(j)
            }
            if !out.isEmpty { return out }
        }
        return nil
    }
}

/// A per-thread memo of word normalisation (folded word → normalised words), so frequent words
/// are normalised once per thread. Normalisation does not depend on the corpus, so one cache
/// serves every matcher; it is emptied when it grows past a few megabytes.
/// Buffers ``CandidateScan`` fills while it reads one text; one set per thread.
final class ScanBuffers {
    var scratch: [UInt8] = [], out: [UInt8] = [], ranges: [Range<Int>] = []
    var run: [UInt8] = [], joined: [UInt8] = []
    /// Words unknown to the vocabulary (5+ bytes), for typo resolution.
    var unknown: [UInt8] = [], unknownEnds: [Int] = []
    /// Per sentence with unknown words: its word-level bits (`count` words each) and the end of
    /// its unknown words in `unknownEnds`.
    var snapshots: [UInt64] = [], snapshotEnds: [Int] = []

    /// Empties every buffer, keeping its capacity.
    func reset() {
        snapshots.removeAll(keepingCapacity: true)
        snapshotEnds.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        out.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        run.removeAll(keepingCapacity: true)
        joined.removeAll(keepingCapacity: true)
        unknown.removeAll(keepingCapacity: true)
        unknownEnds.removeAll(keepingCapacity: true)
    }
}

final class NormalizationCache {
    /// Scratch buffers of the prefilter on this thread.
    let buffers = ScanBuffers()
    private var index = GrowableHashTable()
    /// Per entry: its first output in `outStart` and the number of outputs.
    private var entryFirst: [Int32] = []
    private var entryCount: [UInt8] = []
    /// Per output: its bytes in `arena`.
    private var outStart: [Int32] = []
    private var outEnd: [Int32] = []
    private var outHash: [UInt64] = []
    /// Per output: what it is to `owner` (``CandidateFilter/classify(hash:length:vocabulary:)``),
    /// `Int32.min` until first asked.
    private var outSlot: [Int32] = []
    private var outUnknown: [Bool] = []
    private var arena: [UInt8] = []
    /// The filter (with its vocabulary) the classifications are for (its ``CandidateFilter/serial``).
    private var owner: UInt64 = 0

    /// Makes the classifications be `filter`'s (forgets them when they were another filter's).
    func adopt(_ filter: CandidateFilter) {
        guard owner != filter.serial else { return }
        owner = filter.serial
        for k in outSlot.indices { outSlot[k] = .min }
    }

    private static let perThread = ThreadLocal { NormalizationCache() }

    /// The calling thread's cache.
    static var current: NormalizationCache { perThread.value }

    /// Appends the cached outputs of the word with hash `h`; false when it is not cached.
    @inline(__always) func lookup(_ h: UInt64, into out: inout [UInt8], _ ranges: inout [Range<Int>]) -> Bool {
        guard let e = index[h] else { return false }
        let first = Int(entryFirst[Int(e)])
        for k in first..<(first + Int(entryCount[Int(e)])) {
            let s = out.count
            out.append(contentsOf: arena[Int(outStart[k])..<Int(outEnd[k])])
            ranges.append(s..<out.count)
        }
        return true
    }

    /// Feeds the outputs of the cached word with hash `h` to `filter` (see ``CandidateScan``);
    /// nil when it is not cached.
    @inline(__always) func feed(_ h: UInt64, _ filter: CandidateFilter, _ vocabulary: HashTable, _ masks: UnsafeMutablePointer<UInt64>,
                                words: UnsafeMutablePointer<UInt64>, ring: inout PhraseRing,
                                unknown: inout [UInt8], _ unknownEnds: inout [Int]) -> Bool? {
        guard let e = index[h] else { return nil }
        let first = Int(entryFirst[Int(e)])
        for k in first..<(first + Int(entryCount[Int(e)])) {
            var slot = outSlot[k]
            if slot == .min {
                let c = filter.classify(hash: outHash[k], length: Int(outEnd[k] - outStart[k]), vocabulary: vocabulary)
                slot = c.slot
                outSlot[k] = c.slot
                outUnknown[k] = c.unknown
            }
            switch filter.feed(slot: slot, hash: outHash[k], unknown: outUnknown[k], sentence: masks, words: words, ring: &ring) {
            case .candidate: return true
            case .nothing: break
            case .unknown:
                unknown.append(contentsOf: arena[Int(outStart[k])..<Int(outEnd[k])])
                unknownEnds.append(unknown.count)
            }
        }
        return false
    }

    /// Typo lists of unknown words (see ``CandidateFilter/typos(_:masks:cache:)``): per word, a
    /// range of `typoListArena`.
    private var typoIndex = GrowableHashTable()
    private var typoRanges: [Range<Int32>] = []
    private var typoListArena: [Int32] = []

    /// The positions in the arena of the typo lists of the word with hash `h`, when known.
    @inline(__always) func typoLists(_ h: UInt64) -> Range<Int>? {
        guard let e = typoIndex[h] else { return nil }
        let r = typoRanges[Int(e)]
        return Int(r.lowerBound)..<Int(r.upperBound)
    }

    /// The typo list at arena position `k`.
    @inline(__always) func typoList(_ k: Int) -> Int32 { typoListArena[k] }

    /// Remembers the typo lists of the word with hash `h`; returns their arena positions.
    func rememberTypoLists(_ h: UInt64, _ lists: [Int32]) -> Range<Int> {
        if typoIndex.count > 200_000 {
            typoIndex.removeAll(keepingCapacity: true)
            typoRanges.removeAll(keepingCapacity: true)
            typoListArena.removeAll(keepingCapacity: true)
        }
        let start = typoListArena.count
        typoListArena.append(contentsOf: lists)
        typoIndex[h] = Int32(typoRanges.count)
        typoRanges.append(Int32(start)..<Int32(typoListArena.count))
        return start..<typoListArena.count
    }

    private var scalarClasses: [UInt32: UInt8] = [:]

    /// How ``RawWords`` treats the non-ASCII scalar `u`: 1 a word character, 2 ignorable (stays
    /// inside a word), 0 a separator. Memoised per thread.
    func scalarClass(_ u: Unicode.Scalar) -> UInt8 {
        if let c = scalarClasses[u.value] { return c }
        let c: UInt8 = TextFolding.isWordScalar(u) ? 1 : (RawWords.isIgnorable(u) ? 2 : 0)
        if scalarClasses.count < 65_536 { scalarClasses[u.value] = c }
        return c
    }

    /// Remembers the outputs of the word with hash `h`.
    func insert(_ h: UInt64, _ out: [UInt8], _ ranges: [Range<Int>]) {
        guard ranges.count < 256 else { return }
        if arena.count > 4_000_000 || index.count > 200_000 {
            index.removeAll(keepingCapacity: true)
            entryFirst.removeAll(keepingCapacity: true)
            entryCount.removeAll(keepingCapacity: true)
            outStart.removeAll(keepingCapacity: true)
            outEnd.removeAll(keepingCapacity: true)
            outHash.removeAll(keepingCapacity: true)
            outSlot.removeAll(keepingCapacity: true)
            outUnknown.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
        }
        index[h] = Int32(entryFirst.count)
        entryFirst.append(Int32(outStart.count))
        entryCount.append(UInt8(ranges.count))
        for r in ranges {
            outStart.append(Int32(arena.count))
            arena.append(contentsOf: out[r])
            outEnd.append(Int32(arena.count))
            outHash.append(Normalizer.hash(out[r]))
            outSlot.append(.min)
            outUnknown.append(false)
        }
    }
}

/// The tables tokenising a post needs: vocabulary, compounds, typo index and the words' bytes.
final class Lexicon: Sendable {
    let vocabulary: HashTable
    let compounds: Compounds
    let typos: TypoIndex
    let tokenBytes: [[UInt8]]

    init(vocabulary: HashTable, compounds: Compounds, typos: TypoIndex, tokenBytes: [[UInt8]]) {
        self.vocabulary = vocabulary
        self.compounds = compounds
        self.typos = typos
        self.tokenBytes = tokenBytes
    }
}

/// A growable open-addressing map from 64-bit hashes to `Int32` (the per-thread caches' index).
struct GrowableHashTable {
    private var keys = [UInt64](repeating: 0, count: 1024)
    private var values = [Int32](repeating: 0, count: 1024)
    private(set) var count = 0

    /// Key 0 marks an empty slot, so it is stored as 1.
    @inline(__always) private static func key(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k ^ (k >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    subscript(_ k: UInt64) -> Int32? {
        get {
            let k = Self.key(k)
            let mask = keys.count - 1
            var i = Self.slot(k, mask)
            while true {
                let x = keys[i]
                if x == k { return values[i] }
                if x == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let v = newValue else { return }
            if (count + 1) * 2 > keys.count { grow() }
            let k = Self.key(k)
            let mask = keys.count - 1
            var i = Self.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = v
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (j, k) in oldKeys.enumerated() where k != 0 {
            var i = Self.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = oldValues[j]
        }
    }

    mutating func removeAll(keepingCapacity: Bool) {
        for i in keys.indices { keys[i] = 0 }
        count = 0
    }
}

/// A read-only open-addressing map from 64-bit hashes to `Int32` (cheaper than `Dictionary`'s SipHash).
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(_ pairs: [UInt64: Int32]) {
        var cap = 16
        while cap < pairs.count * 2 { cap <<= 1 }
        keys = Array(repeating: 0, count: cap)
        values = Array(repeating: 0, count: cap)
        mask = cap - 1
        for (k, v) in pairs where k != 0 {
            var i = HashTable.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
    }

    @inline(__always) private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k ^ (k >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
    }

    /// The value stored for `k`, or nil.
    @inline(__always) func get(_ k: UInt64) -> Int32? {
        var i = HashTable.slot(k, mask)
        while true {
            let x = keys[i]
            if x == k { return values[i] }
            if x == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ k: UInt64) -> Bool { get(k) != nil }
}

/// Glued spellings of adjacent claim words (`kotakkosong`) → the words.
struct Compounds: Sendable {
    private let table: HashTable
    private let lists: [[[UInt8]]]

    init(_ map: [UInt64: [[UInt8]]]) {
        var index: [UInt64: Int32] = [:]
        var lists: [[[UInt8]]] = []
        for (h, parts) in map.sorted(by: { $0.key < $1.key }) {
            index[h] = Int32(lists.count)
            lists.append(parts)
        }
        table = HashTable(index)
        self.lists = lists
    }

    /// The words glued into the word with hash `h`, if it is a known compound.
    @inline(__always) func parts(_ h: UInt64) -> [[UInt8]]? {
        guard let i = table.get(h) else { return nil }
        return lists[Int(i)]
    }
}

/// Finds the vocabulary word one edit (insertion, deletion, substitution, transposition) away
/// from an unknown word of 5+ bytes with the same first letter (symmetric-deletion index).
struct TypoIndex: Sendable {
    /// Hash of a word minus one byte → index into `lists`.
    private let deletions: HashTable
    private let lists: [[Int32]]
    /// Hash of a whole vocabulary word → its id (for insertions in the post word).
    private let whole: HashTable

    init(words: [[UInt8]]) {
        var map: [UInt64: [Int32]] = [:]
        var whole: [UInt64: Int32] = [:]
        for (id, w) in words.enumerated() where w.count >= 5 && w.contains(where: { $0 &- 0x61 < 26 }) {
            whole[Normalizer.hash(w)] = Int32(id)
            for k in 1..<w.count {
                var d = w
                d.remove(at: k)
                map[Normalizer.hash(d), default: []].append(Int32(id))
            }
        }
        var index: [UInt64: Int32] = [:]
        var lists: [[Int32]] = []
        for (h, ids) in map.sorted(by: { $0.key < $1.key }) {
            index[h] = Int32(lists.count)
            lists.append(ids)
        }
        deletions = HashTable(index)
        self.lists = lists
        self.whole = HashTable(whole)
    }

    /// The id of a vocabulary word one edit from `w` (same first byte), or nil.
    func match(_ w: ArraySlice<UInt8>, words: [[UInt8]]) -> Int32? {
        func verified(_ id: Int32) -> Bool {
            let t = words[Int(id)]
            return t.first == w.first && Normalizer.editDistance(w, t, limit: 1) <= 1
        }
        // The post word is the vocabulary word minus one byte.
        if let i = deletions.get(Normalizer.hash(w)) { for id in lists[Int(i)] where verified(id) { return id } }
        // The post word minus one byte (never the first): the vocabulary word, or one of its deletions.
        return w.withUnsafeBufferPointer { buf -> Int32? in
            for k in 1..<buf.count {
                let h = Normalizer.hash(buf, skipping: k)
                if let id = whole.get(h), verified(id) { return id }
                if let i = deletions.get(h) { for id in lists[Int(i)] where verified(id) { return id } }
            }
            return nil
        }
    }
}

/// The words of a text before normalisation: folded bytes, UTF-8 range, hashtag splitting,
/// joined spaced-out letters and glued words.
struct RawWords {
    /// One word: its folded bytes in ``bytes``, its UTF-8 range in the text, and whether a `?` follows it.
    struct Word {
        var range: Range<Int>
        var start: Int
        var end: Int
        var beforeQuestion: Bool
        /// The sentence it belongs to (split at `. ! ? ;`, line breaks and emoji; a hashtag is one of its own).
        var sentence: Int = 0
    }
    /// Folded bytes of all words.
    var bytes: [UInt8] = []
    var words: [Word] = []
    var hasQuestionMark = false

    init(_ text: String) {
        bytes.reserveCapacity(text.utf8.count + 16)
        words.reserveCapacity(24)
        var offset = 0
        var wordBytes = 0          // start of the current word in `bytes`
        var original: [UInt8] = [] // unfolded bytes of a hashtag word (for camel case)
        var start = 0, end = 0
        var inWord = false
        var hashtag = false
        var prevSep: Unicode.Scalar?
        var gap = 0
        var separators: [Unicode.Scalar?] = []
        var pendingHash = false
        var sentence = 0
        var boundary = false   // a sentence ends before the next word
        var pendingDot = false // a `.` right after a word: a boundary if a space follows (`13.00` is not)

        func begin() {
            if !words.isEmpty { separators[separators.count - 1] = gap == 1 ? prevSep : nil }
            if boundary || pendingHash { sentence += 1 }
            boundary = pendingHash
            inWord = true
            start = offset
            wordBytes = bytes.count
            hashtag = pendingHash
            if hashtag { original.removeAll(keepingCapacity: true) }
        }

        func flush() {
            guard inWord else { return }
            if hashtag {
                let first = words.count
                RawWords.splitHashtag(original, folded: wordBytes..<bytes.count, start: start, into: &words)
                for k in first..<words.count { words[k].sentence = sentence }
                while separators.count < words.count { separators.append(nil) }
            } else {
                words.append(Word(range: wordBytes..<bytes.count, start: start, end: end, beforeQuestion: false, sentence: sentence))
                separators.append(nil)
            }
            inWord = false
            gap = 0
            prevSep = nil
        }

        // The scalars decoded straight from the UTF-8 bytes (cheaper than `unicodeScalars`).
        let utf8 = Array(text.utf8)
        let n = utf8.count
        var next = 0
        while next < n {
            let lead = utf8[next]
            var u = Unicode.Scalar(lead)
            var width = 1
            if lead >= 0x80 {
                var v: UInt32
                if lead < 0xE0 { v = UInt32(lead & 0x1F); width = 2 } else if lead < 0xF0 { v = UInt32(lead & 0x0F); width = 3 } else { v = UInt32(lead & 0x07); width = 4 }
                width = min(width, n - next)
                for k in 1..<max(1, width) { v = v << 6 | UInt32(utf8[next + k] & 0x3F) }
                u = Unicode.Scalar(v) ?? "\u{FFFD}"
            }
            next += width
            defer { offset += width }
            if u.isASCII {
                let b = UInt8(truncatingIfNeeded: u.value)
                if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
                    if !inWord { begin() }
                    pendingHash = false
                    pendingDot = false
                    bytes.append(b &- 0x41 < 26 ? b | 0x20 : b)
                    if hashtag { original.append(b) }
                    end = offset + 1
                    continue
                }
                let glued = b == UInt8(ascii: ".") && inWord
                flush()
                if b == UInt8(ascii: "?") {
                    hasQuestionMark = true
                    if let last = words.indices.last { words[last].beforeQuestion = true }
                }
                switch b {
                case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), 0x0A: boundary = true
                case UInt8(ascii: "."): if !glued { boundary = true } else { pendingDot = true }
                case 0x20: if pendingDot { boundary = true }
                default: break
                }
                pendingHash = b == UInt8(ascii: "#")
                gap += 1
                prevSep = u
                continue
            }
            if TextFolding.isWordScalar(u) {
                if !inWord { begin() }
                pendingHash = false
                let folded = Array(TextFolding.fold(String(u)).utf8)
                bytes.append(contentsOf: folded)
                if hashtag { original.append(contentsOf: folded) }
                end = offset + width
            } else if RawWords.isIgnorable(u) {
                if inWord { end = offset + width }
            } else {
                flush()
                if u == "\u{FF1F}" { hasQuestionMark = true }
                if u.value >= 0x1F000 || (0x2600...0x27BF).contains(u.value) || u == "\u{2026}" { boundary = true }
                pendingHash = false
                gap += 1
                prevSep = u
            }
        }
        flush()
        joinRuns(separators)
    }

    /// Adds the joined forms: runs of 3+ one-letter words (`k o t a k`) and two words glued by one
    /// `.`, `-`, `_` or `*` (`amp.lop`).
    private mutating func joinRuns(_ separators: [Unicode.Scalar?]) {
        let n = words.count
        guard n >= 2 else { return }
        var extra: [(Int, Word)] = []
        var i = 0
        while i < n {
            if words[i].range.count == 1 {
                var j = i
                while j + 1 < n, words[j + 1].range.count == 1 { j += 1 }
                if j - i + 1 >= 3 {
                    let from = bytes.count
                    for k in i...j { bytes.append(contentsOf: bytes[words[k].range]) }
                    extra.append((j + 1, Word(range: from..<bytes.count, start: words[i].start, end: words[j].end,
                                              beforeQuestion: words[j].beforeQuestion, sentence: words[j].sentence)))
                    i = j + 1
                    continue
                }
            }
            if i + 1 < n, i < separators.count, let s = separators[i], s == "." || s == "-" || s == "_" || s == "*",
               words[i].end + 1 == words[i + 1].start {
                let from = bytes.count
                bytes.append(contentsOf: bytes[words[i].range])
                bytes.append(contentsOf: bytes[words[i + 1].range])
                extra.append((i + 2, Word(range: from..<bytes.count, start: words[i].start, end: words[i + 1].end,
                                          beforeQuestion: words[i + 1].beforeQuestion, sentence: words[i].sentence)))
            }
            i += 1
        }
        guard !extra.isEmpty else { return }
        var out: [Word] = []
        out.reserveCapacity(n + extra.count)
        var e = 0
        for k in 0...n {
            while e < extra.count, extra[e].0 == k { out.append(extra[e].1); e += 1 }
            if k < n { out.append(words[k]) }
        }
        words = out
    }

    /// Splits a hashtag at lower→upper and letter↔digit boundaries (`KotakKosong2024`).
    static func splitHashtag(_ original: [UInt8], folded: Range<Int>, start: Int, into words: inout [Word]) {
        guard original.count == folded.count, original.count > 1 else {
            words.append(Word(range: folded, start: start, end: start + original.count, beforeQuestion: false))
            return
        }
        var s = 0
        func kind(_ b: UInt8) -> Int { b &- 0x30 < 10 ? 0 : (b &- 0x41 < 26 ? 1 : 2) }
        for i in 1..<original.count {
            let a = kind(original[i - 1]), b = kind(original[i])
            if (a == 2 && b == 1) || (a == 0) != (b == 0) {
                words.append(Word(range: (folded.lowerBound + s)..<(folded.lowerBound + i), start: start + s, end: start + i, beforeQuestion: false))
                s = i
            }
        }
        words.append(Word(range: (folded.lowerBound + s)..<folded.upperBound, start: start + s, end: start + original.count, beforeQuestion: false))
    }

    /// Combining marks and invisible format characters (not the zero-width space) stay inside words.
    static func isIgnorable(_ u: Unicode.Scalar) -> Bool {
        if u == "\u{200B}" { return false }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }
}

// MARK: - Normalisation

/// Byte-level normalisation of one folded word: reduplication, leetspeak, stretched letters,
/// slang, stemming.
enum Normalizer {
    /// FNV-1a over bytes.
    @inline(__always) static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    @inline(__always) static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The hash of `bytes` without the byte at `skip`.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, skipping skip: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, b) in bytes.enumerated() where i != skip { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The normalised words of a phrase (claims, keys, cues).
    static func normalizedWords(_ s: String) -> [[UInt8]] {
        let raw = RawWords(s)
        var out: [[UInt8]] = []
        var buffer: [UInt8] = []
        var flat: [UInt8] = []
        var ranges: [Range<Int>] = []
        for w in raw.words {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: raw.bytes[w.range])
            flat.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            normalize(&buffer, into: &flat, &ranges)
            for r in ranges { out.append(Array(flat[r])) }
        }
        return out
    }

    /// Normalises the folded word in `w` (a scratch buffer it changes), appending each resulting
    /// word to `out` and its range to `ranges` (usually one; `kotkos` gives two, `20jt` gives `20` and `juta`).
    static func normalize(_ w: inout [UInt8], into out: inout [UInt8], _ ranges: inout [Range<Int>]) {
        @inline(__always) func emit(_ x: ArraySlice<UInt8>) {
            let s = out.count
            out.append(contentsOf: x)
            ranges.append(s..<out.count)
        }
        var letters = 0, digits = 0
        for b in w { if b &- 0x30 < 10 { digits += 1 } else if b &- 0x61 < 26 { letters += 1 } }
        if digits > 0, letters > 0 {
            // bagi2 → bagi; hati2nya is left to the stemmer.
            if w.count >= 3, w[w.count - 1] == UInt8(ascii: "2"), digits == 1 { w.removeLast() }
            else if w[0] &- 0x30 >= 10, !(w.count > 2 && w[0] == 0x72 && w[1] == 0x70 && w[2] &- 0x30 < 10) {
                for k in w.indices { w[k] = leet[Int(w[k])] }
            }
        }
        squeeze(&w)
        if let i = slangIndex.get(hash(w)) { for r in slangOutputs[Int(i)] { emit(r[...]) }; return }
        if digits > 0 {
            // rp20jt → 20jt; 20jt → 20 juta; 100rb → 100 ribu.
            if w.count > 2, w[0] == 0x72, w[1] == 0x70, w[2] &- 0x30 < 10 { w.removeFirst(2) }
            if let first = w.first, first &- 0x30 < 10, let cut = w.firstIndex(where: { $0 &- 0x30 >= 10 }) {
                emit(w[..<cut])
                var rest = Array(w[cut...])
                if rest.contains(where: { $0 &- 0x61 < 26 }) { normalize(&rest, into: &out, &ranges) }
                return
            }
        }
        let r = stemRange(&w)
        if let i = slangIndex.get(hash(w[r])) { for x in slangOutputs[Int(i)] { emit(x[...]) }; return }
        emit(w[r])
    }

    /// Stretched letters, in place: runs of 3+ equal letters become one; a doubled final letter becomes one.
    static func squeeze(_ w: inout [UInt8]) {
        let n = w.count
        guard n >= 3 else { return }
        var r = 0, out = 0
        while r < n {
            var j = r
            while j + 1 < n, w[j + 1] == w[r] { j += 1 }
            if j - r + 1 >= 3, w[r] &- 0x61 < 26 {
                w[out] = w[r]; out += 1
            } else {
                for k in r...j { w[out] = w[k]; out += 1 }
            }
            r = j + 1
        }
        if out >= 4, w[out - 1] == w[out - 2], w[out - 1] &- 0x61 < 26 { out -= 1 }
        if out < n { w.removeLast(n - out) }
    }

    /// The stem of `word` (see ``stemRange(_:)``).
    static func stemmed(_ word: [UInt8]) -> [UInt8] {
        var w = word
        let r = stemRange(&w)
        return Array(w[r])
    }

    /// A light Indonesian stemmer: particles, possessives, one derivational suffix, then up to
    /// two prefixes with the common sound changes (`memilih` → `pilih`, `menyebar` → `sebar`);
    /// a stem keeps 4+ letters, protected words and slang entries are left alone.
    static func stemRange(_ w: inout [UInt8]) -> Range<Int> {
        var lo = 0, hi = w.count
        func len() -> Int { hi - lo }
        func stop() -> Bool {
            let h = hash(w[lo..<hi])
            return protectedTable.contains(h) || (lo > 0 || hi < w.count) && slangIndex.contains(h)
        }
        func ends(_ s: [UInt8]) -> Bool {
            guard len() - s.count >= 4 else { return false }
            return w[(hi - s.count)..<hi].elementsEqual(s)
        }
        func begins(_ s: [UInt8]) -> Bool {
            guard len() - s.count >= 3 else { return false }
            return w[lo..<(lo + s.count)].elementsEqual(s)
        }
        /// The stem starts one byte earlier, with `letter` there (`mem|ilih` → `pilih`).
        func change(_ letter: UInt8) { lo -= 1; w[lo] = letter }
        guard len() > 4, !protectedTable.contains(hash(w)) else { return lo..<hi }
        let last = w[hi - 1]
        guard last == 0x68 || last == 0x6E || last == 0x61 || last == 0x75 || last == 0x69
            || isPrefixLetter(w[lo]) else { return lo..<hi }
        for s in particles where ends(s) { hi -= s.count; break }
        if stop() { return lo..<hi }
        for s in possessives where ends(s) { hi -= s.count; break }
        if stop() { return lo..<hi }
        for s in suffixes where ends(s) {
            // -i after a vowel belongs to the root (pakai, sampai, selesai).
            if s.count == 1, isVowel(w[hi - 2]) { break }
            hi -= s.count
            break
        }
        for _ in 0..<2 {
            if !isPrefixLetter(w[lo]) || len() <= 4 || stop() { break }
            if begins(p2[0]) || begins(p2[1]) || begins(p2[2]) { lo += 2; continue }
            if begins(p3[0]) || begins(p3[1]) || begins(p3[2]) { lo += 3; continue }
            if begins(meny) || begins(peny) { lo += 4; change(0x73); continue }
            if begins(meng) || begins(peng) { lo += 4; continue }
            if begins(mem) || begins(pem) {
                lo += 3
                if isVowel(w[lo]) { change(0x70) }
                continue
            }
            if begins(men) || begins(pen) {
                lo += 3
                if isVowel(w[lo]) { change(0x74) }
                continue
            }
            if begins(me) { lo += 2; continue }
            break
        }
        return lo..<hi
    }

    private static let particles = ["lah", "kah", "pun"].map { Array($0.utf8) }
    private static let possessives = ["nya", "ku", "mu"].map { Array($0.utf8) }
    private static let suffixes = ["kan", "an", "in", "i"].map { Array($0.utf8) }
    private static let p2 = ["di", "ke", "se"].map { Array($0.utf8) }
    private static let p3 = ["ter", "ber", "per"].map { Array($0.utf8) }
    private static let meny = Array("meny".utf8), peny = Array("peny".utf8)
    private static let meng = Array("meng".utf8), peng = Array("peng".utf8)
    private static let mem = Array("mem".utf8), pem = Array("pem".utf8)
    private static let men = Array("men".utf8), pen = Array("pen".utf8)
    private static let me = Array("me".utf8)

    /// True for the first letters of the prefixes the stemmer strips (d k s t b p m).
    @inline(__always) static func isPrefixLetter(_ b: UInt8) -> Bool {
        b == 0x64 || b == 0x6B || b == 0x73 || b == 0x74 || b == 0x62 || b == 0x70 || b == 0x6D
    }

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75
    }

    /// Digits read as letters: 0→o 1→i 3→e 4→a 5→s 7→t 8→b 9→g.
    static let leet: [UInt8] = {
        var t = (0...255).map { UInt8($0) }
        for (d, l) in zip("01345789".utf8, "oieastbg".utf8) { t[Int(d)] = l }
        return t
    }()

    /// Restricted Damerau–Levenshtein distance, giving up above `limit`.
    static func editDistance(_ a: ArraySlice<UInt8>, _ b: [UInt8], limit: Int) -> Int {
        let a = Array(a)
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        var prev2 = [Int](repeating: 0, count: m + 1)
        var prev = Array(0...m)
        var cur = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            cur[0] = i
            var rowMin = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[m]
    }

    /// Sorted distinct hashes of the character trigrams of ` text ` (spaces mark word edges).
    static func trigrams(_ text: [UInt8]) -> [UInt32] {
        guard !text.isEmpty else { return [] }
        var padded: [UInt8] = [0x20]
        padded += text
        padded.append(0x20)
        guard padded.count >= 3 else { return [] }
        var out: [UInt32] = []
        out.reserveCapacity(padded.count)
        for i in 0..<(padded.count - 2) {
            out.append(UInt32(padded[i]) << 16 | UInt32(padded[i + 1]) << 8 | UInt32(padded[i + 2]))
        }
        out.sort()
        var w = 0
        for r in 0..<out.count where r == 0 || out[r] != out[r - 1] { out[w] = out[r]; w += 1 }
        out.removeLast(out.count - w)
        return out
    }

    /// The share of `a`'s trigrams present in `b` (both sorted, distinct).
    static func containment(_ a: [UInt32], in b: [UInt32]) -> Double {
        guard !a.isEmpty else { return 0 }
        var i = 0, j = 0, common = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return Double(common) / Double(a.count)
    }

    // MARK: Tables

    private static func table(_ pairs: [(String, [String])]) -> [UInt64: [[UInt8]]] {
        var t: [UInt64: [[UInt8]]] = [:]
        for (k, v) in pairs { for key in k.split(separator: " ") { t[hash(Array(key.utf8))] = v.map { Array($0.utf8) } } }
        return t
    }

    /// Informal, regional and English spellings → one canonical word (or two).
    static let slang: [UInt64: [[UInt8]]] = table([
        ("gak ga gk ngga nggak nggk enggak engga ngak kagak kaga tdk tak ndak nda ndak ora mboten teu henteu hanteu gag gax not tida", ["tidak"]),
        ("bkn bukn dudu sanes", ["bukan"]),
        ("udah udh sdh dah udeh ude wis wes uwis sampun atos", ["sudah"]),
        ("blm blum durung acan", ["belum"]),
        ("yg nyang sing", ["yang"]),
        ("dgn dg", ["dengan"]),
        ("utk", ["untuk"]),
        ("bs iso isa tiasa", ["bisa"]),
        ("hrs kudu", ["harus"]),
        ("jgn jng ojo ulah jang ampunang", ["jangan"]),
        ("sampe ampe sampek nepi", ["sampai"]),
        ("aja doang", ["saja"]),
        ("dapet", ["dapat"]),
        ("duit doku fulus duwit", ["uang"]),
        ("jt jeti jta", ["juta"]),
        ("rb rebu", ["ribu"]),
        ("org", ["orang"]),
        ("tp tpi tetapi", ["tapi"]),
        ("krn karna soale", ["karena"]),
        ("kalo klo lek", ["kalau"]),
        ("bgt bngt", ["banget"]),
        ("pake", ["pakai"]),
        ("malem", ["malam"]),
        ("cuman cm", ["cuma"]),
        ("smua smw kabeh sadayana sadaya", ["semua"]),
        ("nyoblos nyoblosin nyoblo coblosin cublek", ["coblos"]),
        ("milih", ["pilih"]),
        ("kasi", ["kasih"]),
        ("lwt liwat", ["lewat"]),
        ("onlen daring", ["online"]),
        ("app apps aplikasi", ["aplikasi"]),
        ("whatsapp wasap watsap whatsap", ["wa"]),
        ("ektp ktpel", ["ktp"]),
        ("nov nopember", ["november"]),
        ("hoax hoaxs hoak hox hoks hoaxes", ["hoaks"]),
        ("bui", ["penjara"]),
        ("hack hacker hacked heker hek retas bobol jebol", ["retas"]),
        ("bener beneran betul", ["benar"]),
        ("kertu", ["kartu"]),
        ("suoro sora", ["suara"]),
        ("prei", ["libur"]),
        ("mlebu", ["masuk"]),
        ("kerjo gawe", ["kerja"]),
        ("gimane", ["gimana"]),
        ("ape", ["apa"]),
        ("kotkos", ["kotak", "kosong"]),
        ("satu", ["1"]), ("dua", ["2"]), ("tiga", ["3"]), ("empat", ["4"]), ("lima", ["5"]), ("enam", ["6"]),
        ("tujuh", ["7"]), ("delapan", ["8"]), ("sembilan", ["9"]), ("sepuluh", ["10"]),
        ("2x", ["2", "kali"]),
        ("gratisan", ["gratis"]),
        ("invalid", ["batal"]),
        ("tipu tipuan", ["tipu"]),
        ("bansos", ["bantuan"]),
        ("paslon pasangan", ["paslon"]),
        ("cagub cabup cawalkot cawagub cabub", ["calon"]),
        ("vidio video vid", ["video"]),
        ("nambah nambahin", ["tambah"]),
        ("nunggu nungguin", ["tunggu"]),
        ("nyebar nyebarin", ["sebar"]),
        ("ngitung ngitungin itung", ["hitung"]),
        ("ngarahin ngarahkan", ["arah"]),
        ("nyuruh", ["suruh"]),
        ("ngumumin", ["umum"]),
        ("ngaku mengaku pengakuan diakui mengakui ngakuin", ["ngaku"]),
        ("ngelarang", ["larang"]),
        ("dipake kepake", ["pakai"]),
        ("samsek", ["sama", "sekali"]),
        ("gaada gada", ["tidak", "ada"]),
        ("taun", ["tahun"]),
        ("ketauan", ["ketahuan"]),
        ("tetep", ["tetap"]),
        ("skrg skrang", ["sekarang"]),
        ("dr", ["dari"]),
        ("lg", ["lagi"]),
        ("sblm", ["sebelum"]),
        ("ilang", ["hilang"]),
        ("percepat dipercepat mempercepat", ["percepat"]),
        ("voting vot", ["vote"]),
        ("majuin dimajukan memajukan dimajuin", ["majukan"]),
        ("tercoblos kecoblos", ["tercoblos"]),
    ])

    /// ``slang`` with its replacements stemmed once (what ``normalize(_:_:)`` emits).
    static let slangStemmed: [UInt64: [[UInt8]]] = slang.mapValues { $0.map(stemmed) }
    /// ``slangStemmed`` as a fast table: hash → index into ``slangOutputs``.
    static let slangIndex: HashTable = HashTable(Dictionary(uniqueKeysWithValues: slangKeys.enumerated().map { ($1, Int32($0)) }))
    static let slangOutputs: [[[UInt8]]] = slangKeys.map { slangStemmed[$0] ?? [] }
    private static let slangKeys: [UInt64] = slang.keys.sorted()
    /// ``protected`` as a fast table.
    static let protectedTable = HashTable(Dictionary(uniqueKeysWithValues: protected.map { ($0, Int32(0)) }))

    /// Words protected from the stemmer (election vocabulary it would otherwise mangle).
    static let protected: Set<UInt64> = Set([
        "pemilu", "pilkada", "pilpres", "pileg", "sirekap", "menang", "memang", "sebelum", "kotak", "kosong",
        "suara", "semua", "sekolah", "tengah", "pemilih", "petugas", "perempuan", "kemarin", "selesai",
        "kecamatan", "kelurahan", "pengawas", "bawaslu", "penjara", "pendukung", "kertas", "tanpa",
        "putaran", "survei", "sementara", "keluarga", "pesan", "tersangka", "beredar", "berita", "karena",
        "sampai", "berapa", "bersama", "makan", "pangan", "tangan", "jangan", "bukan", "tahapan", "pesan",
        "sekarang", "pasangan", "pakai", "kali", "hari", "mati", "milih", "masih", "dukungan",
        "percepat", "tercoblos", "ketahuan", "ngaku", "meninggal", "majukan",
    ].map { hash(Array($0.utf8)) })

    /// Words that carry no weight in matching (their presence or absence decides nothing).
    static let stopwords: Set<UInt64> = Set([
        "yang", "di", "ke", "dari", "dan", "ini", "itu", "ada", "saja", "sudah", "ya", "sih", "kok", "deh", "dong",
        "nih", "tuh", "loh", "lho", "kan", "pun", "juga", "untuk", "dengan", "akan", "bisa", "kita", "kamu", "kami",
        "saya", "aku", "gue", "gw", "lu", "lo", "mereka", "dia", "pada", "oleh", "atau", "jadi", "kalau", "karena",
        "udah", "mau", "banget", "lagi", "bahwa", "buat", "para", "semua", "nya", "the", "a", "is", "to", "of",
        "and", "in", "wkwk", "wkwkwk", "gaes", "guys", "min", "bang", "kak", "bro", "sis", "info", "katanya", "kata",
        "denger", "dengar", "orang", "sama", "bilang", "tau", "tahu", "lho", "mah", "teh", "euy", "rek", "cuy",
        "ajah", "aja", "gitu", "begitu", "sekarang", "baru", "tadi", "masih", "cuma", "hanya", "harus", "pas",
        "tp", "tapi", "kah", "lah", "sebarkan", "sebar", "viral", "fyp", "pilkada", "2024", "pilkada2024",
    ].flatMap { normalizedWords($0) }.map { hash($0) })
}

// MARK: - Stance

/// Cues that a post debunks, warns about or questions a claim instead of repeating it.
enum StanceCues {
    /// What a post's cues say.
    struct Found {
        /// Indices into ``debunk`` of the cues present.
        var debunk: Set<Int> = []
        /// A warning word (`waspada`, `awas`, `hati-hati`): counts against scam claims only.
        var warning = false
        /// The post asks whether something is true.
        var question = false
    }

    /// Debunk cues as normalised word sequences (the last one is `bukan … tapi/melainkan …`).
    static let debunkPhrases: [String] = [
        "hoaks", "tidak benar", "bukan benar", "faktanya", "fakta", "cek fakta", "klarifikasi", "jangan percaya",
        "jangan mudah percaya", "jangan termakan", "jangan sebar", "jangan disebar", "jangan ikut sebar",
        "bohong", "berita bohong", "keliru", "menyesatkan", "disinformasi", "misinformasi", "fitnah", "fake",
        "salah konteks", "video lama", "foto lama", "daur ulang", "editan", "hasil edit", "penipuan", "modus",
        "phishing", "palsu", "dibantah", "membantah", "bantah", "meluruskan", "diluruskan", "turnbackhoax",
        "mafindo", "kominfo", "komdigi", "jangan tertipu", "tidak terbukti", "tidak ada aturan", "hoaxnya",
        "sebenarnya", "tidak mungkin", "tetap sah", "tetap dihitung", "justru", "tidak bener", "ngawur",
        "salah", "bukan karena", "bukan hasil", "tetap bisa", "masih bisa",
        "bukan tapi",
    ]

    /// ``debunkPhrases`` normalised and hashed.
    static let debunk: [[UInt64]] = debunkPhrases.map { p in Normalizer.normalizedWords(p).map { Normalizer.hash($0) } }

    private static let bukan = Normalizer.hash(Array("bukan".utf8))
    /// Negation words (normalised): `tidak` (gak, ora, teu, ...), `bukan`, `belum`.
    static let negations: Set<UInt64> = Set(["tidak", "bukan", "belum"].map { Normalizer.hash(Array($0.utf8)) })
    private static let tidak = Normalizer.hash(Array("tidak".utf8))
    static let jangan = Normalizer.hash(Array("jangan".utf8))
    /// Words after `tidak` that make a question of it: `sah gak ya?`, `bener gak sih`.
    private static let questionAfterNo: Set<UInt64> = Set(["ya", "sih", "tuh", "nih", "kah"].map { Normalizer.hash(Array($0.utf8)) })
    /// `benar tidak`, `apa benar`: a question even without `?`.
    private static let truthQuestions: [[UInt64]] = ["benar tidak", "apa benar", "apakah benar", "emang iya", "emang benar", "iya tidak", "benar tuh"].map { p in Normalizer.normalizedWords(p).map { Normalizer.hash($0) } }
    private static let contrast: Set<UInt64> = Set(["tapi", "melainkan", "namun"].map { Normalizer.hash(Array($0.utf8)) })
    private static let warnings: Set<UInt64> = Set(["waspada", "awas", "hati", "hatihati", "ati"].flatMap { Normalizer.normalizedWords($0) }.map { Normalizer.hash($0) })
    /// Words that make a `?` a yes/no question about truth (`benarkah`, `bener gak`, `emang`).
    private static let questionWords: Set<UInt64> = Set(["benar", "benarkah", "apakah", "emang", "emangnya", "masa",
        "masak", "serius", "seriusan", "iyakah", "apa iya", "valid", "yakin"].flatMap { Normalizer.normalizedWords($0) }.map { Normalizer.hash($0) })
    /// Words that end a yes/no question just before `?` (`... tidak sah ya?`).
    private static let questionTails: Set<UInt64> = Set(["ya", "kah", "tidak", "nggak", "sih", "kan", "iya", "benar",
        "kok", "gitu", "apa", "ini", "itu", "nih", "tah"].flatMap { Normalizer.normalizedWords($0) }.map { Normalizer.hash($0) })

    /// Scans the post's normalised words once.
    static func scan(_ post: PostTokens) -> Found {
        var found = Found()
        let h = post.hashes
        let n = h.count
        for (ci, cue) in debunk.enumerated() where !cue.isEmpty && ci < debunk.count - 1 {
            guard cue.count <= n else { continue }
            var i = 0
            while i + cue.count <= n {
                if h[i] == cue[0] {
                    var ok = true
                    for k in 1..<cue.count where h[i + k] != cue[k] { ok = false; break }
                    if ok { found.debunk.insert(ci); break }
                }
                i += 1
            }
        }
        // bukan … tapi … within eight words.
        for i in 0..<n where h[i] == bukan {
            let stop = min(n, i + 9)
            if i + 1 < stop, (i + 1..<stop).contains(where: { contrast.contains(h[$0]) }) {
                found.debunk.insert(debunk.count - 1)
                break
            }
        }
        found.warning = h.contains { warnings.contains($0) }
        for q in truthQuestions where !q.isEmpty && q.count <= n {
            for i in 0...(n - q.count) where h[i] == q[0] && (1..<q.count).allSatisfy({ h[i + $0] == q[$0] }) {
                found.question = true
                break
            }
        }
        if post.hasQuestionMark {
            for i in 0..<n {
                if h[i] == tidak, i + 1 < n, questionAfterNo.contains(h[i + 1]) { found.question = true; break }
                if questionWords.contains(h[i]) { found.question = true; break }
                if post.beforeQuestion[i], questionTails.contains(h[i]) { found.question = true; break }
            }
        }
        return found
    }
}
