/// Finds negation, debunk, warning and question cues in normalised tokens and decides a `Stance`.
///
/// Cues are matched on `Normalizer` token texts, so slang is already formal (`bener gak` →
/// `benar tidak`, `hoax` → `hoaks`). The decision, in order:
/// 1. a strong refuting cue (`tidak benar`, `faktanya`, `cek fakta`, `klarifikasi`,
///    `disinformasi`, `menyesatkan`, `keliru`, `palsu`, `dibantah`) → `refutes`, even when the
///    text also quotes the claim, asks, or urges sharing: quoting a claim to correct it refutes it;
/// 2. a weak refuting cue (`hoaks`, `bohong`, `salah`, `fitnah`) without a question → `refutes`;
/// 3. a warning cue (`waspada`, `jangan percaya`, `hati hati`, `penipuan`, `jangan sebarkan`) → `warns`;
/// 4. a question mark or question cue (`apakah`, `benarkah`, `benar tidak`, `beneran`, `masa sih`,
///    a word ending in `-kah`, and `apa` opening the text) → `asks`;
/// 5. otherwise `spreads`.
/// A refuting cue right after a negation (`bukan hoaks`, `tidak bohong`, `bukan fitnah`) is
/// a spreading cue instead.
public enum StanceCues {
    private struct Cue {
        var words: [String]
        var label: Stance.Label
        var strong: Bool
        /// The words joined by spaces, and each word's ``NormalTokenBuffer/hash(_:)``.
        var phrase: String
        var hashes: [UInt64]
    }

    private static let cues: [Cue] = {
        func c(_ s: String, _ l: Stance.Label, _ strong: Bool) -> Cue {
            let words = s.split(separator: " ").map(String.init)
            return Cue(words: words, label: l, strong: strong, phrase: words.joined(separator: " "),
                       hashes: words.map { NormalTokenBuffer.hash($0.utf8) })
        }
        let list: [Cue] = [
            c("tidak benar", .refutes, true), c("tidak terbukti", .refutes, true), c("bukan fakta", .refutes, true),
            c("faktanya", .refutes, true), c("cek fakta", .refutes, true), c("klarifikasi", .refutes, true),
            c("disinformasi", .refutes, true), c("misinformasi", .refutes, true), c("menyesatkan", .refutes, true),
            c("palsu", .refutes, true), c("keliru", .refutes, true), c("dibantah", .refutes, true),
            c("membantah", .refutes, true), c("bantahan", .refutes, true), c("meluruskan", .refutes, true),
            c("sudah diedit", .refutes, true), c("hasil editan", .refutes, true), c("turnbackhoax", .refutes, true),
            c("hoaks", .refutes, false), c("bohong", .refutes, false), c("salah", .refutes, false),
            c("fitnah", .refutes, false), c("penipuan", .warns, false),
            c("waspada", .warns, false), c("jangan percaya", .warns, false), c("jangan mudah percaya", .warns, false),
            c("jangan tertipu", .warns, false), c("hati hati", .warns, false), c("awas", .warns, false),
            c("jangan sebarkan", .warns, false), c("jangan disebarkan", .warns, false), c("jangan share", .warns, false),
            c("jangan terprovokasi", .warns, false), c("modus", .warns, false),
            c("apakah", .asks, false), c("benarkah", .asks, false), c("betulkah", .asks, false),
            c("benar tidak", .asks, false), c("benar atau tidak", .asks, false), c("beneran", .asks, false),
            c("masa sih", .asks, false), c("apa benar", .asks, false), c("apa iya", .asks, false), c("apa", .asks, false),
            c("sebarkan", .spreads, false), c("viralkan", .spreads, false), c("bagikan", .spreads, false),
            c("share", .spreads, false), c("terbukti", .spreads, false),
        ]
        return list.sorted { $0.words.count > $1.words.count }
    }()

    /// Indices into `cues` by the hash of their first word, in `cues` order (longest first), so
    /// each token is checked against the few cues it can start instead of all of them.
    private static let byFirst: [UInt64: [Int]] = {
        var out: [UInt64: [Int]] = [:]
        for (k, c) in cues.enumerated() { out[c.hashes[0], default: []].append(k) }
        return out
    }()

    private static let negations: Set<String> = ["bukan", "tidak", "belum"]

    /// Hashes of the first words of the cues: most tokens start no cue, and this says so
    /// without hashing a `String` key for the dictionary.
    private static let firstWords = HashSet64(byFirst.keys)

    /// Analyses `text` with the standard `Normalizer`.
    public static func analyse(_ text: String) -> Stance {
        analyse(tokens: Normalizer.tokens(text), text: text)
    }

    /// Analyses normalised `tokens`; pass the original `text` so question marks count too.
    public static func analyse(tokens: [NormalToken], text: String? = nil) -> Stance {
        analyse(TokenArray(tokens: tokens), text: text)
    }

