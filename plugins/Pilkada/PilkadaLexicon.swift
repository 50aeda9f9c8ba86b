import Foundation
import JagaSDK

/// Every cue's phrases, normalised once, indexed by their first word for one pass over a post.
///
/// Phrases go through the same `Normalizer` as posts, so slang and spelling tricks meet on
/// both sides. Users add phrases with a lexicon file, one `cue-name: phrase` per line (`#`
/// starts a comment); ``Cue/name`` lists the names.
public final class PilkadaLexicon: Sendable {
    /// One phrase: its words (as ids) and the cues it signals.
    struct Phrase: Sendable {
        var words: [Int32]
        var cues: UInt64
    }

    /// Every word of every phrase → its id, keyed by ``WordSet/hash(_:)`` of the word (64-bit
    /// FNV-1a: a collision among a few thousand words is vanishingly unlikely).
    let ids: WordTable<Int32>
    /// Phrase `p` has the cues `phraseCues[p]` and the word ids
    /// `phraseWords[phraseWordStart[p]..<phraseWordStart[p + 1]]` (flat arrays: one lookup each);
    /// the phrases of one first word are numbered together, longest first.
    let phraseWordStart: [Int32]
    let phraseWords: [Int32]
    let phraseCues: [UInt64]
    /// The phrases of two or more words by their first two words: ``pairKey(_:_:)`` → `s`, whose
    /// phrases are `pairPhrases[pairStart[s]..<pairStart[s + 1]]` (in phrase order), so a common
    /// first word (`jangan`, `tidak`) costs a lookup, not a pass over all its phrases.
    let pairs: WordTable<Int32>
    let pairStart: [Int32]
    let pairPhrases: [Int32]
    /// Word id → its one-word phrase (last of its group), or -1.
    let single: [Int32]
    /// Word id → true for particles (skipped inside phrases unless they start one).
    let particle: [Bool]
    /// How many phrases each cue has.
    public let counts: [Cue: Int]
    /// The byte-level test that skips posts no checker could flag.
    let filter: TriggerFilter
    /// The normaliser posts are read with: the toolkit's, knowing every lexicon word too, so
    /// that digits-for-letters decode into them (`3l3kt4b1l1t4s` → `elektabilitas`).
    public let normalizer: Normalizer

    /// The built-in lexicon.
    public static let builtin = PilkadaLexicon(extra: [:])

    /// Builds the index from the built-in phrases plus `extra`.
    public init(extra: [Cue: [String]], normalizer: Normalizer = .standard) {
        var merged: [[String]: UInt64] = [:]
        var counts: [Cue: Int] = [:]
        for (cue, list) in BuiltinLexicon.entries.merging(extra, uniquingKeysWith: +) {
            for p in list {
                var words = normalizer.tokens(p).map(\.text)
                // Particles are skipped in posts, so they are left out of phrases too (`orang ta sendiri`).
                if words.count > 1 { words.removeAll { PostAnalysis.particles.contains($0) } }
                guard !words.isEmpty else { continue }
                merged[words, default: 0] |= cue.bit
                counts[cue, default: 0] += 1
            }
        }
        var ids: [String: Int32] = [:]
        func id(_ w: String) -> Int32 {
            if let i = ids[w] { return i }
            let i = Int32(ids.count)
            ids[w] = i
            return i
        }
        for p in PostAnalysis.particles { _ = id(p) }
        var byFirst: [[Phrase]] = []
        // Sorted so that ids (and so the index) are the same on every run.
        for (words, cues) in merged.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let w = words.map(id)
            while byFirst.count < ids.count { byFirst.append([]) }
            byFirst[Int(w[0])].append(Phrase(words: w, cues: cues))
        }
        while byFirst.count < ids.count { byFirst.append([]) }
        for k in byFirst.indices {
            byFirst[k].sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
        }
        var particle = [Bool](repeating: false, count: ids.count)
        for p in PostAnalysis.particles { if let i = ids[p] { particle[Int(i)] = byFirst[Int(i)].isEmpty } }
        self.ids = WordTable(Dictionary(ids.map { (WordSet.hash($0.key.utf8), $0.value) }, uniquingKeysWith: { a, _ in a }), empty: -1)
        var starts: [Int32] = [0], wordStarts: [Int32] = [0], words: [Int32] = [], cues: [UInt64] = []
        for list in byFirst {
            for p in list {
                words += p.words
                wordStarts.append(Int32(words.count))
                cues.append(p.cues)
            }
            starts.append(Int32(cues.count))
        }
        phraseWordStart = wordStarts
        phraseWords = words
        phraseCues = cues
        var single = [Int32](repeating: -1, count: byFirst.count)
        var byPair: [UInt64: [Int32]] = [:]
        for w in byFirst.indices {
            for p in Int(starts[w])..<Int(starts[w + 1]) {
                let ws = Int(wordStarts[p])
                if wordStarts[p + 1] - wordStarts[p] == 1 { single[w] = Int32(p) } else {
                    byPair[Self.pairKey(words[ws], words[ws + 1]), default: []].append(Int32(p))
                }
            }
        }
        var pairSlots: [UInt64: Int32] = [:], pairStart: [Int32] = [0], pairPhrases: [Int32] = []
        for (key, list) in byPair.sorted(by: { $0.key < $1.key }) {
            pairSlots[key] = Int32(pairStart.count - 1)
            pairPhrases += list
            pairStart.append(Int32(pairPhrases.count))
        }
        self.pairs = WordTable(pairSlots, empty: -1)
        self.pairStart = pairStart
        self.pairPhrases = pairPhrases
        self.single = single
        self.particle = particle
        self.counts = counts
        self.normalizer = Normalizer(vocabulary: ids.keys)
        self.filter = TriggerFilter(phrases: merged.map { (words: $0.key, cues: $0.value) })
    }

    /// The key of a phrase's first two word ids in ``pairs`` (never 0, one per pair).
    @inline(__always) static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: first)) + 1) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// Reads a user lexicon file (`cue-name: phrase` per line) and builds the index with it.
    public static func load(path: String) throws -> PilkadaLexicon {
        try PilkadaLexicon(extra: parse(read(path), file: path))
    }

    /// The text of the lexicon file at `path`.
    static func read(_ path: String) throws -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw PluginError("cannot read lexicon file '\(path)': \((error as NSError).localizedDescription)")
        }
    }

    /// Parses lexicon file text; errors name the file and line.
    static func parse(_ text: String, file: String) throws -> [Cue: [String]] {
        var out: [Cue: [String]] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw PluginError("\(file):\(n + 1): expected 'cue-name: phrase', found '\(line)'")
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let phrase = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard let cue = Cue.named(name) else {
                let hint = Suggest.nearest(name, in: Cue.allCases.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
                throw PluginError("\(file):\(n + 1): unknown cue '\(name)'\(hint)")
            }
            guard !phrase.isEmpty else { throw PluginError("\(file):\(n + 1): empty phrase for cue '\(name)'") }
            out[cue, default: []].append(phrase)
        }
        return out
    }
}
