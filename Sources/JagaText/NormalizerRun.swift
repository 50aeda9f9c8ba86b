/// One normalisation of one text: the byte scan into pieces, then the rules that make tokens.
///
/// A piece is a run of word scalars (folded into the output buffer's bytes, where most words stay as their normal form) or one emoji cluster, with the
/// gap that follows it. `Normalizer` documents the rules.
struct NormalizerRun {
    /// A word or emoji found by the scan.
    struct Piece {
        var start: Int
        var end: Int
        var fStart: Int
        var fEnd: Int
        var scalars = 0
        var letters = false
        var digits = false
        /// ASCII only and no skipped scalars, so folded byte k comes from original byte start + k.
        var plain = true
        var emoji = false
        /// Right after a `#`.
        var hash = false
        /// Scalars in the gap after this piece, and the gap's scalar when there is exactly one.
        var gapCount = 0
        var gapScalar: UInt32 = 0
        /// For a plain piece (one run of ASCII): the hash of its folded bytes, and whether a
        /// letter in it is doubled (then the stretch rules may apply).
        var fnv: UInt64 = 0
        var doubled = false
    }

    /// Folded bytes with the original range of each byte, for words that are split.
    struct Chunk {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ends: [Int] = []

        func range(_ a: Int, _ b: Int) -> Range<Int> { starts[a]..<ends[b - 1] }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let normalizer: Normalizer
    /// The normaliser's slang index (kept here: read for every word).
    let slang: SlangIndex
    /// The pieces found (in the thread's scratch memory, given back by ``finish()``).
    var pieces: PieceList
    /// This thread's fold cache, lent to the run (see ``finish()``).
    var cache: FoldCache
    /// The scratch the run borrowed its memory from.
    private let scratch: Scratch
    var out = NormalTokenBuffer()
    /// This thread's memo entries, looked up on first use in this run.
    private var memo: NormalizerMemo.Entries?

    init(bytes: UnsafeBufferPointer<UInt8>, normalizer: Normalizer) {
        self.bytes = bytes
        self.normalizer = normalizer
        self.slang = normalizer.tables.slangIndex
        // The thread's scratch, unless a run on this thread holds it (none does today: a run
        // calls no normaliser); then memory of its own.
        let own = Self.scratches.value
        scratch = own.lent ? Scratch() : own
        scratch.lent = true
        pieces = scratch.pieces
        pieces.removeAll()
        cache = FoldCache()
        swap(&cache, &scratch.cache)
    }

    /// Gives the borrowed memory and fold cache back; the run is not used again.
    mutating func finish() {
        // A long text's memory is not kept for the thread's life.
        if pieces.capacity > Scratch.keptPieces {
            pieces.deallocate()
            pieces = PieceList(capacity: 256)
        }
        scratch.pieces = pieces
        if scratch.foldedCapacity > Scratch.keptBytes {
            scratch.folded.deallocate()
            scratch.folded = .allocate(capacity: 1024)
            scratch.foldedCapacity = 1024
        }
        swap(&cache, &scratch.cache)
        scratch.lent = false
    }

    /// A thread's scratch, kept from one text to the next: the fold cache (the folds of the
    /// scalars a thread meets are looked up in the shared, locked table once, not once per
    /// text), and the memory for pieces and folded bytes (no allocation per text once warm).
    final class Scratch {
        var cache = FoldCache()
        var pieces = PieceList(capacity: 256)
        var folded = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
        var foldedCapacity = 1024
        /// A run holds it.
        var lent = false
        /// Pieces and folded bytes it keeps room for at most between texts (a post is far smaller).
        static let keptPieces = 16_384
        static let keptBytes = 65_536

        deinit {
            pieces.deallocate()
            folded.deallocate()
        }
    }

    private static let scratches = ThreadLocal { Scratch() }

    /// Pieces in memory of their own: read and written in place, without the uniqueness check
    /// and bounds check of an array on every access (the scan touches a piece for every run of
    /// bytes). Indices are checked by the callers' loops, as for an array's.
    struct PieceList {
        private var base: UnsafeMutablePointer<Piece>
        private(set) var capacity: Int
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(1, capacity)
            base = .allocate(capacity: self.capacity)
        }

        var isEmpty: Bool { count == 0 }

