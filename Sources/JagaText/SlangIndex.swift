/// The slang table for the normaliser's inner loop: informal words found by their hash, formal
/// words kept as bytes with their hashes, so replacing a word makes no `String`.
///
/// Built once per ``Normalizer`` from its ``SlangTable`` (empty when slang is not expanded); a
/// class, so reading it costs one reference count rather than one per array.
final class SlangIndex: Sendable {
    /// A word's bytes in ``bytes`` and its ``NormalTokenBuffer/hash(_:)``.
    struct Word: Sendable {
        var start: Int
        var end: Int
        var hash: UInt64
    }

    /// Open addressing by informal hash (0: empty slot); `slots[k]` is the entry there.
    private let keys: [UInt64]
    private let slots: [Int32]
    private let mask: Int
    /// Each entry's informal word, and the range of its formal words in ``words``.
    private let informal: [Word]
    /// The informal words' hashes, for the common question "is this no slang at all?".
    private let informalHashes: HashSet64
    private let formal: [Range<Int>]
    /// Formal words and the bytes of every word.
    let words: [Word]
    let bytes: [UInt8]

    init(_ table: SlangTable, expand: Bool) {
        let entries = expand ? table.entries : []
        var bytes: [UInt8] = [], words: [Word] = [], informal: [Word] = [], formal: [Range<Int>] = []
        func add(_ s: String) -> Word {
            let a = bytes.count
            bytes.append(contentsOf: s.utf8)
            return Word(start: a, end: bytes.count, hash: NormalTokenBuffer.hash(s.utf8))
        }
        for e in entries {
            informal.append(add(e.informal))
            let first = words.count
            for f in e.formal { words.append(add(f)) }
            formal.append(first..<words.count)
        }
        var capacity = 16
        while capacity < informal.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity), slots = [Int32](repeating: -1, count: capacity)
        for (i, w) in informal.enumerated() {
            let key = w.hash == 0 ? 1 : w.hash
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & (capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            slots[slot] = Int32(i)
        }
        self.keys = keys
        self.slots = slots
        self.mask = capacity - 1
        self.informal = informal
        self.informalHashes = HashSet64(informal.map(\.hash))
        self.formal = formal
        self.words = words
        self.bytes = bytes
    }

    /// False when no informal word has hash `h` (most words: then no bytes are compared).
    @inline(__always) func mayContain(_ h: UInt64) -> Bool { informalHashes.contains(h) }

    /// The formal words (indices into ``words``) of the informal word `w` whose hash is `h`, or nil.
    @inline(__always) func formal<C: Collection<UInt8>>(_ h: UInt64, _ w: C) -> Range<Int>? {
        let key = h == 0 ? 1 : h
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let found = keys[slot]
            if found == 0 { return nil }
            if found == key {
                let e = informal[Int(slots[slot])]
                // Equal hashes, so almost surely the word: the bytes say for sure.
                if e.end - e.start == w.count, bytes[e.start..<e.end].elementsEqual(w) { return formal[Int(slots[slot])] }
            }
            slot = (slot + 1) & mask
        }
    }
}