    /// Analyses the tokens of `buffer` (as ``analyse(tokens:text:)``, without a `String` for
    /// each token: words are compared by their hashes first).
    public static func analyse(buffer: NormalTokenBuffer, text: String? = nil) -> Stance {
        analyse(buffer, text: text)
    }

    private static func analyse<T: StanceTokens>(_ tokens: T, text: String?) -> Stance {
        var found: [StanceCue] = []
        var i = 0
        let n = tokens.count
        let firstWords = Self.firstWords
        while i < n {
            var matched = false
            let first = tokens.hash(i)
            let starts = firstWords.contains(first)
            for k in (starts ? byFirst[first] ?? [] : []) where i + cues[k].words.count <= n {
                let cue = cues[k]
                // A bare `apa` asks only when it opens the text (`apa pun` is no question).
                if cue.phrase == "apa", i > 0 { continue }
                // Words compared by hash, then (hashes can collide) by text.
                var ok = true
                for (k, h) in cue.hashes.enumerated() where tokens.hash(i + k) != h { ok = false; break }
                if ok { for (k, w) in cue.words.enumerated() where tokens.text(i + k) != w { ok = false; break } }
                guard ok else { continue }
                let end = i + cue.words.count
                let range = tokens.range(i).lowerBound..<tokens.range(end - 1).upperBound
                var label = cue.label, strong = cue.strong, phrase = cue.phrase
                if label == .refutes, !strong, i > 0, negations.contains(tokens.text(i - 1)) {
                    label = .spreads
                    phrase = tokens.text(i - 1) + " " + phrase
                    found.append(StanceCue(label: label, phrase: phrase, range: tokens.range(i - 1).lowerBound..<range.upperBound, strong: false))
                } else {
                    found.append(StanceCue(label: label, phrase: phrase, range: range, strong: strong))
                }
                i = end
                matched = true
                break
            }
            if !matched {
                if tokens.endsWithKah(i) {
                    found.append(StanceCue(label: .asks, phrase: tokens.text(i), range: tokens.range(i), strong: false))
                }
                i += 1
            }
        }
        if var text {
            // Question marks, by byte offset (over the bytes themselves: a view of the String costs more).
            text.withUTF8 { bytes in
                for offset in bytes.indices where bytes[offset] == 0x3F {
                    found.append(StanceCue(label: .asks, phrase: "?", range: offset..<(offset + 1), strong: false))
                }
            }
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return Stance(label: decide(found), cues: found)
    }

    private static func decide(_ cues: [StanceCue]) -> Stance.Label {
        let asks = cues.contains { $0.label == .asks }
        if cues.contains(where: { $0.label == .refutes && $0.strong }) { return .refutes }
        if !asks, cues.contains(where: { $0.label == .refutes }) { return .refutes }
        if cues.contains(where: { $0.label == .warns }) { return .warns }
        if asks { return .asks }
        return .spreads
    }
}

/// What the stance analysis reads of a token list: the tokens as values or in a buffer.
private protocol StanceTokens {
    var count: Int { get }
    /// The normal form of token `i`.
    func text(_ i: Int) -> String
    /// ``NormalTokenBuffer/hash(_:)`` of that form.
    func hash(_ i: Int) -> UInt64
    func range(_ i: Int) -> Range<Int>
    /// True when the form is longer than five bytes and ends in `kah` (`benarkah`: a question).
    func endsWithKah(_ i: Int) -> Bool
}

/// ``NormalToken`` values.
private struct TokenArray: StanceTokens {
    let tokens: [NormalToken]
    /// Each token's hash, made once (a cue's words ask for the hashes of the tokens after it).
    let hashes: [UInt64]

    init(tokens: [NormalToken]) {
        self.tokens = tokens
        hashes = tokens.map { t in
            var word = t.text
            return word.withUTF8 { NormalTokenBuffer.hash($0) }
        }
    }

    var count: Int { tokens.count }
    func text(_ i: Int) -> String { tokens[i].text }
    func hash(_ i: Int) -> UInt64 { hashes[i] }
    func range(_ i: Int) -> Range<Int> { tokens[i].range }
    func endsWithKah(_ i: Int) -> Bool {
        let t = tokens[i].text
        return t.utf8.count > 5 && t.utf8.suffix(3).elementsEqual("kah".utf8)
    }
}

extension NormalTokenBuffer: StanceTokens {
    fileprivate func hash(_ i: Int) -> UInt64 { tokens[i].hash }
    fileprivate func range(_ i: Int) -> Range<Int> { tokens[i].range }
    fileprivate func endsWithKah(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.textEnd - t.textStart > 5 else { return false }
        return bytes[t.textEnd - 3] == 0x6B && bytes[t.textEnd - 2] == 0x61 && bytes[t.textEnd - 1] == 0x68
    }
}