        /// Forgets every piece, keeping the memory (pieces hold no references).
        mutating func removeAll() { count = 0 }
        var last: Piece? { count == 0 ? nil : base[count - 1] }

        subscript(i: Int) -> Piece {
            @inline(__always) unsafeAddress {
                precondition(i >= 0 && i < count, "piece index out of range")
                return UnsafePointer(base + i)
            }
            @inline(__always) nonmutating unsafeMutableAddress {
                precondition(i >= 0 && i < count, "piece index out of range")
                return base + i
            }
        }

        @inline(__always) mutating func append(_ p: Piece) {
            if count == capacity { grow() }
            (base + count).initialize(to: p)
            count += 1
        }

        private mutating func grow() {
            let bigger = UnsafeMutablePointer<Piece>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }

        func deallocate() {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    // MARK: - Scan

    /// For each byte: its folded form in the low byte (0 when it is not an ASCII letter or
    /// digit), and 1 (letter) or 2 (digit) in the high byte. Made once, never freed, never written
    /// after it is made (so shared by all threads).
    nonisolated(unsafe) static let asciiWordBytes: UnsafePointer<UInt16> = {
        let t = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        for b in 0x41...0x5A { t[b] = UInt16(b | 0x20) | 0x100 }
        for b in 0x61...0x7A { t[b] = UInt16(b) | 0x100 }
        for b in 0x30...0x39 { t[b] = UInt16(b) | 0x200 }
        return UnsafePointer(t)
    }()

    /// Decodes the scalar at `i`: its value and width (U+FFFD and 1 for an invalid sequence).
    @inline(__always) func decode(_ i: Int) -> (UInt32, Int) {
        let n = bytes.count
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = bytes[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if b0 & 0xE0 == 0xC0, b0 >= 0xC2, let c1 = cont(1) { return ((b0 & 0x1F) << 6 | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            if v >= 0x800, !(0xD800...0xDFFF).contains(v) { return (v, 3) }
        }
        if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if v >= 0x10000, v <= 0x10FFFF { return (v, 4) }
        }
        return (0xFFFD, 1)
    }

    /// Folds the run of ASCII letters and digits in `bytes` from `i` (before `n`) into `folded`:
    /// where it ends, its kinds (`asciiWordBytes` high bytes or'ed), whether a byte repeats the
    /// one before it, and the FNV-1a hash of its folded bytes. A function of its own so the loop
    /// keeps everything in registers.
    @inline(never)
    static func foldRun(_ bytes: UnsafePointer<UInt8>, from i: Int, to n: Int, table: UnsafePointer<UInt16>,
                        into folded: UnsafeMutablePointer<UInt8>) -> (end: Int, kinds: UInt16, doubled: Bool, hash: UInt64) {
        var kinds: UInt16 = 0
        var doubled = false
        var h: UInt64 = 0xcbf29ce484222325
        var previous: UInt8 = 0
        var j = i
        var out = folded
        while j < n {
            let e = table[Int(bytes[j])]
            if e == 0 { break }
            let l = UInt8(truncatingIfNeeded: e)
            kinds |= e
            if l == previous { doubled = true }
            previous = l
            h = (h ^ UInt64(l)) &* 0x100000001b3
            out.pointee = l
            out += 1
            j &+= 1
        }
        return (j, kinds, doubled, h)
    }

    /// Scalars that continue an emoji: variation selectors, joiner, skin tones, keycap, tags.
    @inline(__always) static func emojiContinuation(_ v: UInt32) -> Bool {
        v == 0xFE0F || v == 0xFE0E || v == 0x200D || (0x1F3FB...0x1F3FF).contains(v) || v == 0x20E3 || (0xE0020...0xE007F).contains(v)
    }

    static func isEmoji(_ v: UInt32) -> Bool {
        guard v >= 0x80, let u = Unicode.Scalar(v) else { return false }
        return u.properties.isEmoji
    }

    mutating func scan() {
        let n = bytes.count
        // The folded bytes are written to scratch memory first (plain stores, no array growth
        // checks per byte) and added to the buffer in one copy at the end; pieces give their
        // offsets as they will be there.
        let base = out.bytes.count
        // The thread's scratch memory, grown to the text's size (and kept so for the next text).
        var capacity = scratch.foldedCapacity
        var folded = scratch.folded
        var count = 0
        if capacity < n + 64 {
            folded.deallocate()
            capacity = n + 64
            folded = .allocate(capacity: capacity)
        }
        defer {
            scratch.folded = folded
            scratch.foldedCapacity = capacity
        }
        /// Makes room for `k` more folded bytes.
        @inline(__always) func reserve(_ k: Int) {
            guard count + k > capacity else { return }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, count + k))
            bigger.update(from: folded, count: count)
            folded.deallocate()
            folded = bigger
            capacity = max(capacity * 2, count + k)
        }
        var i = 0
        var inWord = false
        var gapCount = 0
        var gapScalar: UInt32 = 0
        var lastGapScalar: UInt32 = 0
        /// The last piece is an emoji that a joiner asked to continue.
        var emojiJoin = false
        let table = Self.asciiWordBytes

        func closeGapAndStart(_ p: inout Piece) {
            if !pieces.isEmpty {
                pieces[pieces.count - 1].gapCount = gapCount
                pieces[pieces.count - 1].gapScalar = gapCount == 1 ? gapScalar : 0
            }
            p.hash = !p.emoji && gapCount > 0 && lastGapScalar == 0x23
            gapCount = 0
            lastGapScalar = 0
        }

        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if table[Int(b)] != 0 {
                    let from = count
                    // The whole run of ASCII letters and digits at once; the piece is updated once.
                    // Its hash and doubled letters are noted on the way (used when the piece stays
                    // plain; a doubled digit also counts, but `doubled` is read only without digits).
                    reserve(n - i)
                    let (j, kinds, doubled, h) = Self.foldRun(bytes.baseAddress.unsafelyUnwrapped, from: i, to: n, table: table, into: folded + count)
                    count &+= j - i
                    let letters = kinds & 0x100 != 0, digits = kinds & 0x200 != 0
                    if !inWord {
                        // A new piece (most runs): made whole here and added once.
                        var p = Piece(start: i, end: j, fStart: base + from, fEnd: base + count)
                        closeGapAndStart(&p)
                        p.scalars = j - i
                        p.letters = letters
                        p.digits = digits
                        p.fnv = h
                        p.doubled = doubled
                        pieces.append(p)
                        inWord = true
                    } else {
                        let k = pieces.count - 1
                        pieces[k].end = j
                        pieces[k].fEnd = base + count
                        pieces[k].scalars += j - i
                        if letters { pieces[k].letters = true }
                        if digits { pieces[k].digits = true }
                        pieces[k].fnv = h
                        pieces[k].doubled = doubled
                    }
                    i = j
                    continue
                } else {
                    inWord = false
                    emojiJoin = false
                    gapCount += 1
                    gapScalar = UInt32(b)
                    lastGapScalar = UInt32(b)
                }
                i += 1
                continue
            }
            let (v, w) = decode(i)
            defer { i += w }
            // Emoji clusters.
            if let last = pieces.last, last.emoji, last.end == i {
                if Self.emojiContinuation(v) {
                    if v == 0x200D { emojiJoin = true }
                    pieces[pieces.count - 1].end = i + w
                    continue
                }
                let regional: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
                let regionalPair = regional.contains(v) && last.scalars == 1 && regional.contains(decode(last.start).0)
                if (emojiJoin && Self.isEmoji(v)) || regionalPair {
                    emojiJoin = false
                    pieces[pieces.count - 1].end = i + w
                    pieces[pieces.count - 1].scalars += 1
                    continue
                }
            }
            emojiJoin = false
            // Pictographs and dingbats are emoji, never word characters: skip the fold lookup.
            if (0x1F1E6...0x1FAFF).contains(v) || (0x2600...0x27BF).contains(v) {
                inWord = false
                var p = Piece(start: i, end: i + w, fStart: 0, fEnd: 0)
                p.emoji = true
                p.scalars = 1
                p.plain = false
                closeGapAndStart(&p)
                pieces.append(p)
                continue
            }
            let f = cache.fold(v)
            if f.wordsCount == 0 {
                // Ignorable: marks and invisible format characters.
                if inWord {
                    pieces[pieces.count - 1].end = i + w
                    pieces[pieces.count - 1].plain = false
                }
                continue
            }
            var wordBytes = false
            for k in 0..<Int(f.wordsCount) where cache.pool[Int(f.wordsStart) + k] != 0x20 { wordBytes = true; break }
            if wordBytes {
                if !inWord {
                    var p = Piece(start: i, end: i, fStart: base + count, fEnd: base + count)
                    closeGapAndStart(&p)
                    pieces.append(p)
                    inWord = true
                }
                let k = pieces.count - 1
                reserve(Int(f.wordsCount))
                for j in 0..<Int(f.wordsCount) {
                    let c = cache.pool[Int(f.wordsStart) + j]
                    if c == 0x20 { continue }
                    folded[count] = c
                    count += 1
                    if c &- 0x30 < 10 { pieces[k].digits = true } else { pieces[k].letters = true }
                }
                pieces[k].end = i + w
                pieces[k].fEnd = base + count
                pieces[k].scalars += 1
                pieces[k].plain = false
                continue
            }
            inWord = false
            if Self.isEmoji(v) {
                var p = Piece(start: i, end: i + w, fStart: 0, fEnd: 0)
                p.emoji = true
                p.scalars = 1
                p.plain = false
                closeGapAndStart(&p)
                pieces.append(p)
                continue
            }
            gapCount += 1
            gapScalar = v
            lastGapScalar = v
        }
        out.bytes.append(contentsOf: UnsafeBufferPointer(start: folded, count: count))
    }

    // MARK: - Emit

    mutating func emitAll() {
        out.reserve(tokens: pieces.count + 4, bytes: 16)
        let n = pieces.count
        var i = 0
        while i < n {
            let p = pieces[i]
            if p.emoji {
                emitEmoji(p)
                i += 1
                continue
            }
            if p.hash {
                emitHashtag(i)
                i += 1
                continue
            }
            if p.plain, p.letters, !p.digits, !p.doubled, p.scalars > 1, !(p.gapCount == 1 && Self.isGlue(p.gapScalar)) {
                // Most words: no number group, spaced letters or glue can start here (those need
                // digits, one letter, or a glue character after), so it is a word as it stands.
                emitPlain(p, hash: p.fnv, kind: .word)
                i += 1
                continue
            }
            if let next = numberGroup(i) {
                i = next
                continue
            }
            if let next = spacedRun(i) {
                i = next
                continue
            }
            if let next = gluedWord(i) {
                i = next
                continue
            }
            emitWord(piece: i, kind: nil)
            i += 1
        }
    }

    private mutating func emitEmoji(_ p: Piece) {
        // Written straight into the buffer, hashed on the way.
        let from = out.bytes.count
        var h: UInt64 = 0xcbf29ce484222325
        var k = p.start
        while k < p.end {
            let (v, w) = decode(k)
            if v != 0xFE0F && v != 0xFE0E && !(0x1F3FB...0x1F3FF).contains(v) {
                for j in k..<(k + w) {
                    out.bytes.append(bytes[j])
                    h = (h ^ UInt64(bytes[j])) &* 0x100000001b3
                }
            }
            k += w
        }
        out.appendFolded(from..<out.bytes.count, hash: h, range: p.start..<p.end, kind: .emoji)
    }

    private func foldedBytes(_ p: Piece) -> ArraySlice<UInt8> { out.bytes[p.fStart..<p.fEnd] }

    /// `1.000.000`: digit pieces joined by single `.` or `,` before groups of three digits.
    private mutating func numberGroup(_ i: Int) -> Int? {
        let p = pieces[i]
        guard p.digits, !p.letters else { return nil }
        var j = i
        while j + 1 < pieces.count {
            let a = pieces[j], b = pieces[j + 1]
            guard a.gapCount == 1, a.gapScalar == 0x2E || a.gapScalar == 0x2C,
                  b.digits, !b.letters, !b.hash, b.scalars == 3, b.plain else { break }
            j += 1
        }
        guard j > i else { return nil }
        out.append(bytes[p.start..<pieces[j].end], range: p.start..<pieces[j].end, kind: .number)
        return j + 1
    }

    /// Three or more one-character pieces with the same one-scalar gap, with at least one letter.
    private mutating func spacedRun(_ i: Int) -> Int? {
        let p = pieces[i]
        guard p.scalars == 1, p.gapCount == 1 else { return nil }
        let sep = p.gapScalar
        guard sep != 0x23 else { return nil }
        var j = i
        var letter = p.letters
        while j + 1 < pieces.count {
            let b = pieces[j + 1]
            guard !b.emoji, !b.hash, b.scalars == 1 else { break }
            letter = letter || b.letters
            j += 1
            guard pieces[j].gapCount == 1, pieces[j].gapScalar == sep else { break }
        }
        guard j - i + 1 >= 3, letter else { return nil }
        let c = chunk(i...j)
        let canonical = normalizeLetters(decodeDigits(c.bytes) ?? c.bytes)
        let s = String(decoding: canonical, as: UTF8.self)
        if normalizer.isKnown(s) || normalizer.formal(for: s) != nil {
            emitLetters(canonical, range: c.range(0, c.bytes.count), kind: .word)
        } else if canonical.count == c.bytes.count, let cuts = segment(canonical), cuts.count > 1 {
            var a = 0
            for b in cuts {
                emitLetters(Array(canonical[a..<b]), range: c.range(a, b), kind: .word)
                a = b
            }
        } else {
            emitLetters(canonical, range: c.range(0, c.bytes.count), kind: .word)
        }
        return j + 1
    }

    /// Glue characters that evasions put inside a word.
    private static func isGlue(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x2A, 0x5F, 0x2D, 0x27, 0x2019, 0xB7, 0x7C, 0x2F, 0x7E: return true
        default: return false
        }
    }

    /// Two to four pieces glued by one glue character whose join is a known word.
    private mutating func gluedWord(_ i: Int) -> Int? {
        var last = i
        while last + 1 < pieces.count, last - i < 3 {
            let a = pieces[last], b = pieces[last + 1]
            guard a.gapCount == 1, Self.isGlue(a.gapScalar), !b.emoji, !b.hash else { break }
            last += 1
        }
        guard last > i else { return nil }
        var j = last
        while j > i {
            var joined: [UInt8] = []
            for k in i...j { joined.append(contentsOf: foldedBytes(pieces[k])) }
            let canonical = normalizeLetters(decodeDigits(joined) ?? joined)
            let s = String(decoding: canonical, as: UTF8.self)
            if canonical.contains(where: { $0 &- 0x61 < 26 }), normalizer.isKnown(s) {
                emitLetters(canonical, range: pieces[i].start..<pieces[j].end, kind: .word)
                return j + 1
            }
            j -= 1
        }
        return nil
    }

    /// The memo entries of this thread (nil when the normaliser remembers nothing).
    private mutating func memoEntries() -> NormalizerMemo.Entries? {
        if let memo { return memo }
        memo = normalizer.memo?.entries
        return memo
    }

    /// Emits letters-only piece `p` (no doubled letter; its folded bytes hash to `h`): its
    /// formal words when it is slang, else its folded bytes as they are.
    @inline(__always) private mutating func emitPlain(_ p: Piece, hash h: UInt64, kind: NormalToken.Kind) {
        if slang.mayContain(h), let formal = slang.formal(h, out.bytes[p.fStart..<p.fEnd]) {
            for k in formal {
                let f = slang.words[k]
                out.append(slang.bytes[f.start..<f.end], hash: f.hash, range: p.start..<p.end, kind: kind)
            }
        } else {
            out.appendFolded(p.fStart..<p.fEnd, hash: h, range: p.start..<p.end, kind: kind)
        }
    }

    /// Whether piece `p`'s folded bytes have a doubled letter, and (when not) their hash.
    @inline(__always) private func plainWord(_ p: Piece) -> (doubled: Bool, hash: UInt64) {
        out.bytes.withUnsafeBufferPointer { all in
            var previous: UInt8 = 0
            var h: UInt64 = 0xcbf29ce484222325
            for k in p.fStart..<p.fEnd {
                let b = all[k]
                if b == previous, b &- 0x61 < 26 { return (true, 0) }
                previous = b
                h = (h ^ UInt64(b)) &* 0x100000001b3
            }
            return (false, h)
        }
    }

    /// Emits one piece as a word, number, or its parts. `kind` overrides the kind (hashtags).
    private mutating func emitWord(piece i: Int, kind: NormalToken.Kind?) {
        let p = pieces[i]
        let range = p.start..<p.end
        if p.letters, !p.digits {
            // Fast path: no doubled letter, so no stretch rule applies; the folded bytes (already
            // in the buffer) are the normal form, and no String is made unless it may be slang.
            let (doubled, h) = p.plain ? (p.doubled, p.fnv) : plainWord(p)
            if !doubled {
                emitPlain(p, hash: h, kind: kind ?? .word)
                return
            }
        }
        guard let memo = memoEntries() else { emitWordSlow(piece: i, kind: kind); return }
        let key = NormalizerMemo.key(bytes, p.start..<p.end, kind: kind == .hashtagPart ? 1 : (kind == nil ? 0 : 3))
        if let known = memo.tokens(key) {
            for t in known { out.append(t.text, hash: t.hash, range: (p.start + Int(t.start))..<(p.start + Int(t.end)), kind: t.kind) }
            return
        }
        let before = out.count
        emitWordSlow(piece: i, kind: kind)
        memo.remember(key, (before..<out.count).map { k in
            let t = out.tokens[k]
            return NormalizerMemo.Token(text: Array(out.textBytes(k)), hash: t.hash, start: Int32(t.start - p.start), end: Int32(t.end - p.start), kind: t.kind)
        })
    }

    /// The rules for words that are not plain letters: stretched letters, digits, runs.
    private mutating func emitWordSlow(piece i: Int, kind: NormalToken.Kind?) {
        let p = pieces[i]
        let range = p.start..<p.end
        let w = Array(foldedBytes(p))
        if !p.letters {
            out.append(w, range: range, kind: kind ?? .number)
            return
        }
        if !p.digits {
            emitLetters(normalizeLetters(w), range: range, kind: kind ?? .word)
            return
        }
        if normalizer.isKnown(String(decoding: w, as: UTF8.self)) {
            emitLetters(w, range: range, kind: kind ?? .word)
            return
        }
        if let d = decodeDigits(w) {
            emitLetters(normalizeLetters(d), range: range, kind: kind ?? .word)
            return
        }
        emitRuns(chunk(i...i), kind: kind)
    }

    /// Splits letters from digits: `rp200rb` → `rp`, `200`, `rb`; `bagi2` → `bagi`, `bagi`.
    private mutating func emitRuns(_ c: Chunk, kind: NormalToken.Kind?) {
        var runs: [(Int, Int, Bool)] = []
        var a = 0
        let n = c.bytes.count
        while a < n {
            let digit = c.bytes[a] &- 0x30 < 10
            var b = a + 1
            while b < n, (c.bytes[b] &- 0x30 < 10) == digit { b += 1 }
            runs.append((a, b, digit))
            a = b
        }
        if runs.count == 2, !runs[0].2, runs[1].2, runs[1].1 - runs[1].0 == 1, c.bytes[runs[1].0] == 0x32,
           runs[0].1 - runs[0].0 >= 3 {
            let letters = normalizeLetters(Array(c.bytes[0..<runs[0].1]))
            emitLetters(letters, range: c.range(0, n), kind: kind ?? .word)
            emitLetters(letters, range: c.range(0, n), kind: kind ?? .word)
            return
        }
        for (a, b, digit) in runs {
            let piece = Array(c.bytes[a..<b])
            if digit {
                out.append(piece, range: c.range(a, b), kind: kind ?? .number)
            } else {
                emitLetters(normalizeLetters(piece), range: c.range(a, b), kind: kind ?? .word)
            }
        }
    }

    /// Emits a word, replaced by its formal words when the slang table has it.
    private mutating func emitLetters(_ w: [UInt8], range: Range<Int>, kind: NormalToken.Kind) {
        let h = NormalTokenBuffer.hash(w)
        if slang.mayContain(h), let formal = slang.formal(h, w) {
            for k in formal {
                let f = slang.words[k]
                out.append(slang.bytes[f.start..<f.end], hash: f.hash, range: range, kind: kind)
            }
        } else {
            out.append(w, hash: h, range: range, kind: kind)
        }
    }

    // MARK: - Hashtags

    private mutating func emitHashtag(_ idx: Int) {
        let p = pieces[idx]
        guard let memo = memoEntries() else { emitHashtagUncached(idx); return }
        let key = NormalizerMemo.key(bytes, p.start..<p.end, kind: 2)
        if let known = memo.tokens(key) {
            for t in known { out.append(t.text, hash: t.hash, range: (p.start + Int(t.start))..<(p.start + Int(t.end)), kind: t.kind) }
            return
        }
        let before = out.count
        emitHashtagUncached(idx)
        memo.remember(key, (before..<out.count).map { k in
            let t = out.tokens[k]
            return NormalizerMemo.Token(text: Array(out.textBytes(k)), hash: t.hash, start: Int32(t.start - p.start), end: Int32(t.end - p.start), kind: t.kind)
        })
    }

    private mutating func emitHashtagUncached(_ idx: Int) {
        let p = pieces[idx]
        let w = Array(foldedBytes(p))
        let whole = String(decoding: w, as: UTF8.self)
        if normalizer.isKnown(whole) || normalizer.formal(for: whole) != nil {
            emitWord(piece: idx, kind: .hashtagPart)
            return
        }
        let c = chunk(idx...idx)
        // Camel case and letter/digit boundaries, from the original bytes (ASCII hashtags).
        if p.plain {
            var cuts: [Int] = []
            for k in 1..<max(1, w.count) {
                let prev = bytes[p.start + k - 1], cur = bytes[p.start + k]
                let next: UInt8 = k + 1 < w.count ? bytes[p.start + k + 1] : 0
                let prevUpper = prev &- 0x41 < 26, curUpper = cur &- 0x41 < 26
                let prevDigit = prev &- 0x30 < 10, curDigit = cur &- 0x30 < 10
                let nextLower = next &- 0x61 < 26
                if (!prevUpper && !prevDigit && curUpper) || (prevUpper && curUpper && nextLower)
                    || (prevDigit != curDigit) {
                    cuts.append(k)
                }
            }
            let hasCase = w.indices.contains { bytes[p.start + $0] &- 0x41 < 26 } && w.indices.contains { bytes[p.start + $0] &- 0x61 < 26 }
            if hasCase, !cuts.isEmpty {
                var a = 0
                for b in cuts + [w.count] {
                    emitPart(Chunk(bytes: Array(c.bytes[a..<b]), starts: Array(c.starts[a..<b]), ends: Array(c.ends[a..<b])))
                    a = b
                }
                return
            }
        }
        if let cuts = segment(c.bytes), cuts.count > 1 {
            var a = 0
            for b in cuts {
                emitPart(Chunk(bytes: Array(c.bytes[a..<b]), starts: Array(c.starts[a..<b]), ends: Array(c.ends[a..<b])))
                a = b
            }
            return
        }
        emitWord(piece: idx, kind: .hashtagPart)
    }

    /// Emits one part of a hashtag as a hashtag part (decoding digits and slang as words do).
    private mutating func emitPart(_ c: Chunk) {
        let range = c.range(0, c.bytes.count)
        let hasDigit = c.bytes.contains { $0 &- 0x30 < 10 }
        let hasLetter = c.bytes.contains { $0 &- 0x30 >= 10 }
        if !hasLetter {
            out.append(c.bytes, range: range, kind: .hashtagPart)
        } else if !hasDigit {
            emitLetters(normalizeLetters(c.bytes), range: range, kind: .hashtagPart)
        } else if let d = decodeDigits(c.bytes) {
            emitLetters(normalizeLetters(d), range: range, kind: .hashtagPart)
        } else {
            emitRuns(c, kind: .hashtagPart)
        }
    }

    /// Cut points (ends of segments) splitting `w` into known words and digit runs, fewest
    /// segments first; nil when no such split exists or `w` is too long.
    func segment(_ w: [UInt8]) -> [Int]? {
        let n = w.count
        guard n >= 4, n <= 64 else { return nil }
        let inf = Int.max / 2
        var best = [Int](repeating: inf, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        best[0] = 0
        for a in 0..<n where best[a] < inf {
            if w[a] &- 0x30 < 10 {
                var b = a
                while b < n, w[b] &- 0x30 < 10 { b += 1 }
                if best[a] + 1 < best[b] { best[b] = best[a] + 1; from[b] = a }
                continue
            }
            var b = a + 2
            while b <= min(n, a + 24) {
                if w[b - 1] &- 0x30 < 10 { break }
                // Plain vocabulary lookups (no stemming): a hashtag tries many substrings.
                if best[a] + 1 < best[b], normalizer.isListed(String(decoding: w[a..<b], as: UTF8.self)) {
                    best[b] = best[a] + 1
                    from[b] = a
                }
                b += 1
            }
        }
        guard best[n] < inf else { return nil }
        var cuts: [Int] = []
        var k = n
        while k > 0 { cuts.append(k); k = from[k] }
        return cuts.reversed()
    }

    // MARK: - Spelling rules

    /// Byte maps for reading digits as letters, with `1` as `i` and then as `l`.
    private static let leetI: [UInt8] = leetTable(one: 0x69)
    private static let leetL: [UInt8] = leetTable(one: 0x6C)

    private static func leetTable(one: UInt8) -> [UInt8] {
        var t = (0...255).map { UInt8($0) }
        for (d, l) in zip("03456789".utf8, "oeasgtbg".utf8) { t[Int(d)] = l }
        t[0x31] = one
        return t
    }

    /// The word with digits read as letters, when that (after stretch rules) is a known word.
    func decodeDigits(_ w: [UInt8]) -> [UInt8]? {
        guard w.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        for table in [Self.leetI, Self.leetL] {
            let d = w.map { table[Int($0)] }
            if d.contains(where: { $0 &- 0x30 < 10 }) { return nil }
            let n = normalizeLetters(d)
            let s = String(decoding: n, as: UTF8.self)
            if normalizer.isKnown(s) || normalizer.formal(for: s) != nil { return d }
            if !w.contains(0x31) { break }
        }
        return nil
    }

    /// Collapses stretched letters (see `Normalizer`).
    func normalizeLetters(_ w: [UInt8]) -> [UInt8] {
        var longest = 1, hasDouble = false
        var run = 1
        for k in 1..<max(1, w.count) {
            if w[k] == w[k - 1], w[k] &- 0x61 < 26 { run += 1 } else { run = 1 }
            longest = max(longest, run)
            if run == 2 { hasDouble = true }
        }
        guard hasDouble else { return w }
        func known(_ x: [UInt8]) -> Bool {
            let s = String(decoding: x, as: UTF8.self)
            return normalizer.isKnown(s) || normalizer.formal(for: s) != nil
        }
        if longest >= 3 {
            let one = collapse(w, min: 3, to: 1)
            if known(one) { return one }
            let two = collapse(w, min: 3, to: 2)
            if known(two) { return two }
            let all = collapse(one, min: 2, to: 1)
            if known(all) { return all }
            return one
        }
        // Doubled letters: cheap vocabulary lookups only, as this runs on many ordinary words.
        let one = collapse(w, min: 2, to: 1)
        guard normalizer.isListed(String(decoding: one, as: UTF8.self)) else { return w }
        return normalizer.isListed(String(decoding: w, as: UTF8.self)) ? w : one
    }

    private func collapse(_ w: [UInt8], min: Int, to keep: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(w.count)
        var a = 0
        while a < w.count {
            var b = a + 1
            while b < w.count, w[b] == w[a], w[a] &- 0x61 < 26 { b += 1 }
            let len = b - a
            let k = len >= min ? keep : len
            for _ in 0..<k { out.append(w[a]) }
            a = b
        }
        return out
    }

    // MARK: - Mapping back

    /// The folded bytes of pieces `r` with the original range of every byte.
    func chunk(_ r: ClosedRange<Int>) -> Chunk {
        var c = Chunk()
        var local = FoldCache()
        for i in r {
            let p = pieces[i]
            if p.plain {
                for k in 0..<(p.fEnd - p.fStart) {
                    c.bytes.append(out.bytes[p.fStart + k])
                    c.starts.append(p.start + k)
                    c.ends.append(p.start + k + 1)
                }
                continue
            }
            var k = p.start
            while k < p.end {
                let (v, w) = decode(k)
                if v < 0x80 {
                    let b = UInt8(v)
                    c.bytes.append(b &- 0x41 < 26 ? b | 0x20 : b)
                    c.starts.append(k)
                    c.ends.append(k + w)
                } else {
                    let f = local.fold(v)
                    for j in 0..<Int(f.wordsCount) {
                        let byte = local.pool[Int(f.wordsStart) + j]
                        if byte == 0x20 { continue }
                        c.bytes.append(byte)
                        c.starts.append(k)
                        c.ends.append(k + w)
                    }
                }
                k += w
            }
            // Ignorables at the end belong to the last byte.
            if let last = c.ends.indices.last { c.ends[last] = max(c.ends[last], p.end) }
        }
        return c
    }
}
